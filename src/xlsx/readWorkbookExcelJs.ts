// The full reader: an .xlsx file into the engine's WorkbookSnapshot through ExcelJS. ./readWorkbook.ts
// uses it for every file the lean reader (./lean/) does not recognise, and it is the reference the lean
// reader is compared with (test/xlsx/leanReader.test.ts). Defined names come from xl/workbook.xml
// (parsed here, so #REF!, references into other files, sheet-scoped names and duplicates arrive as
// they are); the cells they cover come from ExcelJS (values, cached formula results, formulas incl.
// shared ones, number formats, merged cells, rich text, dates, error cells, hyperlinks). ExcelJS is given
// only the rows the names cover (./sliceWorkbook.ts), so memory follows the names, not the workbook.
// A file that cannot be read ends in a WorkbookReadError with a one-line German reason, never a crash.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { quoteSheet } from "../core/address";
import { dateToSerial, isDateFormat } from "../core/excelDate";
import { ROWS_BELOW_TABLES, type CellValue, type NameEntry, type WorkbookSnapshot } from "../core/snapshot";
import { checkContainer, WorkbookReadError, type ReadLimits, DEFAULT_LIMITS } from "./container";
import { resolveName } from "./nameTarget";
import { isTableName, sliceForNames } from "./sliceWorkbook";
import { parseWorkbookXml, type RawDefinedName } from "./workbookXml";

// Days from the 1900 system's day 0 (1899-12-30) to the 1904 system's day 0 (1904-01-01).
const DAYS_1900_TO_1904 = 1462;

/**
 * Plain JavaScript value of an ExcelJS cell value as the engine sees it. ExcelJS turns every number whose
 * format it takes for a date into a Date, using the file's date system, and its test is loose (the "s" in
 * `0\ \P\e\r\s\.` counts as seconds). The snapshot is defined in 1900-system serials (../core/snapshot.ts):
 * a Date under a format that really shows a date becomes its 1900 serial, whatever system the file uses;
 * any other Date is turned back into the number stored in the file, counted from the file's own epoch.
 */
export function plainValue(value: ExcelJS.CellValue | undefined, numFmt: string, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    const serial1900 = dateToSerial(value);
    return isDateFormat(numFmt) || !date1904 ? serial1900 : serial1900 - DAYS_1900_TO_1904;
  }
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return plainValue(value.text as ExcelJS.CellValue, numFmt, date1904);
  if ("formula" in value || "sharedFormula" in value) return plainValue(value.result as ExcelJS.CellValue, numFmt, date1904);
  return null;
}

/**
 * A cell's plain value. A formula's cached result is taken from the cell itself: ExcelJS's `cell.value`
 * copies only a truthy result (FormulaValue's `_copyModel`), so a cached 0, FALSE or "" would read as blank.
 */
export function plainCellValue(cell: ExcelJS.Cell, numFmt: string, date1904: boolean): CellValue {
  if (cell.type === ExcelJS.ValueType.Formula) return plainValue(cell.result as ExcelJS.CellValue, numFmt, date1904);
  return plainValue(cell.value, numFmt, date1904);
}

interface ReadContext {
  worksheets: Map<string, ExcelJS.Worksheet>;
  limits: ReadLimits;
  notes: string[];
  formulasWithoutResult: number;
  /** The file counts dates in the 1904 system (workbookPr date1904). */
  date1904: boolean;
}

function readName(raw: RawDefinedName, sheets: WorkbookSnapshot["sheets"], ctx: ReadContext): NameEntry {
  const resolved = resolveName(raw, sheets, (lower) => ctx.worksheets.get(lower)?.name, ctx.limits);
  if ("done" in resolved) return resolved.done;
  const { entry, address, start, end } = resolved;
  const ws = ctx.worksheets.get(resolved.sheet.toLowerCase())!;

  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  const inRange = (row: number, col: number) =>
    row >= start.row + 1 && row <= end.row + 1 && col >= start.col + 1 && col <= end.col + 1;
  for (let r = start.row + 1; r <= end.row + 1; r++) {
    const vRow: CellValue[] = [];
    const fRow: (string | null)[] = [];
    const nRow: string[] = [];
    for (let c = start.col + 1; c <= end.col + 1; c++) {
      // findCell does not create cells, so reading never changes the workbook or grows it.
      const cell = ws.findCell(r, c);
      if (!cell) {
        vRow.push(null);
        fRow.push(null);
        nRow.push("General");
        continue;
      }
      let source = cell;
      if (cell.type === ExcelJS.ValueType.Merge) {
        const master = cell.master;
        if (inRange(Number(master.row), Number(master.col))) {
          // Excel shows a merged area's value once, in its top-left cell; repeating it would count it twice.
          vRow.push(null);
          fRow.push(null);
          nRow.push(master.numFmt || "General");
          continue;
        }
        ctx.notes.push(
          `${raw.name}: Zelle ${quoteSheet(ws.name)}!${cell.address} ist mit ${master.address} verbunden; gelesen wurde der Wert von ${master.address}.`,
        );
        source = master;
      }
      const isFormula = source.type === ExcelJS.ValueType.Formula;
      const value = plainCellValue(source, source.numFmt || "General", ctx.date1904);
      if (isFormula && (source.result === undefined || source.result === null)) ctx.formulasWithoutResult++;
      vRow.push(value);
      fRow.push(isFormula && source.formula ? `=${source.formula}` : null);
      nRow.push(source.numFmt || "General");
    }
    values.push(vRow);
    formulas.push(fRow);
    numberFormats.push(nRow);
  }
  const below = isTableName(raw.name) ? belowValues(ws, end.row + 1, start.col + 1, end.col + 1, ctx.date1904) : undefined;
  return { ...entry, sheet: ws.name, address, values, formulas, numberFormats, ...(below ? { belowValues: below } : {}) };
}

/**
 * The values of the ROWS_BELOW_TABLES rows under a table name (1-based `lastRow`, columns first..last), so
 * the check can tell that rows were added under it. A merged cell reads as blank (its value is elsewhere).
 */
function belowValues(ws: ExcelJS.Worksheet, lastRow: number, first: number, last: number, date1904: boolean): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = lastRow + 1; r <= Math.min(lastRow + ROWS_BELOW_TABLES, 1_048_576); r++) {
    const row: CellValue[] = [];
    for (let c = first; c <= last; c++) {
      const cell = ws.findCell(r, c);
      row.push(!cell || cell.type === ExcelJS.ValueType.Merge ? null : plainValue(cell.value, cell.numFmt || "General", date1904));
    }
    rows.push(row);
  }
  return rows;
}

/** Read .xlsx bytes into a snapshot with ExcelJS; `source` names the file in findings and notes. */
export async function readWorkbookExcelJs(
  bytes: Uint8Array,
  source: string,
  limits: ReadLimits = DEFAULT_LIMITS,
): Promise<WorkbookSnapshot> {
  const zip: JSZip = await checkContainer(bytes, limits);
  let parsed: ReturnType<typeof parseWorkbookXml>;
  let workbookXml: string;
  try {
    workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    parsed = parseWorkbookXml(workbookXml);
  } catch (e) {
    throw new WorkbookReadError(`Das Verzeichnis der Arbeitsmappe (xl/workbook.xml) ist beschädigt (${(e as Error).message}).`);
  }
  const { sheets, definedNames } = parsed;

  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS is given only what the names cover (./sliceWorkbook.ts), so memory follows the names, not the file.
    const sliced = await sliceForNames(zip, workbookXml, parsed, limits);
    await workbook.xlsx.load(sliced as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError(`Die Arbeitsmappe ist beschädigt und konnte nicht gelesen werden (${(e as Error).message}).`);
  }
  const ctx: ReadContext = {
    worksheets: new Map(workbook.worksheets.map((ws) => [ws.name.toLowerCase(), ws])),
    limits,
    notes: [],
    formulasWithoutResult: 0,
    date1904: Boolean((workbook.properties as { date1904?: boolean }).date1904),
  };
  // Built-in names (_xlnm.Print_Area, _xlnm._FilterDatabase, …) are Excel's own bookkeeping, not figures.
  const names = definedNames.filter((n) => !n.name.startsWith("_xlnm.")).map((n) => readName(n, sheets, ctx));
  if (ctx.formulasWithoutResult > 0) {
    ctx.notes.push(
      `${ctx.formulasWithoutResult} Formelzelle(n) ohne gespeichertes Ergebnis (die Datei wurde nicht von einer Tabellenkalkulation berechnet); sie gelten als leer.`,
    );
  }
  return { source, sheets, names, ...(ctx.notes.length ? { notes: ctx.notes } : {}) };
}
