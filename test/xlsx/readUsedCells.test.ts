// The used-cells reader gives the mapper the same picture of a file as the layout it was written from,
// reads merged areas, tables and name comments, and refuses files too large with a German message.
import JSZip from "jszip";
import { proposeMapping } from "../../src/core/mapper";
import { readUsedCells } from "../../src/xlsx/readUsedCells";
import { WorkbookReadError } from "../../src/xlsx/container";
import { LAYOUTS, layoutXlsx, usedCells } from "../fixtures/layouts";

describe("readUsedCells", () => {
  it.each(LAYOUTS.map((l) => [l().id, l]))("%s: the mapper proposes the same from the file as from the layout", async (_id, make) => {
    const layout = make();
    const read = await readUsedCells(await layoutXlsx(layout), `${layout.id}.xlsx`);
    expect(proposeMapping(read.snapshot, read.names)).toEqual(proposeMapping(usedCells(layout)));
  });

  it("reads merged areas, Excel tables, dates and formulas", async () => {
    const layout = LAYOUTS[2]();
    const read = await readUsedCells(await layoutXlsx(layout), "x.xlsx");
    const budget = read.snapshot.sheets[0];
    expect(budget.merged).toEqual(["A1:B1"]);
    expect(budget.hasFormula?.[2][1]).toBe(true);
    // The formula text too (issue 13: formulas as the mapper's evidence), with "=" as Office.js gives it.
    expect(budget.formulas?.[2][1]).toMatch(/^=SUM\(/);
    expect(budget.formulas?.[0][0]).toBe("");
    expect(read.snapshot.sheets[1].tables).toEqual([{ name: "Foerderplan", range: "A3:E8", showHeaders: true, showTotals: false }]);
    expect(read.sheetNames).toEqual(["Budget", "Förderung"]);
  });

  it("reads defined names with scope and comment", async () => {
    const bytes = await layoutXlsx(LAYOUTS[2]());
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file(
      "xl/workbook.xml",
      xml.replace("</sheets>", '</sheets><definedNames><definedName name="BUD_VH_Gesamt" comment="Von AIP für Excel angelegt">Budget!$B$3</definedName><definedName name="X" localSheetId="1">Budget!$B$4</definedName></definedNames>'),
    );
    const read = await readUsedCells(await zip.generateAsync({ type: "uint8array" }), "x.xlsx");
    expect(read.names).toEqual([
      { name: "BUD_VH_Gesamt", scope: { kind: "workbook" }, refersTo: "=Budget!$B$3", comment: "Von AIP für Excel angelegt" },
      { name: "X", scope: { kind: "sheet", sheet: "Förderung" }, refersTo: "=Budget!$B$4" },
    ]);
    expect(proposeMapping(read.snapshot, read.names).existing).toEqual(["BUD_VH_Gesamt"]);
  });

  it("refuses a workbook whose sheets are too large, in German", async () => {
    const bytes = await layoutXlsx(LAYOUTS[0]());
    await expect(readUsedCells(bytes, "x.xlsx", { maxUncompressedBytes: 1e9, maxSheetBytes: 1000, maxSheetCells: 1e6 })).rejects.toThrow(
      /Die Tabellenblätter sind entpackt .* groß \(Grenze .*\)/,
    );
    await expect(readUsedCells(bytes, "x.xlsx", { maxUncompressedBytes: 1000, maxSheetBytes: 1e9, maxSheetCells: 1e6 })).rejects.toBeInstanceOf(WorkbookReadError);
  });

  it("names a sheet whose used range is too large and does not search it", async () => {
    const read = await readUsedCells(await layoutXlsx(LAYOUTS[0]()), "x.xlsx", { maxUncompressedBytes: 1e9, maxSheetBytes: 1e9, maxSheetCells: 30 });
    const skipped = read.snapshot.sheets.filter((s) => s.skipped);
    expect(skipped.map((s) => s.name)).toEqual(["Förderung", "Ziele"]);
    const result = proposeMapping(read.snapshot);
    expect(result.notes[0]).toBe("Blatt „Förderung“ wurde nicht durchsucht: der benutzte Bereich umfasst 66 Zellen (Grenze 30)");
    expect(result.proposals.map((p) => p.name)).not.toContain("FOE_Tabelle");
  });

  it("refuses what is not a workbook", async () => {
    await expect(readUsedCells(new Uint8Array([1, 2, 3]), "x.xlsx")).rejects.toThrow("keine .xlsx-Arbeitsmappe");
  });
});

describe("readUsedCells gives ExcelJS only the cells", () => {
  it("ignores a data validation over a whole column (ExcelJS would expand it into a million entries)", async () => {
    const layout = LAYOUTS[2]();
    const zip = await JSZip.loadAsync(await layoutXlsx(layout));
    const path = "xl/worksheets/sheet1.xml";
    const xml = await zip.file(path)!.async("string");
    const validation = '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="C1:C1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>';
    expect(xml).toContain("<pageMargins");
    zip.file(path, xml.replace("<pageMargins", `${validation}<pageMargins`));
    const read = await readUsedCells(await zip.generateAsync({ type: "uint8array" }), "x.xlsx");
    expect(proposeMapping(read.snapshot)).toEqual(proposeMapping(usedCells(layout)));
  });
});
