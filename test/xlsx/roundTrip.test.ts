// The example written to .xlsx and read back must give the engine exactly the snapshot the model gives:
// same names in the same order, addresses, values, formulas and number formats.
import ExcelJS from "exceljs";
import { buildExample2024, exampleSnapshot } from "../../src/core/example";
import { ROWS_BELOW_TABLES } from "../../src/core/snapshot";
import { cloneModel } from "../../src/core/workbookModel";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { writeWorkbookBuffer } from "../../src/xlsx/writeWorkbook";

describe("example workbook round trip", () => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await writeWorkbookBuffer(buildExample2024());
  });

  it("reads back the snapshot the model gives", async () => {
    const expected = exampleSnapshot();
    const read = await readWorkbook(bytes, expected.source);
    expect(read.sheets).toEqual(expected.sheets);
    expect(read.names.map((n) => n.name)).toEqual(expected.names.map((n) => n.name));
    // Including the rows below table names (belowValues), which the model's snapshot gives alike.
    expect(read.names).toEqual(expected.names);
    expect(read.notes).toBeUndefined();
  });

  it("reads the rows right below each table name into belowValues, and only for tables", async () => {
    const read = await readWorkbook(bytes, "x");
    const byName = new Map(read.names.map((n) => [n.name, n]));
    const foe = byName.get("FOE_Tabelle")!;
    expect(foe.address).toBe("Förderung!A3:E16");
    // Row 17 is blank, row 18 holds the Eintrittsplanung under the table's first two columns.
    expect(foe.belowValues).toHaveLength(ROWS_BELOW_TABLES);
    expect(foe.belowValues![0]).toEqual([null, null, null, null, null]);
    expect(foe.belowValues![1].slice(1, 2)).toEqual([458]);
    expect(byName.get("PER_VZAE_Bereiche")!.belowValues).toHaveLength(ROWS_BELOW_TABLES);
    expect(byName.get("BUD_VH_Gesamt")!.belowValues).toBeUndefined();
  });

  it("keeps the date of AIP_Stand as the same Excel serial", async () => {
    const read = await readWorkbook(bytes, "x");
    const stand = read.names.find((n) => n.name === "AIP_Stand")!;
    expect(stand.values).toEqual([[45343]]); // 21.02.2024
    expect(stand.numberFormats).toEqual([["dd.mm.yyyy"]]);
  });

  it("writes formulas with cached results, widths, bold and visibility through ExcelJS", async () => {
    const model = buildExample2024();
    model.sheets[4].visibility = "hidden";
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbookBuffer(model)) as unknown as ArrayBuffer);
    const ziele = wb.getWorksheet("Ziele")!;
    expect(ziele.getCell("B5").formula).toBe("B3/B4");
    expect(ziele.getCell("B5").result).toBeCloseTo(750 / 4560, 12);
    expect(ziele.getColumn(1).width).toBe(40);
    expect(ziele.getCell("A1").font?.bold).toBe(true);
    expect(wb.getWorksheet("Kunden")!.state).toBe("hidden");
    const read = await readWorkbook(await writeWorkbookBuffer(model), "x");
    expect(read.sheets[4]).toEqual({ name: "Kunden", visibility: "hidden" });
  });

  it("reads a changed figure as changed (the reader does not echo the model)", async () => {
    const model = cloneModel(buildExample2024());
    model.sheets[0].cells.B7 = { ...model.sheets[0].cells.B7, value: 9994077 };
    const read = await readWorkbook(await writeWorkbookBuffer(model), "x");
    expect(read.names.find((n) => n.name === "BUD_VH_Gesamt")!.values).toEqual([[9994077]]);
  });

  it("writes sheet-scoped names with localSheetId", async () => {
    const model = buildExample2024();
    model.names.push({ name: "Lokal", refersTo: "=Ziele!$B$3", scope: { kind: "sheet", sheet: "Ziele" } });
    const read = await readWorkbook(await writeWorkbookBuffer(model), "x");
    const lokal = read.names.find((n) => n.name === "Lokal")!;
    expect(lokal.scope).toEqual({ kind: "sheet", sheet: "Ziele" });
    expect(lokal.values).toEqual([[750]]);
  });
});
