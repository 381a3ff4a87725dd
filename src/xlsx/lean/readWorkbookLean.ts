// The lean reader of `aip check`: reads only what a check needs, straight from the archive with Node's
// zlib — xl/workbook.xml and its relationships, the rows of the sheets the names point to (streamed,
// ../sheetRows.ts), the shared strings those rows use and the number formats of styles.xml — instead of
// loading JSZip and a whole ExcelJS model. It gives the same snapshot as the full reader
// (../readWorkbookExcelJs.ts, test/xlsx/leanReader.test.ts compares them on every test workbook); whatever
// it does not recognise ends in LeanUnsupported, and ../readWorkbook.ts then hands the file to the full
// reader, which also words every error a user sees.
import { quoteSheet } from "../../core/address";
import { dateToSerial, isDateFormat } from "../../core/excelDate";
import { ROWS_BELOW_TABLES, type CellValue, type NameEntry, type WorkbookSnapshot } from "../../core/snapshot";
import type { ReadLimits } from "../readError";
import { resolveName } from "../nameTarget";
import { scanElements, scanRows } from "../sheetRows";
import { areasToRead, holdsSharedMasterFor, isTableName, mergesInto, rowTest, type CellArea } from "../readAreas";
import type { RawDefinedName } from "../workbookTypes";
import { parseRows, sharedStringIndexes, SheetStore, type ParsedCell, type RawValue, type Styles } from "./cells";
import { parseWorkbookXmlLean, worksheetPartsLean, type LeanWorkbookXml } from "./workbookParts";
import { attributes, assertPlain, decodeXml, tTexts, unescapeXstring } from "./xml";
import { LeanUnsupported, LeanZip } from "./zip";

export { LeanUnsupported } from "./zip";

const DAYS_1900_TO_1904 = 1462;

/** ExcelJS's built-in number formats by id (xlsx/defaultnumformats.js, the entries with a format code). */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?",
  13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
  20: "h:mm", 21: "h:mm:ss", 22: 'm/d/yy "h":mm', 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)", 40: "#,##0.00 ;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0",
  48: "##0.0E+0", 49: "@",
};

/** Number formats by cell style index, as ExcelJS's StylesXform.getStyleModel gives them. */
export function parseStyles(xml: string | undefined): Styles {
  if (xml === undefined) return { numFmt: () => undefined };
  assertPlain(xml, "styles.xml");
  if (/<\w+:(numFmt|xf|cellXfs)\b/.test(xml)) throw new LeanUnsupported("styles.xml with prefixes");
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*)>/g)) {
    const a = attributes(m[1]);
    // ExcelJS drops the backslash of every escaped character (numfmt-xform.js), "0\\ \\P" reads "0 P".
    custom.set(parseInt(a.get("numFmtId") ?? "", 10), (a.get("formatCode") ?? "").replace(/[\\](.)/g, "$1"));
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  const xfs = [...cellXfs.matchAll(/<xf\b([^>]*)>/g)].map((m) => parseInt(attributes(m[1]).get("numFmtId") ?? "0", 10));
  return {
    numFmt(styleId) {
      if (!styleId) return undefined;
      const id = xfs[styleId];
      if (id === undefined || !id) return undefined;
      return custom.get(id) || BUILT_IN_FORMATS[id] || undefined;
    },
  };
}

const SINGLE_TEXT = /^<si[^>]*><t(?:\s[^>]*)?>([^<]*)<\/t><\/si>$/;

/** One `<si>` as ExcelJS's SharedStringXform models it: its text, or its rich-text runs' texts. */
function sharedString(xml: string): string | { richText: string[] } {
  // Most strings are one plain <t> (what the general path below gives for it, without its five expressions).
  const single = SINGLE_TEXT.exec(xml);
  if (single) return unescapeXstring(decodeXml(single[1]));
  const inner = xml.replace(/^<si[^>]*>|<\/si>$/g, "").replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  const runs = [...inner.matchAll(/<r>([\s\S]*?)<\/r>/g)];
  const plain = inner.replace(/<r>[\s\S]*?<\/r>/g, "");
  const texts = tTexts(plain);
  if (runs.length && texts.length) throw new LeanUnsupported("shared string with runs and text");
  if (runs.length) return { richText: runs.map((r) => unescapeXstring(tTexts(r[1]).join(""))) };
  if (texts.length !== 1) throw new LeanUnsupported("shared string without one text");
  return unescapeXstring(texts[0]);
}

/** The plain value the engine sees, as ../readWorkbookExcelJs.ts plainValue makes it from ExcelJS's value. */
export function plain(value: RawValue, numFmt: string, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  if ("date" in value) {
    const serial1900 = dateToSerial(new Date(value.date));
    return isDateFormat(numFmt) || !date1904 ? serial1900 : serial1900 - DAYS_1900_TO_1904;
  }
  if ("error" in value) return { error: String(value.error) };
  return value.richText.join("");
}

export interface SheetRead {
  rows: string[];
  merges: CellArea[];
  hyperlinks: Set<string>;
}

export async function readSheetRows(zip: LeanZip, part: string, areas: CellArea[]): Promise<SheetRead> {
  const inRows = rowTest(areas);
  const keep = (row: number, xml: string) => inRows(row) || holdsSharedMasterFor(xml, areas);
  let sheet;
  try {
    sheet = await scanRows(zip.source(part), keep);
    const kept = new Set(sheet.rowNumbers);
    const merges = mergesInto(sheet.tail, areas);
    const missing = merges.map((m) => m.area.start.row + 1).filter((r) => !kept.has(r));
    if (missing.length > 0) {
      const masters = new Set(missing);
      sheet = await scanRows(zip.source(part), (row, xml) => masters.has(row) || keep(row, xml));
    }
  } catch (e) {
    throw e instanceof LeanUnsupported ? e : new LeanUnsupported(`sheet ${part}: ${(e as Error).message}`);
  }
  for (const row of sheet.rows) assertPlain(row, part);
  const hyperlinks = new Set<string>();
  for (const m of sheet.tail.matchAll(/<hyperlink\b([^>]*)>/g)) {
    const a = attributes(m[1]);
    // ExcelJS links a cell only for a hyperlink with a relationship (an external target), by its exact `ref`.
    if (a.has("r:id") && a.get("ref")) hyperlinks.add(a.get("ref")!);
  }
  return { rows: sheet.rows, merges: mergesInto(sheet.tail, areas).map((m) => m.area), hyperlinks };
}

export async function readStrings(zip: LeanZip, used: Set<number>): Promise<(i: number) => string | { richText: string[] } | undefined> {
  if (!zip.has("xl/sharedStrings.xml")) return () => undefined;
  let last = -1;
  for (const i of used) last = Math.max(last, i);
  const strings = new Map<number, string | { richText: string[] }>();
  let index = 0;
  try {
    await scanElements(zip.source("xl/sharedStrings.xml"), "sst", "si", (xml) => {
      const i = index++;
      if (i <= last && used.has(i)) {
        assertPlain(xml, "sharedStrings.xml");
        strings.set(i, sharedString(xml));
      }
      return undefined;
    });
  } catch (e) {
    throw e instanceof LeanUnsupported ? e : new LeanUnsupported(`sharedStrings.xml: ${(e as Error).message}`);
  }
  return (i) => strings.get(i);
}

interface Ctx {
  sheets: Map<string, { name: string; store: SheetStore }>;
  limits: ReadLimits;
  notes: string[];
  formulasWithoutResult: number;
  date1904: boolean;
}

function readName(raw: RawDefinedName, snapshotSheets: WorkbookSnapshot["sheets"], ctx: Ctx): NameEntry {
  const resolved = resolveName(raw, snapshotSheets, (lower) => ctx.sheets.get(lower)?.name, ctx.limits);
  if ("done" in resolved) return resolved.done;
  const { entry, address, start, end } = resolved;
  const ws = ctx.sheets.get(resolved.sheet.toLowerCase())!;
  // Arrays of their final length, filled in order (see presized): a batch reads every name of every file, and
  // arrays grown by push start with room for 17 elements where most names are one cell.
  const height = end.row - start.row + 1;
  const width = end.col - start.col + 1;
  const values = presized<CellValue[]>(height);
  const formulas = presized<(string | null)[]>(height);
  const numberFormats = presized<string[]>(height);
  for (let i = 0; i < height; i++) {
    const r = start.row + 1 + i;
    const vRow = presized<CellValue>(width);
    const fRow = presized<string | null>(width);
    const nRow = presized<string>(width);
    const rowCells = ws.store.row(r);
    for (let j = 0; j < width; j++) {
      const c = start.col + 1 + j;
      let cell = rowCells?.get(c);
      if (!cell) {
        vRow[j] = null;
        fRow[j] = null;
        nRow[j] = "General";
        continue;
      }
      if (cell.kind === "merge") {
        const m = cell.master!;
        const master = ws.store.find(m.row, m.col)!;
        if (m.row >= start.row + 1 && m.row <= end.row + 1 && m.col >= start.col + 1 && m.col <= end.col + 1) {
          vRow[j] = null;
          fRow[j] = null;
          nRow[j] = master.numFmt || "General";
          continue;
        }
        ctx.notes.push(
          `${raw.name}: Zelle ${quoteSheet(ws.name)}!${a1(r, c)} ist mit ${a1(m.row, m.col)} verbunden; gelesen wurde der Wert von ${a1(m.row, m.col)}.`,
        );
        cell = master;
      }
      const numFmt = cell.numFmt || "General";
      const isFormula = cell.kind === "formula";
      if (isFormula && (cell.value === undefined || cell.value === null)) ctx.formulasWithoutResult++;
      vRow[j] = plain(cell.value, numFmt, ctx.date1904);
      fRow[j] = isFormula && cell.formula ? `=${cell.formula}` : null;
      nRow[j] = numFmt;
    }
    values[i] = vRow;
    formulas[i] = fRow;
    numberFormats[i] = nRow;
  }
  const below = isTableName(raw.name) ? belowValues(ws.store, end.row + 1, start.col + 1, end.col + 1, ctx.date1904) : undefined;
  // The entry's three keys written out rather than spread (a spread is the slowest line here in cold code), in
  // the same order; belowValues set afterwards, without a second object per name.
  const out: NameEntry = { name: entry.name, scope: entry.scope, refersTo: entry.refersTo, sheet: ws.name, address, values, formulas, numberFormats };
  if (below) out.belowValues = below;
  return out;
}

/**
 * An array to be filled in index order up to `length`: allocated at that length where V8 keeps such an array
 * fast (a very long one would start as a dictionary), grown as it is filled otherwise.
 */
function presized<T>(length: number): T[] {
  return length <= 10_000 ? new Array<T>(length) : [];
}

/** A1 address of a 1-based row and column. */
const a1 = (row: number, col: number) => `${columnName(col)}${row}`;

function columnName(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function belowValues(store: SheetStore, lastRow: number, first: number, last: number, date1904: boolean): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = lastRow + 1; r <= Math.min(lastRow + ROWS_BELOW_TABLES, 1_048_576); r++) {
    const row: CellValue[] = [];
    const rowCells = store.row(r);
    for (let c = first; c <= last; c++) {
      const cell = rowCells?.get(c);
      row.push(!cell || cell.kind === "merge" ? null : plain(cell.value, cell.numFmt || "General", date1904));
    }
    rows.push(row);
  }
  return rows;
}

export const WORKSHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

/** The archive, its workbook.xml and the worksheet parts by relationship id; LeanUnsupported when out of the plain case. */
export function openWorkbook(bytes: Uint8Array, maxUncompressedBytes: number): { zip: LeanZip; parsed: LeanWorkbookXml; parts: Map<string, string> } {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new LeanUnsupported("not a zip");
  const zip = LeanZip.open(bytes);
  if (zip.declaredSize() > maxUncompressedBytes) throw new LeanUnsupported("over the size limit");
  if (!zip.has("xl/workbook.xml") || !zip.has("xl/_rels/workbook.xml.rels")) throw new LeanUnsupported("no workbook.xml or its relationships");
  const parsed: LeanWorkbookXml = parseWorkbookXmlLean(zip.text("xl/workbook.xml"));
  const parts = worksheetPartsLean(zip.text("xl/_rels/workbook.xml.rels"));
  return { zip, parsed, parts };
}

/** Read .xlsx bytes into a snapshot, or throw LeanUnsupported (never a user-facing error) for the full reader. */
export async function readWorkbookLean(bytes: Uint8Array, source: string, limits: ReadLimits): Promise<WorkbookSnapshot> {
  const { zip, parsed, parts } = openWorkbook(bytes, limits.maxUncompressedBytes);
  const { date1904 } = parsed;

  const areas = areasToRead(parsed, limits);
  const reads = new Map<number, { read: SheetRead; cells: ParsedCell[] }>();
  const used = new Set<number>();
  for (const [i, sheet] of parsed.sheets.entries()) {
    const part = parts.get(parsed.sheetRelIds[i]);
    // ExcelJS knows a worksheet only by this part name; any other layout goes to the full reader.
    if (!part || !WORKSHEET_PART.test(part) || !zip.has(part)) throw new LeanUnsupported(`sheet ${sheet.name} without its part`);
    const sheetAreas = areas.get(sheet.name.toLowerCase()) ?? [];
    if (!sheetAreas.length) continue;
    const read = await readSheetRows(zip, part, sheetAreas);
    // Each kept cell parsed once: the shared strings it uses are known from it, before they are read.
    const cells = parseRows(read.rows);
    sharedStringIndexes(cells, used);
    reads.set(i, { read, cells });
  }
  const strings = await readStrings(zip, used);
  const styles = parseStyles(zip.has("xl/styles.xml") ? zip.text("xl/styles.xml") : undefined);

  const ctx: Ctx = { sheets: new Map(), limits, notes: [], formulasWithoutResult: 0, date1904 };
  for (const [i, sheet] of parsed.sheets.entries()) {
    const { read, cells } = reads.get(i) ?? {};
    const key = sheet.name.toLowerCase();
    if (ctx.sheets.has(key)) throw new LeanUnsupported("two sheets of the same name");
    const merges = (read?.merges ?? []).map((a) => ({ start: { row: a.start.row + 1, col: a.start.col + 1 }, end: { row: a.end.row + 1, col: a.end.col + 1 } }));
    const store = read && cells ? SheetStore.loadParsed(cells, merges, read.hyperlinks, styles, strings, date1904) : SheetStore.loadParsed([], [], new Set(), styles, strings, date1904);
    ctx.sheets.set(key, { name: sheet.name, store });
  }
  const names = parsed.definedNames.filter((n) => !n.name.startsWith("_xlnm.")).map((n) => readName(n, parsed.sheets, ctx));
  if (ctx.formulasWithoutResult > 0) {
    ctx.notes.push(
      `${ctx.formulasWithoutResult} Formelzelle(n) ohne gespeichertes Ergebnis (die Datei wurde nicht von einer Tabellenkalkulation berechnet); sie gelten als leer.`,
    );
  }
  return { source, sheets: parsed.sheets, names, ...(ctx.notes.length ? { notes: ctx.notes } : {}) };
}
