// The label reading of one cell that every finder asks for: what its text matches, its comparable key, and
// whether a cell or row holds some figure's label (a text-only row that holds none is a section title). Split
// from ./findCells.ts so the finders that only need these do not go through the single-figure finder.
import type { SheetGrid } from "./grid";
import { NONE, matchLabel, type LabelMatch } from "./matchLabel";
import { withoutYears } from "./normalize";
import { isLoneOutlineTitle } from "./outlineTitle";

/** The comparable key of a label cell: core text without years (for the table finders' row tests). */
export function labelKey(sheet: SheetGrid, row: number, col: number): string | undefined {
  const n = sheet.label(row, col);
  if (!n || n.core.length > 90) return undefined;
  const key = withoutYears(n.core);
  return key === "" ? undefined : key;
}

/** What the label text in a cell matches (merged areas: the master's text). */
export function matchAt(sheet: SheetGrid, row: number, col: number): LabelMatch {
  const t = sheet.ownText(row, col);
  return t === undefined ? NONE : matchLabel(t);
}

const labelRows = new WeakMap<SheetGrid, Map<number, boolean>>();

export const isFigureLabelCell = (sheet: SheetGrid, row: number, c: number): boolean => {
  if (sheet.ownText(row, c) === undefined || isLoneOutlineTitle(sheet, row, c)) return false;
  const m = matchAt(sheet, row, c);
  return m.standalone.length > 0 || m.member.length > 0;
};

/** A row (or, with `cols`, a block of it) holding the label of some figure (text-only rows that are not are section titles); cached per sheet. */
export function isFigureLabelRow(sheet: SheetGrid, row: number, cols?: number[]): boolean {
  if (cols && sheet.blocks(row).length > 1) return cols.some((c) => isFigureLabelCell(sheet, row, c));
  let cache = labelRows.get(sheet);
  if (!cache) labelRows.set(sheet, (cache = new Map()));
  let hit = cache.get(row);
  if (hit === undefined) {
    hit = sheet.filledColumns(row).some((c) => isFigureLabelCell(sheet, row, c));
    cache.set(row, hit);
  }
  return hit;
}
