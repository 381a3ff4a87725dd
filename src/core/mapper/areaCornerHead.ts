// "2. Personal (Stellenplan 2024)" over "Sachgebiet | Köpfe | VZÄ" and the areas: the head row's corner names the
// areas, the title above names whose staff they are. Together they head the staff table by area as a corner naming
// the staff does (./staffHeadRow.ts). A title naming no staff ("Kennzahlen") leaves it to the rows.
import type { SheetGrid } from "./grid";
import { isStaffHeadRow } from "./staffHeadRow";
import { fold } from "./normalize";

const AREA_CORNER = /^(sachgebiet|bereich|organisationseinheit|abteilung|team|arbeitsbereich|fachbereich|org einheit|oe)(e|en|s)?$/;
const STAFF_TITLE = /\b(personal\w*|mitarbeit\w*|beschaeftigt\w*|belegschaft|stellenplan\w*)\b/;

/** Whether the area corner at (row, col) heads a VZÄ head row under a section title naming the staff. */
export function isAreaHeadUnderStaffTitle(sheet: SheetGrid, row: number, col: number): boolean {
  if (!AREA_CORNER.test(fold(sheet.ownText(row, col) ?? "").replace(/[.:]/g, "").trim())) return false;
  const right = sheet.filledColumns(row).filter((c) => c > col);
  if (right.length === 0 || !right.every((c) => sheet.ownText(row, c) !== undefined)) return false;
  // The VZÄ head test of the staff corner, with the staff's word lent by the title.
  const title = lineAbove(sheet, row);
  return title !== undefined && STAFF_TITLE.test(fold(title)) && isStaffHeadRow(sheet, row, col, true);
}

/** The lone text of the nearest filled row above `row` (blank rows skipped), if that row holds only it. */
function lineAbove(sheet: SheetGrid, row: number): string | undefined {
  for (let r = row - 1; r >= sheet.r0; r--) {
    const cols = sheet.filledColumns(r);
    if (cols.length === 0) continue;
    return cols.length === 1 ? sheet.ownText(r, cols[0]) : undefined;
  }
  return undefined;
}
