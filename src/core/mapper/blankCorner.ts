// "| Köpfe | VZÄ | Anteil Köpfe" over "Frauen | 56 | 47,3 | 79 %": a head row with an empty corner cell. The rows'
// labels stand in the column left of the first head, so every head is a column head and none the label column's.
// So too two figures as heads ("| IQ | LZB" over "Ziel 2025 | 18,2 % | 2.460"): a transposed table of two figures,
// when the first row's label is a role only; "| Frauen | Männer" over "Integrationen 2024" is gender in columns.
import type { SheetGrid } from "./grid";
import { matchLabel } from "./matchLabel";

/** Whether the head row's corner left of its first head is empty, with a label under it and a number under the head. */
export function hasEmptyCorner(sheet: SheetGrid, row: number, cols: number[]): boolean {
  const first = cols[0];
  const below = row + 1;
  return (
    first !== undefined &&
    first - 1 >= sheet.c0 &&
    below <= sheet.lastRow &&
    sheet.isBlank(row, first - 1) &&
    sheet.ownText(below, first - 1) !== undefined &&
    sheet.number(below, first) !== undefined
  );
}

/** The label column and the column heads of a head row, reading an empty corner left of the first head. */
export function headsAndLabelColumn(sheet: SheetGrid, row: number, cols: number[]): { labelCol: number; heads: number[] } {
  return hasEmptyCorner(sheet, row, cols) ? { labelCol: cols[0] - 1, heads: cols } : { labelCol: cols[0], heads: cols.slice(1) };
}

/** Two heads over an empty corner and a first row labelled by a role only ("Ziel 2025"), naming no figure itself. */
export function twoHeadsOverRoles(sheet: SheetGrid, row: number, cols: number[]): boolean {
  if (cols.length !== 2 || !hasEmptyCorner(sheet, row, cols)) return false;
  return matchLabel(sheet.ownText(row + 1, cols[0] - 1)!).standalone.length === 0;
}
