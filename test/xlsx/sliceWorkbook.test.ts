// The reader gives ExcelJS only what the defined names cover (src/xlsx/sliceWorkbook.ts): the row scanner
// must give the same result however the part is cut into chunks, the sliced copy must hold only the rows
// inside the names (plus the masters of shared formulas and merged areas reaching into them), and what
// the reader returns must be what ExcelJS gives for the same cells of the whole, unsliced file.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import fc from "fast-check";
import { parseRange, rangeA1 } from "../../src/core/address";
import { dateToSerial } from "../../src/core/excelDate";
import { DEFAULT_LIMITS } from "../../src/xlsx/container";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { scanRows, UnrecognisedSheetXml, type KeepRow } from "../../src/xlsx/sheetRows";
import { sliceForNames } from "../../src/xlsx/sliceWorkbook";
import { parseWorkbookXml, withDefinedNames, type RawDefinedName } from "../../src/xlsx/workbookXml";

async function* inChunks(text: string, size: number): AsyncIterable<Uint8Array> {
  const bytes = Buffer.from(text, "utf8");
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const SHEET =
  '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B9"/><sheetData>\n' +
  '  <row r="1"><c r="A1" t="inlineStr"><is><t>Förderung „Gutscheine“</t></is></c></row>\n' +
  '  <row r="2" spans="1:2"><c r="A2"><v>2</v></c><c r="B2"><f>A2*2</f><v>4</v></c></row>\n' +
  "  <row r=\"3\"/>\n" +
  "  <row><c><v>4</v></c></row>\n" + // no r: it is row 4
  '  <row r="7"><c r="A7" t="inlineStr"><is><t>Straße</t></is></c></row>\n' +
  "  <row><c><v>8</v></c></row>\n" + // no r: row 8
  '</sheetData><mergeCells count="1"><mergeCell ref="A7:B7"/></mergeCells><conditionalFormatting sqref="A1:A9"/></worksheet>';

describe("row scanner", () => {
  const keepEven: KeepRow = (row) => row % 2 === 0;

  it("keeps the wanted rows, numbers rows and cells that had no r, and keeps head and tail", async () => {
    const sheet = await scanRows(inChunks(SHEET, 1 << 16), keepEven);
    expect(sheet.head.endsWith("<sheetData>")).toBe(true);
    expect(sheet.head).toContain('<dimension ref="A1:B9"/>');
    expect(sheet.rows).toEqual([
      '<row r="2" spans="1:2"><c r="A2"><v>2</v></c><c r="B2"><f>A2*2</f><v>4</v></c></row>',
      '<row r="4"><c r="A4"><v>4</v></c></row>',
      '<row r="8"><c r="A8"><v>8</v></c></row>',
    ]);
    expect(sheet.rowNumbers).toEqual([2, 4, 8]);
    expect(sheet.tail).toBe('<mergeCells count="1"><mergeCell ref="A7:B7"/></mergeCells><conditionalFormatting sqref="A1:A9"/></worksheet>');
  });

  it("gives the same result for every chunk size, also with multi-byte characters cut apart", async () => {
    const all: KeepRow = () => true;
    const whole = await scanRows(inChunks(SHEET, 1 << 16), all);
    expect(whole.rows).toHaveLength(6);
    expect(whole.rows[0]).toContain("Förderung „Gutscheine“");
    for (const size of [1, 2, 3, 5, 7, 13, 64]) {
      expect(await scanRows(inChunks(SHEET, size), all)).toEqual(whole);
    }
  });

  // `r` is optional on cells too (ECMA-376 §18.3.1.4): a cell without it is the one after the previous cell.
  it.each([
    ['<row r="5"><c><v>1</v></c><c><v>2</v></c></row>', '<row r="5"><c r="A5"><v>1</v></c><c r="B5"><v>2</v></c></row>'],
    ['<row r="5"><c r="C5"><v>3</v></c><c t="s"><v>0</v></c><c/></row>', '<row r="5"><c r="C5"><v>3</v></c><c r="D5" t="s"><v>0</v></c><c r="E5"/></row>'],
    ['<row r="5"><c s="1"><is><r><t>a</t></r></is></c><c r="Z5"/><c><v>1</v></c></row>', '<row r="5"><c r="A5" s="1"><is><r><t>a</t></r></is></c><c r="Z5"/><c r="AA5"><v>1</v></c></row>'],
  ])("numbers cells without r in a kept row: %s", async (row, expected) => {
    const part = `<worksheet><sheetData>${row}</sheetData></worksheet>`;
    expect((await scanRows(inChunks(part, 5), () => true)).rows).toEqual([expected]);
  });

  it("reads row numbers in single quotes too (valid XML, if not what Excel writes)", async () => {
    const quoted = "<worksheet><sheetData><row r='5'><c r='A5'><v>5</v></c></row><row><c><v>6</v></c></row></sheetData></worksheet>";
    expect((await scanRows(inChunks(quoted, 3), () => true)).rowNumbers).toEqual([5, 6]);
  });

  it("turns an empty <sheetData/> into an open/close pair", async () => {
    const sheet = await scanRows(inChunks('<worksheet xmlns="x"><sheetData/><mergeCells/></worksheet>', 4), () => true);
    expect(sheet).toEqual({ head: '<worksheet xmlns="x"><sheetData>', rows: [], rowNumbers: [], tail: "<mergeCells/></worksheet>" });
  });

  it("reports a layout it does not know instead of guessing", async () => {
    const prefixed = '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"/></x:sheetData></x:worksheet>';
    await expect(scanRows(inChunks(prefixed, 8), () => true)).rejects.toBeInstanceOf(UnrecognisedSheetXml);
    const comment = '<worksheet><sheetData><row r="1"/><!-- Kommentar --><row r="2"/></sheetData></worksheet>';
    await expect(scanRows(inChunks(comment, 8), () => true)).rejects.toBeInstanceOf(UnrecognisedSheetXml);
    const cut = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>';
    await expect(scanRows(inChunks(cut, 8), () => true)).rejects.toBeInstanceOf(UnrecognisedSheetXml);
  });
});

/** A sheet "Daten" of 2 000 rows whose names cover rows 1 000–1 002 and a few single cells, and a sheet no name refers to. */
async function bandWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Daten");
  for (let r = 1; r <= 2000; r++) {
    ws.getCell(r, 1).value = r;
    ws.getCell(r, 7).value = r % 97;
  }
  ws.getCell("B1000").value = { richText: [{ text: "Teil" }, { text: "text", font: { italic: true } }] };
  ws.getCell("B1001").value = { text: "Link", hyperlink: "https://statistik.arbeitsagentur.de" };
  ws.getCell("B1002").value = new Date(Date.UTC(2024, 1, 21));
  ws.getCell("B1002").numFmt = "dd.mm.yyyy";
  ws.getCell("C1000").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("C1001").value = { formula: "A1001/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  ws.getCell("C1002").value = 0.25;
  ws.getCell("C1002").numFmt = "0.0 %";
  // A shared formula whose master (F1) is far above the names, and a merged area whose master (D5) is too.
  ws.fillFormula("F1:F2000", "G1*2", Array.from({ length: 2000 }, (_, i) => ((i + 1) % 97) * 2));
  // Texts stored as shared strings, written in row order: most of them outside every name.
  for (let r = 1; r <= 2000; r++) ws.getCell(r, 8).value = `Text ${r}`;
  ws.getCell("D5").value = "Verbunden";
  ws.mergeCells("D5:D1500");
  ws.mergeCells("I10:J20"); // far from every name
  const leer = wb.addWorksheet("Unbenannt");
  for (let r = 1; r <= 500; r++) leer.getCell(r, 1).value = r;
  // ExcelJS drops whole-column and whole-row names when writing: the names go into workbook.xml directly.
  const names: RawDefinedName[] = [
    { name: "Band", text: "Daten!$A$1000:$F$1002", hidden: false },
    { name: "Nebenzelle", text: "Daten!$D$1001", hidden: false },
    { name: "Spalten", text: "Daten!$A:$G", hidden: false }, // 7 million cells: too large, its rows are not read
    { name: "Zeile", text: "Daten!$1990:$1990", hidden: false },
    { name: "Texte", text: "Daten!$H$1500:$H$1501", hidden: false },
  ];
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.file("xl/workbook.xml", withDefinedNames(await zip.file("xl/workbook.xml")!.async("string"), names));
  // Excel writes a calculation chain (one entry per formula cell); ExcelJS does not.
  zip.file("xl/calcChain.xml", '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="F1" i="1"/></calcChain>');
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("the copy ExcelJS loads", () => {
  let bytes: Buffer;
  let sliced: JSZip;
  beforeAll(async () => {
    bytes = await bandWorkbook();
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    sliced = await JSZip.loadAsync(await sliceForNames(zip, xml, parseWorkbookXml(xml), DEFAULT_LIMITS));
  });
  const rowsOf = async (part: string) =>
    [...(await sliced.file(part)!.async("string")).matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));

  it("holds only the named rows and the masters they need", async () => {
    expect(await rowsOf("xl/worksheets/sheet1.xml")).toEqual([1, 5, 1000, 1001, 1002, 1500, 1501, 1990]);
  });

  it("keeps only the shared strings of those rows, each at its index, and none after the last", async () => {
    const texts = async (z: JSZip) =>
      [...(await z.file("xl/sharedStrings.xml")!.async("string")).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1].replace(/<[^>]+>/g, ""));
    const before = await texts(await JSZip.loadAsync(bytes));
    const after = await texts(sliced);
    expect(before).toContain("Text 2000");
    const kept = ["Text 1", "Text 5", "Text 1000", "Text 1001", "Text 1002", "Text 1500", "Text 1501", "Text 1990", "Verbunden", "Teiltext", "Link"];
    expect(after.filter((t) => t !== "").sort()).toEqual([...kept].sort());
    for (const t of kept) expect(after.indexOf(t)).toBe(before.indexOf(t));
    expect(after.length).toBe(Math.max(...kept.map((t) => before.indexOf(t))) + 1);
    expect(after.length).toBeLessThan(before.length);
  });

  it("keeps only the merged areas that reach into a name", async () => {
    const original = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(original).toContain('<mergeCell ref="I10:J20"/>');
    const part = await sliced.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(part).toContain('<mergeCells count="1"><mergeCell ref="D5:D1500"/></mergeCells>');
  });

  it("empties a sheet no name refers to, keeping the sheet", async () => {
    expect(await rowsOf("xl/worksheets/sheet2.xml")).toEqual([]);
    expect(await sliced.file("xl/workbook.xml")!.async("string")).toContain('name="Unbenannt"');
  });

  it("leaves out the names and the calculation chain, which the reader does not take from ExcelJS", async () => {
    const original = await JSZip.loadAsync(bytes);
    expect(await original.file("xl/workbook.xml")!.async("string")).toContain("definedName");
    expect(original.file("xl/calcChain.xml")).not.toBeNull();
    expect(await sliced.file("xl/workbook.xml")!.async("string")).not.toContain("definedName");
    expect(sliced.file("xl/calcChain.xml")).toBeNull();
  });
});

describe("what the reader gives from the sliced copy", () => {
  let bytes: Buffer;
  let read: Awaited<ReturnType<typeof readWorkbook>>;
  let whole: ExcelJS.Worksheet;
  beforeAll(async () => {
    bytes = await bandWorkbook();
    read = await readWorkbook(bytes, "band.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    whole = wb.getWorksheet("Daten")!;
  });
  const byName = (n: string) => read.names.find((e) => e.name === n)!;

  /** Values the unsliced ExcelJS workbook gives for an A1 range, in the reader's terms. */
  function fromWhole(range: string) {
    const { start, end } = parseRange(range);
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    const formats: unknown[][] = [];
    for (let r = start.row + 1; r <= end.row + 1; r++) {
      const cell = (c: number) => whole.getCell(r, c);
      const plain = (v: ExcelJS.CellValue): unknown => {
        if (v instanceof Date) return dateToSerial(v);
        if (v && typeof v === "object") {
          if ("richText" in v) return v.richText.map((t) => t.text).join("");
          if ("hyperlink" in v) return v.text;
          // ExcelJS drops a cached result of 0 on a shared formula's other cells ({ sharedFormula } without result,
          // though the file says <v>0</v>); every formula here has a number as its result, so a missing one is 0 —
          // which is what the reader gives (the lean reader reads the cell's <v>).
          if ("sharedFormula" in v && !("result" in v)) return 0;
          if ("formula" in v || "sharedFormula" in v) return plain(v.result as ExcelJS.CellValue);
          if ("error" in v) return { error: v.error };
        }
        return v ?? null;
      };
      const cols = Array.from({ length: end.col - start.col + 1 }, (_, i) => start.col + 1 + i);
      // The reader's rule for merged cells (pinned in cellValues.test.ts): a merged area's value once, in its
      // master; a merged cell whose master lies outside the range shows the master's value.
      const inRange = (x: ExcelJS.Cell) => {
        const [row, col] = [Number(x.row), Number(x.col)]; // typed as strings in ExcelJS's declarations
        return row >= start.row + 1 && row <= end.row + 1 && col >= start.col + 1 && col <= end.col + 1;
      };
      values.push(
        cols.map((c) => {
          const master = cell(c).master;
          if (master === cell(c)) return plain(cell(c).value);
          return inRange(master) ? null : plain(master.value);
        }),
      );
      formulas.push(cols.map((c) => (cell(c).formula ? `=${cell(c).formula}` : null)));
      formats.push(cols.map((c) => cell(c).numFmt || "General"));
    }
    return { values, formulas, numberFormats: formats };
  }

  it("equals the unsliced workbook's cells: shared formulas, rich text, hyperlinks, dates, errors, formats", () => {
    const band = byName("Band");
    expect(band.problem).toBeUndefined();
    expect({ values: band.values, formulas: band.formulas, numberFormats: band.numberFormats }).toEqual(fromWhole("A1000:F1002"));
    // The expectation is not empty: the shared formula is translated from its master in row 1.
    expect(band.formulas!.map((row) => row[5])).toEqual(["=G1000*2", "=G1001*2", "=G1002*2"]);
    expect(band.values![0].slice(0, 3)).toEqual([1000, "Teiltext", { error: "#N/A" }]);
    expect(band.values!.map((row) => row[1])).toEqual(["Teiltext", "Link", 45343]);
    expect(band.numberFormats!.map((row) => row[2])).toEqual(["General", "General", "0.0 %"]);
    expect(byName("Texte").values).toEqual([["Text 1500"], ["Text 1501"]]);
  });

  it("equals the unsliced workbook's cells for any names over the sheet (property)", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    const rect = fc.record({ row: fc.integer({ min: 1, max: 2000 }), height: fc.integer({ min: 1, max: 4 }), col: fc.integer({ min: 0, max: 9 }), width: fc.integer({ min: 1, max: 3 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(rect, { minLength: 1, maxLength: 3 }), async (rects) => {
        const ranges = rects.map((r) => rangeA1({ row: r.row - 1, col: r.col }, { row: Math.min(r.row + r.height - 1, 2000) - 1, col: r.col + r.width - 1 }));
        const names: RawDefinedName[] = ranges.map((range, i) => ({ name: `N${i}`, text: `Daten!${range}`, hidden: false }));
        zip.file("xl/workbook.xml", withDefinedNames(xml, names));
        const got = await readWorkbook(await zip.generateAsync({ type: "nodebuffer" }), "zufall.xlsx");
        ranges.forEach((range, i) => {
          const entry = got.names[i];
          expect({ values: entry.values, formulas: entry.formulas, numberFormats: entry.numberFormats }).toEqual(fromWhole(range));
        });
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it("gives a merged cell the value of its master far above", () => {
    expect(byName("Nebenzelle").values).toEqual([["Verbunden"]]);
    expect(read.notes).toContain("Nebenzelle: Zelle Daten!D1001 ist mit D5 verbunden; gelesen wurde der Wert von D5.");
  });

  it("reads a whole row and reports the whole columns as too-large, unread", () => {
    const zeile = byName("Zeile");
    expect(zeile.values![0].slice(0, 7)).toEqual(fromWhole("A1990:G1990").values[0]);
    expect(zeile.values![0].slice(0, 7)).toEqual([1990, null, null, null, null, (1990 % 97) * 2, 1990 % 97]);
    expect(byName("Spalten")).toMatchObject({ problem: "too-large", address: "Daten!A1:G1048576" });
    expect(byName("Spalten").values).toBeUndefined();
  });
});

describe("a worksheet whose cells have no r attribute", () => {
  it("is read with every value in its column", async () => {
    const zip = await JSZip.loadAsync(await bandWorkbook());
    const plain = await readWorkbook(await zip.generateAsync({ type: "nodebuffer" }), "band.xlsx");
    const part = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    // A cell may leave out r when it follows the previous one: rows 1000–1002 hold A–D without gaps (E is empty).
    const stripped = part.replace(/(<row r="100[012]"[^>]*>)([\s\S]*?)(<\/row>)/g, (_m, open: string, cells: string, close: string) =>
      open + cells.replace(/<c r="[A-D]\d+"/g, "<c") + close,
    );
    expect(stripped).not.toContain('<c r="A1001"');
    zip.file("xl/worksheets/sheet1.xml", stripped);
    const read = await readWorkbook(await zip.generateAsync({ type: "nodebuffer" }), "ohne-r.xlsx");
    const band = read.names.find((n) => n.name === "Band")!;
    expect(band.problem).toBeUndefined();
    expect(band.values).toEqual(plain.names.find((n) => n.name === "Band")!.values);
    expect(band.values![0][0]).toBe(1000);
  });
});

describe("a worksheet the scanner does not recognise", () => {
  it("goes to ExcelJS whole and is read as before", async () => {
    const zip = await JSZip.loadAsync(await bandWorkbook());
    const part = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    // An XML comment between rows is valid, but not a layout the scanner knows.
    zip.file("xl/worksheets/sheet1.xml", part.replace("</row>", "</row><!-- eingefügt -->"));
    const bytes = await zip.generateAsync({ type: "nodebuffer" });
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    const copy = await JSZip.loadAsync(await sliceForNames(await JSZip.loadAsync(bytes), xml, parseWorkbookXml(xml), DEFAULT_LIMITS));
    expect(await copy.file("xl/worksheets/sheet1.xml")!.async("string")).toContain("<!-- eingefügt -->");
    // That sheet may use any shared string, so the table stays whole.
    expect(await copy.file("xl/sharedStrings.xml")!.async("string")).toContain("<t>Text 2000</t>");
    const read = await readWorkbook(bytes, "kommentar.xlsx");
    const band = read.names.find((n) => n.name === "Band")!;
    expect(band.formulas!.map((row) => row[5])).toEqual(["=G1000*2", "=G1001*2", "=G1002*2"]);
    expect(band.values!.map((row) => row[0])).toEqual([1000, 1001, 1002]);
  });
});
