// Issue 14 §5: marks in syncs sized by operations, a chunk Excel refuses as too large halved and repeated.
// Fake option `requestPayloadLimit` (operations per sync; Excel on the web's 5 MB request limit, docs:
// "Resource limits and performance optimization").
import { cellA1 } from "../../src/core/address";
import { buildExample2024 } from "../../src/core/example";
import type { Finding } from "../../src/core/finding";
import { hostOverFake } from "../../src/excel/demoHost";
import { fakeExcel, type FakeExcel } from "../../src/excel/fake";

const fileState = (fake: FakeExcel) =>
  JSON.parse(JSON.stringify({ model: fake.document.model, cf: fake.document.conditionalFormats }, (key, value) => (key === "id" ? undefined : value)));

/** `n` findings, one cell each, spread over two sheets. */
function manyFindings(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    rule: "test/regel",
    severity: (["error", "warning", "info"] as const)[i % 3],
    messageId: "befund",
    data: {},
    message: "Befund",
    names: [],
    cells: [`${i % 2 ? "Ziele" : "Förderung"}!${cellA1({ row: 100 + Math.floor(i / 2), col: 10 + (i % 5) })}`],
  }));
}

test("the fake refuses a sync with more operations than requestPayloadLimit and applies none of it", async () => {
  const fake = fakeExcel(buildExample2024(), { requestPayloadLimit: 10 });
  await expect(
    fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Ziele").getRange("B8");
      for (let i = 0; i < 11; i++) range.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  expect(fake.writeLog).toEqual([]);
});

test("600 marked cells under a limit the one-sync write exceeds: every cell marked, removal restores the start", async () => {
  const findings = manyFindings(600);
  // 600 marks × 4 operations would be 2,400 in one sync; even one sheet's 300 marks exceed 1,000.
  const fake = fakeExcel(buildExample2024(), { requestPayloadLimit: 1_000 });
  const before = fileState(fake);
  const host = hostOverFake(fake, "0");
  const marked = await host.applyMarks(findings);
  expect(marked).toEqual({ marked: 600, removed: 0, notRemoved: [], notMarked: [] });
  expect(fake.document.conditionalFormats.Ziele).toHaveLength(300);
  expect(fake.document.conditionalFormats.Förderung).toHaveLength(300);

  // Marking again replaces all 600 (reads and deletes chunked too).
  expect(await host.applyMarks(findings)).toMatchObject({ marked: 600, removed: 600, notMarked: [] });
  expect(await host.removeMarks()).toEqual({ marked: 0, removed: 600, notRemoved: [], notMarked: [] });
  expect(fileState(fake)).toEqual(before);
});

test("without a limit the default chunk size keeps a small mark set in one write sync", async () => {
  const fake = fakeExcel(buildExample2024());
  await hostOverFake(fake, "0").applyMarks(manyFindings(20));
  expect(fake.syncCount).toBe(2); // sheets; one write
  const writeSyncs = new Set(fake.writeLog.map((w) => w.sync));
  expect(writeSyncs.size).toBe(1);
});
