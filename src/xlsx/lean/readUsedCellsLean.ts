// The lean reader of the mapper's input (`aip map`, `aip check --map`): every used cell of every sheet
// with its number format and whether it holds a formula, the merged areas, the Excel tables and each
// sheet's visibility, read straight from the archive like ./readWorkbookLean.ts (whole sheets, streamed)
// instead of through ExcelJS. Gives what ../readUsedCellsExcelJs.ts gives (test/xlsx/leanReader.test.ts);
// anything it does not recognise is LeanUnsupported and ../readUsedCells.ts hands the file to that reader.
import { cellA1 } from "../../core/address";
import type { ExistingName, SheetCells, SheetTable } from "../../core/mapper/types";
import type { CellArea } from "../readAreas";
import { sheetFromCells, type UsedCell, type UsedCellsLimits, type UsedCellsRead } from "../usedCellsTypes";
import { scopeOf } from "../workbookTypes";
import { SheetStore } from "./cells";
import { openWorkbook, parseStyles, plain, readSheetRows, readStrings, type SheetRead } from "./readWorkbookLean";
import { assertPlain } from "./xml";
import { LeanUnsupported, type LeanZip } from "./zip";
import { collectSharedStrings } from "../readAreas";
import { relsPathOf, tableOfPart, tablePartPaths } from "../tableParts";

const WHOLE_SHEET: CellArea = { start: { row: 0, col: 0 }, end: { row: 1_048_575, col: 16_383 } };
const SHEET_PARTS = /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i;

/** The tables (ListObjects) a worksheet's relationships name, as ../readUsedCellsExcelJs.ts tablesBySheet reads them. */
function tablesOf(zip: LeanZip, part: string): SheetTable[] {
  const relsPath = relsPathOf(part);
  if (!zip.has(relsPath)) return [];
  const rels = zip.text(relsPath);
  assertPlain(rels, relsPath);
  return tablePartPaths(part, rels)
    .map((path) => tableOfPart(zip.has(path) ? zip.text(path) : undefined))
    .filter((t): t is SheetTable => t !== undefined);
}

function sheetCells(
  name: string,
  visibility: SheetCells["visibility"],
  store: SheetStore,
  merges: CellArea[],
  tables: SheetTable[],
  limits: UsedCellsLimits,
  date1904: boolean,
): SheetCells {
  const cells: UsedCell[] = [];
  for (const { row, col, cell } of store.each()) {
    // ExcelJS's eachCell skips merged cells and cells without value ("Null"); a merged area shows its value once.
    if (cell.kind === "merge" || cell.empty) continue;
    const fmt = cell.numFmt || "General";
    const value = plain(cell.value, fmt, date1904);
    if (value === null && fmt === "General") continue;
    const isFormula = cell.kind === "formula";
    cells.push({ r: row - 1, c: col - 1, value, fmt, formula: isFormula, text: isFormula && cell.formula ? `=${cell.formula}` : "" });
  }
  const base = { name, ...(visibility !== "visible" ? { visibility } : {}) };
  const merged = merges.map((m) => `${cellA1(m.start)}:${cellA1(m.end)}`);
  return sheetFromCells(base, cells, limits, merged, tables);
}

/** Read all used cells of .xlsx bytes, or throw LeanUnsupported (never a user-facing error) for the full reader. */
export async function readUsedCellsLean(bytes: Uint8Array, source: string, limits: UsedCellsLimits): Promise<UsedCellsRead> {
  const { zip, parsed, parts } = openWorkbook(bytes, limits.maxUncompressedBytes);
  const sheetBytes = zip.names().filter((n) => SHEET_PARTS.test(n)).reduce((sum, n) => sum + zip.sizeOf(n), 0);
  if (sheetBytes > limits.maxSheetBytes) throw new LeanUnsupported("sheets over the size limit");
  const { date1904 } = parsed;
  const reads: SheetRead[] = [];
  const used = new Set<number>();
  const partsOf: string[] = [];
  for (const [i, sheet] of parsed.sheets.entries()) {
    const part = parts.get(parsed.sheetRelIds[i]);
    if (!part || !/^xl\/worksheets\/sheet\d+\.xml$/.test(part) || !zip.has(part)) throw new LeanUnsupported(`sheet ${sheet.name} without its part`);
    const read = await readSheetRows(zip, part, [WHOLE_SHEET]);
    for (const row of read.rows) collectSharedStrings(row, used);
    reads.push(read);
    partsOf.push(part);
  }
  if (new Set(parsed.sheets.map((s) => s.name.toLowerCase())).size !== parsed.sheets.length) throw new LeanUnsupported("two sheets of the same name");
  const strings = await readStrings(zip, used);
  const styles = parseStyles(zip.has("xl/styles.xml") ? zip.text("xl/styles.xml") : undefined);
  const sheets = parsed.sheets.map((sheet, i) => {
    const read = reads[i];
    const merges = read.merges.map((a) => ({ start: { row: a.start.row + 1, col: a.start.col + 1 }, end: { row: a.end.row + 1, col: a.end.col + 1 } }));
    const store = SheetStore.load(read.rows, merges, read.hyperlinks, styles, strings, date1904);
    return sheetCells(sheet.name, sheet.visibility, store, read.merges, tablesOf(zip, partsOf[i]), limits, date1904);
  });
  const names: ExistingName[] = parsed.definedNames
    .filter((n) => !n.name.startsWith("_xlnm."))
    .map((n) => ({ name: n.name, scope: scopeOf(n, parsed.sheets), refersTo: `=${n.text}`, ...(n.comment !== undefined ? { comment: n.comment } : {}) }));
  return { snapshot: { source, sheets }, names, sheetNames: parsed.sheets.map((s) => s.name) };
}
