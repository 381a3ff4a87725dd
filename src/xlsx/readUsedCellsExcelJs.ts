// The full reader of the mapper's input, through ExcelJS: ./readUsedCells.ts uses it for every file the
// lean reader (./lean/readUsedCellsLean.ts) does not recognise, and it is the reference the lean reader is
// compared with (test/xlsx/leanReader.test.ts).
// Reads every used cell of an .xlsx (not only what defined names cover, as ./readWorkbook.ts does) into
// the mapper's host-neutral input (../core/mapper/types.ts), with the defined names already there (and
// their comments). Memory follows the used cells, so the file is judged before ExcelJS sees it: the
// archive's declared size (./container.ts) and the worksheets' declared size; a sheet whose used range is
// larger than the cell limit is named and not searched. Messages are German, one line.
import ExcelJS from "exceljs";
import type JSZip from "jszip";
import type { ExistingName, SheetCells, SheetTable } from "../core/mapper/types";
import { DEFAULT_USED_CELLS_LIMITS, sheetFromCells, type UsedCell, type UsedCellsLimits, type UsedCellsRead } from "./usedCellsTypes";
import { checkContainer, DEFAULT_LIMITS, WorkbookReadError } from "./container";
import { plainCellValue } from "./readWorkbookExcelJs";
import { sliceForNames, worksheetParts } from "./sliceWorkbook";
import { relsPathOf, tableOfPart, tablePartPaths } from "./tableParts";
import { parseWorkbookXml, scopeOf, type WorkbookXml } from "./workbookXml";

const megabytes = (n: number) => `${(n / 1024 / 1024).toLocaleString("de-DE", { maximumFractionDigits: 0 })} MB`;

function declaredSheetBytes(zip: JSZip): number {
  let total = 0;
  zip.forEach((path, entry) => {
    if (!/^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i.test(path)) return;
    total += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  });
  return total;
}


/**
 * The Excel tables (ListObjects) of each sheet (key: lower-case sheet name), read from the table parts
 * the sheets' relationships name (ECMA-376 §18.5.1.2 table: ref, name, headerRowCount, totalsRowCount).
 */
async function tablesBySheet(zip: JSZip, workbook: WorkbookXml): Promise<Map<string, SheetTable[]>> {
  const out = new Map<string, SheetTable[]>();
  const rels = zip.file("xl/_rels/workbook.xml.rels");
  if (!rels) return out;
  let parts: Map<string, string>;
  try {
    parts = worksheetParts(await rels.async("string"));
  } catch {
    return out;
  }
  for (const [i, sheet] of workbook.sheets.entries()) {
    const part = parts.get(workbook.sheetRelIds[i]);
    const sheetRels = part && zip.file(relsPathOf(part));
    if (!part || !sheetRels) continue;
    const tables: SheetTable[] = [];
    for (const path of tablePartPaths(part, await sheetRels.async("string"))) {
      const table = tableOfPart(await zip.file(path)?.async("string"));
      if (table) tables.push(table);
    }
    if (tables.length) out.set(sheet.name.toLowerCase(), tables);
  }
  return out;
}

function sheetCells(ws: ExcelJS.Worksheet, visibility: SheetCells["visibility"], limits: UsedCellsLimits, date1904: boolean, tables: SheetTable[]): SheetCells {
  const cells: UsedCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged area's other cells repeat the master's value in ExcelJS; Excel shows it once, top-left.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const fmt = cell.numFmt || "General";
      const value = plainCellValue(cell, fmt, date1904);
      if (value === null && fmt === "General") return;
      const isFormula = cell.type === ExcelJS.ValueType.Formula;
      cells.push({ r: r - 1, c: c - 1, value, fmt, formula: isFormula, text: isFormula && cell.formula ? `=${cell.formula}` : "" });
    });
  });
  const base = { name: ws.name, ...(visibility !== "visible" ? { visibility } : {}) };
  const merged = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges ?? {}).map((m) => m.range);
  return sheetFromCells(base, cells, limits, merged, tables);
}

/** Read all used cells of .xlsx bytes with ExcelJS, for the mapper. */
export async function readUsedCellsExcelJs(bytes: Uint8Array, source: string, limits: UsedCellsLimits = DEFAULT_USED_CELLS_LIMITS): Promise<UsedCellsRead> {
  const zip = await checkContainer(bytes, { maxUncompressedBytes: limits.maxUncompressedBytes, maxNameCells: DEFAULT_LIMITS.maxNameCells });
  const sheetBytes = declaredSheetBytes(zip);
  if (sheetBytes > limits.maxSheetBytes) {
    throw new WorkbookReadError(
      `Die Tabellenblätter sind entpackt ${megabytes(sheetBytes)} groß (Grenze ${megabytes(limits.maxSheetBytes)}); für die Zuordnung müssten alle benutzten Zellen gelesen werden – bitte die Namen in Excel zuordnen („Einrichten“) oder große Blätter auslagern.`,
    );
  }
  let xml: string;
  let parsed: ReturnType<typeof parseWorkbookXml>;
  try {
    xml = await zip.file("xl/workbook.xml")!.async("string");
    parsed = parseWorkbookXml(xml);
  } catch (e) {
    throw new WorkbookReadError(`Das Verzeichnis der Arbeitsmappe (xl/workbook.xml) ist beschädigt (${(e as Error).message}).`);
  }
  const workbook = new ExcelJS.Workbook();
  let tables: Map<string, SheetTable[]>;
  try {
    tables = await tablesBySheet(zip, parsed);
    // The slicer (./sliceWorkbook.ts) with one area per whole sheet keeps every row, the merges and
    // hyperlinks, and drops what ExcelJS would blow up or trip over (data validations over whole columns,
    // conditional formats, drawings); the names are read from the XML above instead.
    const everything: WorkbookXml = {
      ...parsed,
      definedNames: parsed.sheets.map((s, i) => ({ name: `_used${i}`, text: `'${s.name.replace(/'/g, "''")}'!$A$1:$XFD$1048576`, hidden: false })),
    };
    const sliced = await sliceForNames(zip, xml, everything, { maxUncompressedBytes: limits.maxUncompressedBytes, maxNameCells: Number.POSITIVE_INFINITY });
    await workbook.xlsx.load(sliced as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError(`Die Arbeitsmappe ist beschädigt und konnte nicht gelesen werden (${(e as Error).message}).`);
  }
  const date1904 = Boolean((workbook.properties as { date1904?: boolean }).date1904);
  const visibility = new Map(parsed.sheets.map((s) => [s.name.toLowerCase(), s.visibility]));
  const sheets = workbook.worksheets.map((ws) =>
    sheetCells(ws, visibility.get(ws.name.toLowerCase()) ?? "visible", limits, date1904, tables.get(ws.name.toLowerCase()) ?? []),
  );
  const names: ExistingName[] = parsed.definedNames
    .filter((n) => !n.name.startsWith("_xlnm."))
    .map((n) => ({ name: n.name, scope: scopeOf(n, parsed.sheets), refersTo: `=${n.text}`, ...(n.comment !== undefined ? { comment: n.comment } : {}) }));
  return { snapshot: { source, sheets }, names, sheetNames: parsed.sheets.map((s) => s.name) };
}
