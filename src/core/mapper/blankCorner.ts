// "| Köpfe | VZÄ | Anteil Köpfe" over "Frauen | 56 | 47,3 | 79 %": a head row with an empty corner cell. The rows'
// labels stand in the column left of the first head, so every head is a column head and none the label column's.
import type { SheetGrid } from "./grid";

/** The label column and the column heads of a head row, reading an empty corner left of the first head. */
export function headsAndLabelColumn(sheet: SheetGrid, row: number, cols: number[]): { labelCol: number; heads: number[] } {
  const first = cols[0];
  const below = row + 1;
  const emptyCorner =
    first - 1 >= sheet.c0 &&
    below <= sheet.lastRow &&
    sheet.isBlank(row, first - 1) &&
    sheet.ownText(below, first - 1) !== undefined &&
    sheet.number(below, first) !== undefined;
  return emptyCorner ? { labelCol: first - 1, heads: cols } : { labelCol: first, heads: cols.slice(1) };
}
