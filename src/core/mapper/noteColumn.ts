// A note column between label and value ("Position | Anmerkung | Plan 2026" over "Umschichtung aus EGT | lt.
// Beschluss TV | 1.890.000"): what stands under "Anmerkung", "Bemerkung", "Notiz" or "Hinweis" comments the row.
// A reader reads past it to the value; the note ends neither the row's values nor vetoes its label. A note
// pointing elsewhere ("siehe Anlage", "vgl. Kap. 3") says the figure stands there: it still ends the values.
import { withoutCrossReference } from "./crossReference";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import { isRemarkHead } from "./remarkColumns";

/** Rows above a cell searched for its column's head (the block ends at a blank row). */
const MAX_UP = 80;

/** Whether the text at (row, col) stands in a column whose head above (same block) names remarks. */
export function isUnderNoteHead(sheet: SheetGrid, row: number, col: number): boolean {
  const text = sheet.ownText(row, col);
  if (text === undefined || withoutCrossReference(fold(text)) !== fold(text)) return false;
  for (let r = row - 1; r >= Math.max(sheet.r0, row - MAX_UP); r--) {
    if (sheet.rowBlank(r)) return false;
    const head = sheet.ownText(r, col);
    if (head === undefined) continue;
    if (isRemarkHead(head) && isHeadRow(sheet, r, col)) return true;
  }
  return false;
}

/** A head row: the remark head has other text heads beside it (not a lone "Hinweis: …" line). */
function isHeadRow(sheet: SheetGrid, r: number, col: number): boolean {
  return sheet.filledColumns(r).filter((c) => c !== col && sheet.ownText(r, c) !== undefined).length >= 1;
}
