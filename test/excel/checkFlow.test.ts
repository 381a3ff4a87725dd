// The whole Excel flow on the fake: read → check (writes nothing) → mark the real findings → remove,
// and the Prüfprotokoll of the real findings. Uses the real engine, so it also proves that the adapter's
// snapshot is what the engine expects from Excel.
import { check } from "../../src/core/engine";
import { buildExample2024 } from "../../src/core/example";
import { hostOverFake } from "../../src/excel/demoHost";
import { fakeExcel } from "../../src/excel/fake";

test("checking the example in the fake Excel finds 458 vs 869, writes nothing; marks come and go without a trace", async () => {
  const fake = fakeExcel(buildExample2024());
  const host = hostOverFake(fake, "test");
  const findings = check(await host.readSnapshot());
  expect(fake.writeLog).toEqual([]);
  expect(fake.syncCount).toBe(2);
  const entries = findings.find((f) => /458/.test(f.message) && /869/.test(f.message));
  expect(entries).toBeDefined();
  expect(entries!.cells.length).toBeGreaterThan(0);

  const state = () => JSON.parse(JSON.stringify({ model: fake.document.model, cf: fake.document.conditionalFormats }));
  const before = state();
  await host.applyMarks(findings);
  const marked = Object.values(fake.document.conditionalFormats).flat();
  expect(marked.length).toBeGreaterThan(0);
  expect(new Set(fake.writeLog.map((w) => w.sync)).size).toBe(1);
  await host.selectCells(entries!.cells);
  expect(fake.view.selection).not.toBeNull();
  expect(await host.removeMarks()).toEqual({ marked: 0, removed: marked.length, notRemoved: [], notMarked: [] });
  expect(state()).toEqual(before);

  await host.writeProtocol({ at: new Date(), version: "test", settings: {}, findings, lang: "de" });
  const protocol = fake.model.sheets.find((s) => s.name === "Prüfprotokoll")!;
  const messages = Object.values(protocol.cells).map((c) => c.value);
  for (const f of findings) expect(messages).toContain(f.message);
  expect(Object.values(protocol.cells).some((c) => c.formula)).toBe(false);
});
