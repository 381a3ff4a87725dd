// "Beschäftigte nach Geschlecht (Köpfe) | Frauen | Männer" over "Stand 01.01.2026 | 104 | 23": the corner cell of the
// head row over a value names what the numbers under it count. A count of heads or VZÄ is never a share, even
// under a head naming a share's part ("Männer"); a number in percent format or at most 1 stays possible.
import type { SheetGrid } from "./grid";

/** How far above a value its head row may stand (rows of the same block, no blank row between). */
const MAX_ROWS_UP = 30;

/** The text in the label column of the head row over (row, valueCol), or undefined when there is none. */
export function headRowCorner(sheet: SheetGrid, row: number, labelCol: number, valueCol: number): string | undefined {
  for (let r = row - 1; r >= Math.max(sheet.r0, row - MAX_ROWS_UP); r--) {
    if (sheet.rowBlank(r)) return undefined;
    const head = sheet.ownText(r, valueCol);
    if (head === undefined) continue;
    // A head row holds only text: a row of values with a text in this column is none.
    if (sheet.filledColumns(r).some((c) => sheet.ownText(r, c) === undefined)) return undefined;
    return sheet.ownText(r, labelCol);
  }
  return undefined;
}
