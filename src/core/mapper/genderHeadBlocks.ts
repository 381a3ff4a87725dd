// "| Insgesamt | Männer | Frauen" over the IQ block, a blank row, then the LZB block in the same columns: the
// gender head heads every block below it whose rows fill its columns, blank rows between blocks or not. A block
// of other shape (a text in the column: a new head or title) ends its reach.
import type { SheetGrid } from "./grid";

/**
 * Whether the head over the number at (row, col), found across blank rows, still heads it: every filled row
 * between holds a number in that column, and the first text above them is the head (`isHead`).
 */
export function headsBlocksBelow(sheet: SheetGrid, row: number, col: number, isHead: (text: string) => boolean): boolean {
  let blank = false;
  for (let r = row - 1; r >= Math.max(sheet.r0, row - 40); r--) {
    if (sheet.rowBlank(r)) {
      blank = true;
      continue;
    }
    const t = sheet.ownText(r, col);
    if (t !== undefined) return blank && isHead(t);
    if (sheet.number(r, col) === undefined) return false;
  }
  return false;
}
