// "— | einvernehmlich | Nachverhandlung 03/25" under "Abstimmung": a dash in a column whose data rows hold words
// (a status or remark column) is an empty text, not a missing number; it holds no value's place in its row.
import type { SheetGrid } from "./grid";
import { isMissingValueText } from "./missingValue";

/** How far up and down the column is read (the table around the row, up to a blank row). */
const REACH = 40;

/** Whether a row holds a number anywhere: a data row, not a head row. */
const hasNumber = (sheet: SheetGrid, row: number) => sheet.filledColumns(row).some((c) => sheet.number(row, c) !== undefined);

/**
 * Whether the missing-value text at (row, col) stands in a text column: in its table (rows up to a blank row) no
 * data row holds a number in that column, and at least one holds a word that is no missing-value mark.
 */
export function isDashInTextColumn(sheet: SheetGrid, row: number, col: number): boolean {
  let words = 0;
  for (const step of [-1, 1]) {
    for (let r = row + step, n = 0; r >= sheet.r0 && r <= sheet.lastRow && n < REACH && !sheet.rowBlank(r); r += step, n++) {
      if (!hasNumber(sheet, r)) continue;
      if (sheet.number(r, col) !== undefined) return false;
      const t = sheet.ownText(r, col);
      if (t !== undefined && !isMissingValueText(t)) words++;
    }
  }
  return words > 0;
}
