// Cell contents the reader must turn into plain engine values: error cells, rich text, hyperlinks,
// dates, merged cells, shared formulas and formulas without a stored result. The file is made with
// ExcelJS directly, so these cases do not depend on the project's writer.
import JSZip from "jszip";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { readWorkbookExcelJs } from "../../src/xlsx/readWorkbookExcelJs";
import { DEFAULT_LIMITS } from "../../src/xlsx/readError";
import { dateSystemWorkbook, workbookWithCellKinds } from "../fixtures/cellKinds";

describe("cell values", () => {
  let read: Awaited<ReturnType<typeof readWorkbook>>;
  let bytes: Buffer;
  const byName = (n: string) => read.names.find((e) => e.name === n)!;
  beforeAll(async () => {
    bytes = await workbookWithCellKinds();
    read = await readWorkbook(bytes, "zellen.xlsx");
  });

  it("reads error cells and error results of formulas as {error}", () => {
    expect(byName("Fehlerwerte").values).toEqual([[{ error: "#DIV/0!" }], [{ error: "#DIV/0!" }]]);
    expect(byName("Fehlerwerte").formulas).toEqual([[null], ["=1/0"]]);
  });

  it("reads rich text and hyperlinks as plain strings", () => {
    expect(byName("Texte").values).toEqual([["Förderung"], ["Quelle"]]);
  });

  it("reads dates as Excel serial numbers and booleans as booleans", () => {
    expect(byName("Datum").values).toEqual([[45343]]);
    expect(byName("Datum").numberFormats).toEqual([["dd.mm.yyyy"]]);
    expect(byName("Wahr").values).toEqual([[true]]);
  });

  it("shows a merged area's value once, and the master's value for a lone merged cell, with a note", () => {
    expect(byName("Verbund").values).toEqual([[5, null]]);
    expect(byName("Nebenzelle").values).toEqual([[5]]);
    expect(read.notes).toContain("Nebenzelle: Zelle Daten!E1 ist mit D1 verbunden; gelesen wurde der Wert von D1.");
  });

  it("translates shared formulas for every cell", async () => {
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toContain('t="shared"');
    expect(byName("Geteilt").formulas).toEqual([["=G1*2"], ["=G2*2"], ["=G3*2"]]);
    expect(byName("Geteilt").values).toEqual([[2], [4], [6]]);
  });

  it("reads a formula without stored result as blank and says so", () => {
    expect(byName("OhneErgebnis").values).toEqual([[null]]);
    expect(byName("OhneErgebnis").formulas).toEqual([["=G1+G2"]]);
    expect(read.notes?.some((n) => n.startsWith("1 Formelzelle(n) ohne gespeichertes Ergebnis"))).toBe(true);
  });

  it("reads a cached result of 0 or FALSE as that value, in the lean and the full reader", async () => {
    const full = await readWorkbookExcelJs(bytes, "zellen.xlsx", DEFAULT_LIMITS);
    for (const r of [read, full]) {
      const e = r.names.find((n) => n.name === "ErgebnisNull")!;
      expect(e.values).toEqual([[0], [false]]);
      expect(e.formulas).toEqual([["=G1-G1"], ["=G1>G2"]]);
    }
  });
});

// ExcelJS turns every number whose format it takes for a date into a Date, using the file's date system.
// The snapshot holds 1900-system serials for real dates and the stored number for everything else.
describe.each([
  { system: "1900", date1904: false },
  { system: "1904", date1904: true },
])("date system $system", ({ date1904 }) => {
  let read: Awaited<ReturnType<typeof readWorkbook>>;
  const byName = (n: string) => read.names.find((e) => e.name === n)!;
  beforeAll(async () => {
    read = await readWorkbook(await dateSystemWorkbook(date1904), "datum.xlsx");
  });

  it("reads a number with a date-like format as the stored number, and a real date as its 1900 serial", () => {
    expect(byName("Werte").values).toEqual([[123], [45343], [123]]);
  });
});
