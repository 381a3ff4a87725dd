// A column headed "Einheit"/"Unit" holds units ("EUR", "Jahr", "Datum", "Text", "Anz."): its cells are neither a
// label nor the end of a row's values, whatever the unit's word ("Jahr" beside "Planjahr" is no label of its own).
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

const UNIT_HEAD = /^(einheit|masseinheit|unit|units|dimension)$/;
/** Rows above a cell searched for its column's head (the block ends at a blank row). */
const MAX_UP = 80;
/** Longer texts are labels or remarks, never units. */
const MAX_UNIT_LENGTH = 12;

/** Whether the short text at (row, col) stands in a column whose head above (same block) says "Einheit". */
export function isUnderUnitHead(sheet: SheetGrid, row: number, col: number): boolean {
  const t = sheet.ownText(row, col);
  if (t === undefined || t.length > MAX_UNIT_LENGTH) return false;
  for (let r = row - 1; r >= Math.max(sheet.r0, row - MAX_UP); r--) {
    if (sheet.rowBlank(r)) return false;
    const head = sheet.ownText(r, col);
    if (head !== undefined && UNIT_HEAD.test(fold(head))) return true;
  }
  return false;
}
