// Reads every used cell of an .xlsx (not only what defined names cover, as ./readWorkbook.ts does) into
// the mapper's host-neutral input (../core/mapper/types.ts), with the defined names already there (and
// their comments). Memory follows the used cells, so the file is judged before ExcelJS sees it: the
// archive's declared size (./container.ts) and the worksheets' declared size; a sheet whose used range is
// larger than the cell limit is named and not searched. Messages are German, one line.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type JSZip from "jszip";
import { cellA1, parseRange } from "../core/address";
import type { ExistingName, SheetCells, SheetTable, UsedCellsSnapshot } from "../core/mapper/types";
import type { CellValue } from "../core/snapshot";
import { checkContainer, DEFAULT_LIMITS, WorkbookReadError } from "./container";
import { plainValue } from "./readWorkbook";
import { parseWorkbookXml, scopeOf, withDefinedNames } from "./workbookXml";

export interface UsedCellsLimits {
  /** Largest total uncompressed size the archive declares (as for `aip check`). */
  maxUncompressedBytes: number;
  /** Largest uncompressed size of all worksheets and shared strings together: ExcelJS holds every cell as an object. */
  maxSheetBytes: number;
  /** Largest used range (rows × columns) of one sheet that is searched. */
  maxSheetCells: number;
}

export const DEFAULT_USED_CELLS_LIMITS: UsedCellsLimits = {
  maxUncompressedBytes: DEFAULT_LIMITS.maxUncompressedBytes,
  // Planning workbooks are a few MB of sheet XML; 40 MB is ~ 1 million cells, ~ 500 MB in ExcelJS.
  maxSheetBytes: 40 * 1024 * 1024,
  maxSheetCells: 2_000_000,
};

export interface UsedCellsRead {
  snapshot: UsedCellsSnapshot;
  /** Defined names of the file (built-in _xlnm.* left out), with scope and comment. */
  names: ExistingName[];
  /** Sheet names in workbook order (to check references given by the user). */
  sheetNames: string[];
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toLocaleString("de-DE", { maximumFractionDigits: 0 })} MB`;

function declaredSheetBytes(zip: JSZip): number {
  let total = 0;
  zip.forEach((path, entry) => {
    if (!/^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i.test(path)) return;
    total += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  });
  return total;
}

function sheetCells(ws: ExcelJS.Worksheet, visibility: SheetCells["visibility"], limits: UsedCellsLimits, date1904: boolean): SheetCells {
  const cells: Array<{ r: number; c: number; value: CellValue; fmt: string; formula: boolean }> = [];
  let [r0, c0, r1, c1] = [Infinity, Infinity, -1, -1];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged area's other cells repeat the master's value in ExcelJS; Excel shows it once, top-left.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const fmt = cell.numFmt || "General";
      const value = plainValue(cell.value, fmt, date1904);
      if (value === null && fmt === "General") return;
      cells.push({ r: r - 1, c: c - 1, value, fmt, formula: cell.type === ExcelJS.ValueType.Formula });
      r0 = Math.min(r0, r - 1);
      c0 = Math.min(c0, c - 1);
      r1 = Math.max(r1, r - 1);
      c1 = Math.max(c1, c - 1);
    });
  });
  const base = { name: ws.name, ...(visibility !== "visible" ? { visibility } : {}) };
  if (cells.length === 0) return { ...base, origin: "A1", values: [] };
  const area = (r1 - r0 + 1) * (c1 - c0 + 1);
  if (area > limits.maxSheetCells) {
    return {
      ...base,
      origin: cellA1({ row: r0, col: c0 }),
      values: [],
      skipped: `der benutzte Bereich umfasst ${area.toLocaleString("de-DE")} Zellen (Grenze ${limits.maxSheetCells.toLocaleString("de-DE")})`,
    };
  }
  const width = c1 - c0 + 1;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const hasFormula: boolean[][] = [];
  for (let r = r0; r <= r1; r++) {
    values.push(new Array<CellValue>(width).fill(null));
    numberFormats.push(new Array<string>(width).fill("General"));
    hasFormula.push(new Array<boolean>(width).fill(false));
  }
  for (const cell of cells) {
    values[cell.r - r0][cell.c - c0] = cell.value;
    numberFormats[cell.r - r0][cell.c - c0] = cell.fmt;
    hasFormula[cell.r - r0][cell.c - c0] = cell.formula;
  }
  const merged = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges ?? {}).map((m) => m.range);
  const tables: SheetTable[] = ws.getTables().flatMap((t) => {
    const model = (t as unknown as { table?: { name?: string; tableRef?: string; ref?: string; headerRow?: boolean; totalsRow?: boolean } }).table;
    const range = model?.tableRef ?? model?.ref;
    if (!model?.name || !range) return [];
    try {
      parseRange(range);
    } catch {
      return [];
    }
    return [{ name: model.name, range, showHeaders: model.headerRow !== false, showTotals: model.totalsRow === true }];
  });
  return {
    ...base,
    origin: cellA1({ row: r0, col: c0 }),
    values,
    numberFormats,
    hasFormula,
    ...(merged.length ? { merged } : {}),
    ...(tables.length ? { tables } : {}),
  };
}

/** Read all used cells of .xlsx bytes, for the mapper. */
export async function readUsedCells(bytes: Uint8Array, source: string, limits: UsedCellsLimits = DEFAULT_USED_CELLS_LIMITS): Promise<UsedCellsRead> {
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
  try {
    // ExcelJS drops or misreads names that are no plain ranges; they are read from the XML above instead.
    zip.file("xl/workbook.xml", withDefinedNames(xml, []));
    zip.remove("xl/calcChain.xml");
    await workbook.xlsx.load((await zip.generateAsync({ type: "uint8array" })) as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError(`Die Arbeitsmappe ist beschädigt und konnte nicht gelesen werden (${(e as Error).message}).`);
  }
  const date1904 = Boolean((workbook.properties as { date1904?: boolean }).date1904);
  const visibility = new Map(parsed.sheets.map((s) => [s.name.toLowerCase(), s.visibility]));
  const sheets = workbook.worksheets.map((ws) => sheetCells(ws, visibility.get(ws.name.toLowerCase()) ?? "visible", limits, date1904));
  const names: ExistingName[] = parsed.definedNames
    .filter((n) => !n.name.startsWith("_xlnm."))
    .map((n) => ({ name: n.name, scope: scopeOf(n, parsed.sheets), refersTo: `=${n.text}`, ...(n.comment !== undefined ? { comment: n.comment } : {}) }));
  return { snapshot: { source, sheets }, names, sheetNames: parsed.sheets.map((s) => s.name) };
}

/** Read a file from disk; a missing or unreadable file is a WorkbookReadError. */
export async function readUsedCellsFile(path: string, limits: UsedCellsLimits = DEFAULT_USED_CELLS_LIMITS): Promise<UsedCellsRead> {
  return readUsedCells(await readBytes(path), path, limits);
}

/** The bytes of a file, with the German reasons of ./readWorkbook.ts for a file that cannot be read. */
export async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(
      code === "ENOENT" ? "Die Datei wurde nicht gefunden." :
      code === "EACCES" ? "Keine Berechtigung, die Datei zu lesen." :
      code === "EISDIR" ? "Das ist ein Ordner, keine Datei." :
      `Die Datei konnte nicht gelesen werden (${code ?? (e as Error).message}).`,
    );
  }
}
