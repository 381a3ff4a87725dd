// The reader fills NameEntry.belowValues for table names: the ROWS_BELOW_TABLES rows under the range, same
// columns, even where no name covers them (the slicer keeps those rows), and nothing for single cells.
import ExcelJS from "exceljs";
import { ROWS_BELOW_TABLES } from "../../src/core/snapshot";
import { readWorkbook } from "../../src/xlsx/readWorkbook";

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Personal");
  const rows: Array<[string, number]> = [
    ["Markt und Integration", 42.5],
    ["Leistung", 39.8],
    ["Sonstiges operatives Personal", 19.1],
    ["Sonstiges administratives Personal", 5.5],
    ["Weitere Bereiche", 8.1],
    ["Neu: Widerspruchsstelle", 3], // added under the named range (next year's copy)
  ];
  rows.forEach(([label, v], i) => {
    ws.getCell(`B${i + 3}`).value = label;
    ws.getCell(`D${i + 3}`).value = v;
  });
  ws.getCell("B12").value = "weit unten";
  ws.getCell("H1").value = 115;
  wb.definedNames.add("Personal!$B$3:$D$7", "PER_VZAE_Bereiche");
  wb.definedNames.add("Personal!$H$1", "PER_VZAE_Gesamt");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("belowValues", () => {
  it("holds the rows right below a table name, same columns, kept by the slicer", async () => {
    const snap = await readWorkbook(await workbook(), "x.xlsx");
    const table = snap.names.find((n) => n.name === "PER_VZAE_Bereiche")!;
    expect(table.values).toHaveLength(5);
    expect(table.belowValues).toEqual([
      ["Neu: Widerspruchsstelle", null, 3],
      [null, null, null],
      [null, null, null],
    ]);
    expect(table.belowValues).toHaveLength(ROWS_BELOW_TABLES);
    expect(snap.names.find((n) => n.name === "PER_VZAE_Gesamt")!.belowValues).toBeUndefined();
  });
});
