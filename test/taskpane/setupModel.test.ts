// The Einrichten page's model: states by area and next year's copy, from a host read of the fake Excel.
import { MAPPER_MARKER } from "../../src/core/mapper";
import { layoutModel, seedLayout } from "../../src/demo/layouts";
import { hostOverFake } from "../../src/excel/demoHost";
import { fakeExcel, type FakeName } from "../../src/excel/fake";
import { setupView, valueAt } from "../../src/taskpane/setupModel";

function open() {
  const { model, extras } = layoutModel(seedLayout());
  const fake = fakeExcel(model, {}, extras);
  return { fake, host: hostOverFake(fake, "test") };
}

test("every contract name appears once, in its area, in contract order", async () => {
  const view = setupView(await open().host.readSetup());
  const names = view.areas.flatMap((a) => a.rows.map((r) => r.entry.name));
  expect(new Set(names).size).toBe(names.length);
  expect(view.areas.map((a) => a.area.id)).toEqual(["eckdaten", "haushalt", "personal", "foerderung", "ziele", "kunden"]);
  for (const a of view.areas) for (const r of a.rows) expect(r.entry.name.startsWith(a.area.prefix)).toBe(true);
  // The seed has no Kunden sheet: those names are missing with a reason, never proposed.
  const kunden = view.areas.find((a) => a.area.id === "kunden")!.rows;
  expect(kunden.every((r) => r.state.kind === "missing" && r.state.reason.length > 0)).toBe(true);
  // Low proposals are listed but not in "Vorschläge übernehmen".
  const low = view.mapping.proposals.filter((p) => p.confidence === "low").map((p) => p.name);
  expect(low.length).toBeGreaterThan(0);
  expect(view.high.some((p) => low.includes(p.name))).toBe(false);
});

test("next year's copy: header years past the AIP_Planjahr cell are reported", async () => {
  const { fake, host } = open();
  await host.applyNames(setupView(await host.readSetup()).high.map((p) => ({ name: p.name, ref: p.ref })));
  const budget = fake.model.sheets.find((s) => s.name === "Budget")!;
  budget.cells.D1 = { value: "Planjahr" };
  budget.cells.E1 = { value: 2024 };
  (fake.model.names as FakeName[]).push({ name: "AIP_Planjahr", refersTo: "=Budget!$E$1", comment: MAPPER_MARKER });
  expect(setupView(await host.readSetup()).yearMismatch).toBeUndefined();
  // Next year's copy: the headers moved on to 2025, the cell still says 2024.
  const foe = fake.model.sheets.find((s) => s.name === "Förderung")!;
  foe.cells.B3 = { value: "Ist 2024" };
  foe.cells.C3 = { value: "Plan 2025" };
  const zie = fake.model.sheets.find((s) => s.name === "Ziele")!;
  zie.cells.B7 = { value: "Ziel 2025" };
  const read = await host.readSetup();
  expect(valueAt(read.used, "Budget!$E$1")).toBe(2024);
  const view = setupView(read);
  expect(view.yearMismatch).toMatchObject({ cell: 2024, headers: 2025 });
  expect(view.noContractNames).toBe(false);
  expect(view.markedCount).toBeGreaterThan(20);
});
