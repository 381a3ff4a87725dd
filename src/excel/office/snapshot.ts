// Reading the snapshot: every defined name (names.ts) and the cells of those that are ranges. Sync 1 lists
// names and sheets, sync 2 reads every range; only names above the per-sync cell budget take more syncs.
import { parseRange, quoteSheet, rangeA1, splitAddress } from "../../core/address";
import { CONTRACT } from "../../core/contract";
import { ROWS_BELOW_TABLES, type CellValue, type NameEntry, type WorkbookSnapshot } from "../../core/snapshot";
import { parseReference } from "../../core/workbookModel";
import { formulasInA1, listNames } from "./names";
import { isPayloadLimit } from "./usedCells";

/**
 * 20,000 cells × four arrays stay well below 5 MB unless cells hold very long texts (≈ 60 bytes per cell
 * for numbers, 250 bytes allowed on average). Contract names are far smaller; this only matters for
 * ranges someone widened by mistake.
 */
export const DEFAULT_CELLS_PER_SYNC = 20_000;
export const DEFAULT_MAX_CELLS_PER_NAME = 200_000;

export interface ReadLimits {
  cellsPerSync: number;
  maxCellsPerName: number;
}

const RANGE_PROPS = "address,values,formulas,numberFormat,valueTypes,rowCount,columnCount";
const CELL_PROPS = "values,formulas,numberFormat,valueTypes";

/** The contract's table names (FOE_Tabelle, PER_VZAE_Bereiche, KUN_BG_Groesse), upper case. */
const TABLE_NAMES = new Set(CONTRACT.filter((c) => c.kind === "table").map((c) => c.name.toUpperCase()));
const LAST_ROW = 1_048_576;

/** Cells of a range as the snapshot wants them, from what Range returns. */
export function toCells(values: unknown[][], formulas: unknown[][], formats: unknown[][], types: string[][]) {
  return {
    values: values.map((row, r) =>
      row.map((v, c): CellValue => {
        const t = types[r][c];
        if (t === "Error") return { error: String(v) };
        if (t === "Empty" || v === "" || v === null || v === undefined) return null;
        return typeof v === "number" || typeof v === "boolean" ? v : String(v);
      }),
    ),
    // Range.formulas drops a text cell's quote prefix, so the text "=abc" reads as "=abc" there too; it is a
    // formula only where the value differs from the formula text.
    formulas: formulas.map((row, r) => row.map((f, c) => (typeof f === "string" && f.startsWith("=") && values[r][c] !== f ? f : null))),
    numberFormats: formats.map((row) => row.map((f) => String(f ?? "General"))),
  };
}

/** A piece as two row blocks (the top one keeps `first`), or undefined for a single row. */
function splitPiece<P extends { range: string; cells: number; whole: boolean; first: boolean }>(piece: P): [P[], P[]] | undefined {
  const { start, end } = parseRange(piece.range);
  if (end.row === start.row) return undefined;
  const mid = start.row + Math.floor((end.row - start.row + 1) / 2) - 1;
  const cols = end.col - start.col + 1;
  const top = { ...piece, whole: false, range: rangeA1(start, { row: mid, col: end.col }), cells: (mid - start.row + 1) * cols };
  const bottom = { ...piece, whole: false, first: false, range: rangeA1({ row: mid + 1, col: start.col }, end), cells: (end.row - mid) * cols };
  return [[top], [bottom]];
}

function cellCount(range: string): { rows: number; cols: number } {
  const { start, end } = parseRange(range);
  return { rows: end.row - start.row + 1, cols: end.col - start.col + 1 };
}

export async function readSnapshotWith(context: Excel.RequestContext, nested: boolean, limits: ReadLimits): Promise<WorkbookSnapshot> {
  const { cellsPerSync, maxCellsPerName } = limits;
  const { sheetInfos, listed } = await listNames(context, nested);
  const formulas = await formulasInA1(context, listed);
  const sheetByLower = new Map(sheetInfos.map((s) => [s.name.toLowerCase(), s.name]));

  const notes: string[] = [];
  const entries: NameEntry[] = [];
  // Reads planned per name: the whole range in one piece, or row blocks for a large one.
  // whole: read through the name itself (getRangeOrNullObject); otherwise a row block read from the sheet.
  // first: the piece that gives the name's address (a row block checks there that Excel resolves the name).
  type Piece = { entry: NameEntry; item: Excel.NamedItem; sheet: string; range: string; cells: number; whole: boolean; first: boolean };
  const pieces: Piece[] = [];
  // Rows directly below a table name (next year's copy may have grown there): read in sync 2 with the cells.
  const below: Array<{ entry: NameEntry; sheet: string; range: string }> = [];

  for (const { item, scope } of listed) {
    const formula = formulas.get(item) ?? item.formula;
    const entry: NameEntry = { name: item.name, scope, refersTo: formula };
    entries.push(entry);
    const ref = parseReference(formula);
    // A broken reference by type, not by Excel's text (#REF! in English, #BEZUG! in German, …): Excel types
    // such a name "Error", and its formula holds an error value instead of a cell reference.
    if (item.type === "Error" && "problem" in ref && ref.problem === "not-a-range" && /#[^\s!]+!/.test(formula)) {
      entry.problem = "ref-error";
      entry.problemDetail = `verweist auf ${formula.replace(/^=/, "")}`;
      continue;
    }
    if ("problem" in ref) {
      entry.problem = ref.problem;
      entry.problemDetail = ref.detail;
      continue;
    }
    const sheet = sheetByLower.get(ref.sheet.toLowerCase());
    if (!sheet) {
      entry.problem = "sheet-missing";
      entry.problemDetail = `Blatt „${ref.sheet}“ fehlt`;
      continue;
    }
    if (item.type !== "Range") {
      entry.problem = "unreadable";
      entry.problemDetail = `Excel meldet für den Namen den Typ ${item.type} statt eines Zellbereichs`;
      continue;
    }
    const { rows, cols } = cellCount(ref.range);
    const total = rows * cols;
    if (scope.kind === "workbook" && TABLE_NAMES.has(item.name.toUpperCase())) {
      const { start, end } = parseRange(ref.range);
      const count = Math.min(ROWS_BELOW_TABLES, LAST_ROW - end.row);
      if (count > 0 && count * cols <= cellsPerSync) {
        below.push({ entry, sheet, range: rangeA1({ row: end.row + 1, col: start.col }, { row: end.row + count, col: end.col }) });
      }
    }
    if (total > maxCellsPerName) {
      entry.problem = "too-large";
      entry.problemDetail = `umfasst ${total.toLocaleString("de-DE")} Zellen (Grenze ${maxCellsPerName.toLocaleString("de-DE")}); nicht gelesen`;
      notes.push(`Der Name „${item.name}“ umfasst ${total.toLocaleString("de-DE")} Zellen und wurde nicht gelesen.`);
      continue;
    }
    if (total <= cellsPerSync) {
      pieces.push({ entry, item, sheet, range: ref.range, cells: total, whole: true, first: true });
      continue;
    }
    const rowsPerPiece = Math.max(1, Math.floor(cellsPerSync / cols));
    const { start, end } = parseRange(ref.range);
    const parts = Math.ceil(rows / rowsPerPiece);
    for (let i = 0; i < parts; i++) {
      const top = start.row + i * rowsPerPiece;
      const bottom = Math.min(end.row, top + rowsPerPiece - 1);
      const range = rangeA1({ row: top, col: start.col }, { row: bottom, col: end.col });
      pieces.push({ entry, item, sheet, range, cells: (bottom - top + 1) * cols, whole: false, first: i === 0 });
    }
    notes.push(
      `Der Name „${item.name}“ umfasst ${total.toLocaleString("de-DE")} Zellen; er wurde wegen der Größengrenze der Office-Schnittstelle (etwa 5 MB je Abruf) in ${parts} Teilen gelesen.`,
    );
  }

  // Sync 2 (and, only for more than cellsPerSync cells in all, further syncs): the cells.
  const batches: Piece[][] = [];
  let current: Piece[] = [];
  let cells = 0;
  for (const piece of pieces) {
    if (current.length && cells + piece.cells > cellsPerSync) {
      batches.push(current);
      current = [];
      cells = 0;
    }
    current.push(piece);
    cells += piece.cells;
  }
  if (current.length) batches.push(current);

  const collected = new Map<NameEntry, { address: string; sheet: string; parts: ReturnType<typeof toCells>[] }>();
  if (batches.length === 0 && below.length) batches.push([]);
  // The cell count only estimates the response's bytes (text-heavy cells are larger): a batch Excel refuses
  // as too large (RequestPayloadSizeLimitExceeded) is halved, a single piece split into two row blocks, and
  // read again, as readUsedAreas does (usedCells.ts). The order of the pieces is kept.
  const queue = [...batches];
  let belowRead = false;
  const halvedNames = new Set<NameEntry>();
  while (queue.length) {
    const batch = queue.shift() as Piece[];
    // The rows below tables ride along in the first cell sync: at most 3 rows per table name, no extra sync.
    const belowLoads = belowRead
      ? []
      : below.map((b) => ({ b, range: context.workbook.worksheets.getItem(b.sheet).getRange(b.range).load("values,valueTypes") }));
    const loads = batch.map((piece) => {
      if (piece.whole) return { piece, range: piece.item.getRangeOrNullObject().load(RANGE_PROPS) };
      // Row blocks are read from the sheet; the first block also checks that Excel resolves the name.
      const check = piece.first ? piece.item.getRangeOrNullObject().load("address") : undefined;
      const range = context.workbook.worksheets.getItem(piece.sheet).getRange(piece.range).load(CELL_PROPS);
      return { piece, range, check };
    });
    try {
      // One sync per batch of at most cellsPerSync cells: the payload limit, not a loop that could be batched.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!isPayloadLimit(e)) throw e;
      const halves = batch.length > 1 ? [batch.slice(0, Math.ceil(batch.length / 2)), batch.slice(Math.ceil(batch.length / 2))] : splitPiece(batch[0]);
      if (halves) {
        queue.unshift(...halves);
        if (batch.length === 1) halvedNames.add(batch[0].entry);
      } else if (batch.length === 1) {
        batch[0].entry.problem = "too-large";
        batch[0].entry.problemDetail = "schon eine Zeile ist größer als die Grenze der Office-Schnittstelle (etwa 5 MB je Abruf); nicht gelesen";
        notes.push(`Der Name „${batch[0].entry.name}“ wurde nicht gelesen: schon eine Zeile ist größer als die Grenze der Office-Schnittstelle.`);
      }
      continue;
    }
    belowRead = true;
    for (const { piece, range, check } of loads) {
      const resolved = check ?? range;
      if (resolved.isNullObject || piece.entry.problem) {
        piece.entry.problem ??= "unreadable";
        piece.entry.problemDetail ??= "Excel konnte den Bereich des Namens nicht auflösen";
        continue;
      }
      const cellsRead = toCells(range.values, range.formulas, range.numberFormat, range.valueTypes as string[][]);
      if (piece.first) {
        const address = (check ?? range).address;
        const { sheet, range: a1 } = splitAddress(address);
        collected.set(piece.entry, { address: `${quoteSheet(sheet)}!${a1.replace(/\$/g, "")}`, sheet, parts: [] });
      }
      collected.get(piece.entry)?.parts.push(cellsRead);
    }
    for (const { b, range } of belowLoads) {
      const types = range.valueTypes as string[][];
      b.entry.belowValues = toCells(range.values, range.values, types.map((r) => r.map(() => "General")), types).values;
    }
  }
  for (const entry of halvedNames) {
    if (!entry.problem) notes.push(`Der Name „${entry.name}“ wurde wegen der Größengrenze der Office-Schnittstelle (etwa 5 MB je Abruf) in Teilen gelesen.`);
  }
  for (const [entry, { address, sheet, parts }] of collected) {
    if (entry.problem) continue;
    entry.sheet = sheet;
    entry.address = address;
    entry.values = parts.flatMap((p) => p.values);
    entry.formulas = parts.flatMap((p) => p.formulas);
    entry.numberFormats = parts.flatMap((p) => p.numberFormats);
  }

  return { source: "Excel", sheets: sheetInfos, names: entries, ...(notes.length ? { notes } : {}) };
}
