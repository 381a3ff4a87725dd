// The label reading of one cell that every finder asks for: what its text matches, its comparable key, and
// whether a cell or row holds some figure's label (a text-only row that holds none is a section title). Split
// from ./findCells.ts so the finders that only need these do not go through the single-figure finder.
import type { SheetGrid } from "./grid";
import { NONE, matchLabel, type LabelMatch } from "./matchLabel";
import { withoutYears } from "./normalize";
import { isLoneOutlineTitle } from "./outlineTitle";
import { restatedKey, withoutRestatedValue } from "./restatedValue";
import { withAntecedent } from "./pointingBack";

/** The comparable key of a label cell: core text without years (for the table finders' row tests). */
export function labelKey(sheet: SheetGrid, row: number, col: number): string | undefined {
  // "Im Jobcenter arbeiten 94 Beschäftigte. | 94": the sentence without the value it restates (./restatedValue.ts).
  const restated = restatedKey(sheet, row, col);
  if (restated !== undefined) return restated;
  const n = sheet.label(row, col);
  // As long as matchLabel reads (120): a long explaining area name ("Fallmanagement, … einschließlich Arbeitgeberservice") is a row.
  if (!n || n.core.length > 120) return undefined;
  const key = withoutYears(n.core);
  return key === "" ? undefined : key;
}

/** What the label text in a cell matches (merged areas: the master's text). */
export function matchAt(sheet: SheetGrid, row: number, col: number): LabelMatch {
  const t = sheet.ownText(row, col);
  if (t === undefined) return NONE;
  const restated = withoutRestatedValue(sheet, row, col);
  const own = matchLabel(restated ?? t);
  // "2023 lag dieser Anteil noch bei 65,4 %.": a sentence pointing back speaks of the one above (./pointingBack.ts),
  // when it names nothing itself or its words agree ("Das ist bei den Männern eine Veränderung" under the men's IQ).
  if (restated === undefined) return own;
  const back = withAntecedent(sheet, row, col, restated);
  const read = back === undefined ? NONE : matchLabel(back);
  if (read.standalone.length !== 1) return own;
  if (own.standalone.length === 1 && own.standalone[0] === read.standalone[0]) return own;
  const agrees = own.standalone.length === 0 || own.member.includes(read.standalone[0]);
  return agrees ? read : own;
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
