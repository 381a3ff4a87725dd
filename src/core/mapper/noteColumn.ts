// A note column between label and value ("Position | Anmerkung | Plan 2026" over "Umschichtung aus EGT | lt.
// Beschluss TV | 1.890.000"): what stands under "Anmerkung", "Bemerkung", "Notiz" or "Hinweis" comments the row.
// A reader reads past it to the value; the note ends neither the row's values nor vetoes its label. A note
// pointing elsewhere ("siehe Anlage", "vgl. Kap. 3") says the figure stands there: it still ends the values.
import { withoutCrossReference } from "./crossReference";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import { isRemarkHead } from "./remarkColumns";
import { roleOf } from "./roles";
import { readColumn } from "../columnRoles";

/** Rows above a cell searched for its column's head (the block ends at a blank row). */
const MAX_UP = 80;

/** Whether the text at (row, col) stands in a column whose head above (same block) names remarks. */
export function isUnderNoteHead(sheet: SheetGrid, row: number, col: number): boolean {
  const text = sheet.ownText(row, col);
  if (text === undefined || withoutCrossReference(fold(text)) !== fold(text)) return false;
  let blanks = 0;
  let passedBlank = false;
  for (let r = row - 1; r >= Math.max(sheet.r0, row - MAX_UP); r--) {
    // A blank row between sections of one table ("Haushalt", blank, "Ziele") keeps the head of the values' roles
    // above it; two end the block.
    if (sheet.rowBlank(r)) {
      if (++blanks > 1) return false;
      passedBlank = true;
      continue;
    }
    blanks = 0;
    // A number in the column makes it a value column: no note head above counts.
    if (sheet.number(r, col) !== undefined) return false;
    const head = sheet.ownText(r, col);
    // Past a blank row only the table's head row of roles ("Bemerkung | … | Ist 2024 | Plan 2025") counts, and it settles it.
    if (passedBlank && isRoleHeadRow(sheet, r)) return isRemarkHead(head);
    if (head === undefined || passedBlank) continue;
    if (isRemarkHead(head) && isHeadRow(sheet, r, col)) return true;
  }
  return false;
}

/** A head row of the values' roles: no numbers, and a head naming a year or role ("Ist 2024", "Plan 2025"). */
function isRoleHeadRow(sheet: SheetGrid, r: number): boolean {
  const cols = sheet.filledColumns(r);
  return cols.every((c) => sheet.number(r, c) === undefined) && cols.some((c) => {
    const t = sheet.ownText(r, c);
    return t !== undefined && (roleOf(fold(t), undefined) !== undefined || readColumn(fold(t)).year !== undefined);
  });
}

/** A head row: the remark head has other text heads beside it (not a lone "Hinweis: …" line). */
function isHeadRow(sheet: SheetGrid, r: number, col: number): boolean {
  return sheet.filledColumns(r).filter((c) => c !== col && sheet.ownText(r, c) !== undefined).length >= 1;
}

/**
 * A comment beside a labelled row ("davon Umschichtung EGT | Umschichtungsquote ca. 37 %", "Integrationsquote |
 * IQ VJ = Integr./eLb"): it explains the row's figure, it is no label of its own, whatever figure its words name.
 */
export function isNoteBesideLabel(sheet: SheetGrid, row: number, col: number): boolean {
  const left = sheet.filledColumns(row).filter((c) => c < col);
  return left.some((c) => sheet.ownText(row, c) !== undefined && sheet.number(row, c) === undefined) && isUnderNoteHead(sheet, row, col);
}
