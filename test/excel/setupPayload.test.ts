// Einrichten's read stays within Excel on the web's ~5 MB response limit (issue 10 §3; review of issue 10):
// a text-heavy sheet makes the cell-count blocks too large in bytes; the fake fails such a sync with
// RequestPayloadSizeLimitExceeded as Excel does, readUsedAreas halves the block and retries, later blocks
// keep the size that worked, and a sheet of which one row alone is too large is named (skipped), never a
// failed page.
import type { ModelCell } from "../../src/core/workbookModel";
import { layoutModel, seedLayout } from "../../src/demo/layouts";
import { hostOverFake } from "../../src/excel/demoHost";
import { fakeExcel } from "../../src/excel/fake";
import { PAYLOAD_LIMIT_BYTES } from "../../src/excel/fake/proxy";
import { SKIPPED_PAYLOAD } from "../../src/excel/office/usedCells";

function withTextSheet(rows: number, cols: number, chars: number) {
  const { model, extras } = layoutModel(seedLayout());
  const cells: Record<string, ModelCell> = {};
  const text = "Begründung: ".padEnd(chars, "x");
  for (let r = 1; r <= rows; r++) for (let c = 0; c < cols; c++) cells[String.fromCharCode(65 + c) + r] = { value: text };
  model.sheets.push({ name: "Notizen", cells });
  const fake = fakeExcel(model, {}, extras);
  return { fake, host: hostOverFake(fake, "test", {}) };
}

test("2,000 × 10 cells of 300 characters: the too large block is halved twice, then read in blocks that fit", async () => {
  const { fake, host } = withTextSheet(2000, 10, 300);
  const read = await host.readSetup();
  const notes = read.used.sheets.find((s) => s.name === "Notizen")!;
  expect(notes.skipped).toBeUndefined();
  expect(notes.values).toHaveLength(2000);
  expect(notes.values[1999][9]).toMatch(/^Begründung: x+$/);
  // sync 1 names/sheets, sync 2 used ranges; then 20,000 cells fail, 10,000 fail, 5,000-cell batches fit
  // (≈ 3 MB each); the other sheets ride in the first batch: 2 + 2 failed + 5 read syncs.
  expect(fake.syncCount).toBe(9);
  // The seed's own sheets are read as before.
  expect(read.used.sheets.find((s) => s.name === "Budget")!.values.length).toBeGreaterThan(0);
});

test("a sheet of which one row alone is above the limit is named as not read; the others are read", async () => {
  const chars = Math.ceil(PAYLOAD_LIMIT_BYTES / 2 / 5); // 5 cells × 2 text properties ≈ the whole limit
  const { host } = withTextSheet(3, 5, chars);
  const read = await host.readSetup();
  const notes = read.used.sheets.find((s) => s.name === "Notizen")!;
  expect(notes.skipped).toBe(SKIPPED_PAYLOAD);
  expect(notes.values).toEqual([]);
  expect(read.used.sheets.filter((s) => s.name !== "Notizen").every((s) => !s.skipped)).toBe(true);
});
