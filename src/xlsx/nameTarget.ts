// Where a defined name's text points in an .xlsx file: a sheet and a cell range, or the reason it is none
// (#REF!, another file, not a reference). Shared by the reader (which cells to take) and the slicer
// (which rows ExcelJS must be given), so both decide the same way.
import { columnIndex, parseRange, quoteSheet, rangeA1, splitAddress, type CellRef } from "../core/address";
import type { NameEntry, WorkbookSnapshot } from "../core/snapshot";
import { parseReference, type ParsedReference } from "../core/workbookModel";
import type { ReadLimits } from "./readError";
import { scopeOf, type RawDefinedName } from "./workbookTypes";

// Excel's last row and column, for whole-column ("$A:$C") and whole-row ("$3:$5") references.
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** Expand whole-column and whole-row references, which parseReference leaves as "not-a-range". */
function wholeLinesReference(text: string): { sheet: string; range: string } | undefined {
  const m = /^('(?:[^']|'')+'|[^!'"()=,;:]+)!(?:\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})|\$?(\d+):\$?(\d+))$/.exec(text);
  if (!m) return undefined;
  const { sheet } = splitAddress(`${m[1]}!A1`);
  if (m[2]) {
    const range = rangeA1({ row: 0, col: columnIndex(m[2]) }, { row: MAX_ROW - 1, col: columnIndex(m[3]) });
    return { sheet, range };
  }
  const range = rangeA1({ row: Number(m[4]) - 1, col: 0 }, { row: Number(m[5]) - 1, col: MAX_COL - 1 });
  return { sheet, range };
}

export interface NameTarget {
  sheet: string;
  /** A1 range without "$", e.g. "B5:E9". */
  range: string;
  /** Zero-based corners. */
  start: CellRef;
  end: CellRef;
  cellCount: number;
}

type Target = NameTarget | Extract<ParsedReference, { problem: unknown }>;

// A batch reads the same name texts in every file: each is parsed once per process and shared, frozen.
const known = new Map<string, Readonly<Target>>();

/** The sheet and range a name's text (without the leading "=") refers to, or why it refers to none. */
export function nameTarget(text: string): Readonly<Target> {
  let target = known.get(text);
  if (!target) {
    target = parse(text);
    if ("start" in target) {
      Object.freeze(target.start);
      Object.freeze(target.end);
    }
    if (known.size >= 10_000) known.clear();
    known.set(text, Object.freeze(target));
  }
  return target;
}

function parse(text: string): Target {
  const parsed = parseReference(`=${text}`);
  const ref = "problem" in parsed ? (wholeLinesReference(text) ?? parsed) : parsed;
  if ("problem" in ref) return ref;
  const { start, end } = parseRange(ref.range);
  // rangeA1 writes the corners in order, so a range written from another corner gets the usual address.
  return { ...ref, range: rangeA1(start, end), start, end, cellCount: (end.row - start.row + 1) * (end.col - start.col + 1) };
}

/**
 * A defined name resolved as far as both readers need before they read cells: its entry with the reason it
 * has no cells (broken reference, missing sheet, too large), or the sheet (as the file spells it), the
 * address and the corners of its cells.
 */
export function resolveName(
  raw: RawDefinedName,
  snapshotSheets: WorkbookSnapshot["sheets"],
  sheetName: (lowerCaseName: string) => string | undefined,
  limits: ReadLimits,
): { done: NameEntry } | { entry: NameEntry; sheet: string; address: string; start: CellRef; end: CellRef } {
  const entry: NameEntry = { name: raw.name, scope: scopeOf(raw, snapshotSheets), refersTo: `=${raw.text}` };
  const ref = nameTarget(raw.text);
  if ("problem" in ref) return { done: { ...entry, problem: ref.problem, problemDetail: ref.detail } };
  const sheet = sheetName(ref.sheet.toLowerCase());
  if (!sheet) return { done: { ...entry, problem: "sheet-missing", problemDetail: `Blatt „${ref.sheet}“ fehlt` } };
  const address = `${quoteSheet(sheet)}!${ref.range}`;
  if (ref.cellCount > limits.maxNameCells) {
    return {
      done: {
        ...entry,
        sheet,
        address,
        problem: "too-large",
        problemDetail: `umfasst ${ref.cellCount.toLocaleString("de-DE")} Zellen (Grenze ${limits.maxNameCells.toLocaleString("de-DE")})`,
      },
    };
  }
  return { entry, sheet, address, start: ref.start, end: ref.end };
}
