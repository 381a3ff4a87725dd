// A column headed "Einheit"/"Unit" holds units ("EUR", "Jahr", "Datum", "Text", "Anz."): its cells are neither a
// label nor the end of a row's values, whatever the unit's word ("Jahr" beside "Planjahr" is no label of its own).
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

export const UNIT_HEAD = /^(einheit|masseinheit|unit|units|dimension)$/;
/** Rows above a cell searched for its column's head (the block ends at a blank row). */
const MAX_UP = 80;
/** Longer texts are labels or remarks, never units. */
const MAX_UNIT_LENGTH = 12;

/** Whether the short text at (row, col) stands in a column whose head above (same block) says "Einheit". */
export function isUnderUnitHead(sheet: SheetGrid, row: number, col: number): boolean {
  const t = sheet.ownText(row, col);
  if (t === undefined || t.length > MAX_UNIT_LENGTH) return false;
  const i = row - 1 - sheet.r0;
  if (i < 0 || i >= sheet.rows) return false;
  const head = unitHeadsAbove(sheet, col)[i];
  return head >= 0 && head >= row - MAX_UP;
}

// Asked for nearly every short text cell: per sheet and column, once, the nearest unit head at or above each row.
const unitHeads = new WeakMap<SheetGrid, Map<number, Int32Array>>();

/** Per row of the sheet: the nearest row at or above it heading `col` with a unit word, with no blank row between (-1: none). */
function unitHeadsAbove(sheet: SheetGrid, col: number): Int32Array {
  let bySheet = unitHeads.get(sheet);
  if (!bySheet) unitHeads.set(sheet, (bySheet = new Map()));
  let heads = bySheet.get(col);
  if (!heads) {
    heads = new Int32Array(sheet.rows);
    let last = -1;
    for (let i = 0; i < sheet.rows; i++) {
      const r = sheet.r0 + i;
      if (sheet.rowBlank(r)) last = -1;
      else {
        const head = sheet.ownText(r, col);
        if (head !== undefined && UNIT_HEAD.test(fold(head))) last = r;
      }
      heads[i] = last;
    }
    bySheet.set(col, heads);
  }
  return heads;
}
