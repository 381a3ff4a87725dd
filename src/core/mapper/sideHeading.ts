// A heading beside its rows ("VZÄ nach Bereichen" merged down over A11:A15, the areas in B, the VZÄ in C): the
// table starts in the heading's own row, in the first label column right of it, not one row below.
import type { SheetGrid } from "./grid";
import { isCodeText } from "./normalize";

/**
 * The label column of rows beside a heading at (row, col), or undefined when the heading stands above its rows.
 * Beside means: the heading is merged down over several rows, or its row's first label right of it is `typical`;
 * and that label has a number right of it in the heading's row.
 */
export function sideHeadingLabelCol(sheet: SheetGrid, row: number, col: number, typical: (key: string) => boolean, keyOf: (r: number, c: number) => string | undefined): number | undefined {
  const merge = sheet.mergeOf(row, col);
  const mergedDown = merge !== undefined && merge.start.row === row && merge.start.col === col && merge.end.row > row;
  const right = sheet.filledColumns(row).filter((c) => c > (merge?.end.col ?? col));
  const labelCol = right.find((c) => sheet.ownText(row, c) !== undefined && !isCodeText(sheet.ownText(row, c)!));
  if (labelCol === undefined || !right.some((c) => c > labelCol && sheet.number(row, c) !== undefined)) return undefined;
  const key = keyOf(row, labelCol);
  if (key === undefined) return undefined;
  return mergedDown || typical(key) ? labelCol : undefined;
}

/**
 * "VZÄ nach Bereichen | Markt und Integration | 57,6" repeated in every row of a list's area column (a CSV
 * export writes the category into each row, where a sheet would merge it down; ./areaColumn.ts): the repetition
 * under the same text is that one heading, no heading of a table starting in its own row. Outside such a list a
 * repeated cell ("Bereich)" in each row) stays what it is.
 */
export function repeatsHeadingAbove(sheet: SheetGrid, row: number, col: number): boolean {
  const own = sheet.ownText(row, col);
  return own !== undefined && row > sheet.r0 && sheet.ownText(row - 1, col) === own && sheet.listAreaColumn(row) === col;
}
