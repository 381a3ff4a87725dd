// A label/value list with a unit column between label and value ("a) Markt und Integration | VZÄ | | 14,5") is
// a list of single figures laid out as key-value rows, not a two-column table: the contract's table has the area
// beside its value. The check would read it, but whether the list is meant as the table is for the user to say.
import type { SheetGrid } from "./grid";
import { isUnderUnitHead, UNIT_HEAD } from "./unitHead";
import { fold } from "./normalize";

/** Longer texts are descriptions, never units (as in ./unitHead.ts). */
const MAX_UNIT_LENGTH = 12;

/** Every row its own text, some longer than a unit: the column describes the rows. */
function isDetailColumn(sheet: SheetGrid, first: number, last: number, c: number): boolean {
  const texts: string[] = [];
  for (let r = first; r <= last; r++) texts.push(sheet.ownText(r, c) ?? "");
  return new Set(texts).size === texts.length && texts.some((t) => t.length > MAX_UNIT_LENGTH);
}

/**
 * "VZÄ nach Bereichen | | | Einheit | VZÄ", a blank row, then the areas: a head row set off by one blank row (a
 * sheet spaced throughout) still heads the block right under it.
 */
function unitHeadOverBlank(sheet: SheetGrid, first: number, c: number): boolean {
  if (first - 2 < sheet.r0 || !sheet.rowBlank(first - 1)) return false;
  const head = sheet.ownText(first - 2, c);
  return head !== undefined && UNIT_HEAD.test(fold(head));
}

/** Whether some column strictly between `labelCol` and `valueCol` holds text in every row from `first` to `last`. */
export function unitColumnBetween(sheet: SheetGrid, first: number, last: number, labelCol: number, valueCol: number): boolean {
  for (let c = labelCol + 1; c < valueCol; c++) {
    let all = true;
    for (let r = first; r <= last && all; r++) all = sheet.ownText(r, c) !== undefined && sheet.number(r, c) === undefined;
    // A column of different descriptions ("Teilbereich": "Vermittlung/Fallmanagement", "Interner Service") details
    // the areas' names (./splitLabels.ts): no unit column.
    if (all && isDetailColumn(sheet, first, last, c)) continue;
    // Under a head row naming it "Einheit" the list is a table with a unit column, laid out as tables are.
    if (all && !isUnderUnitHead(sheet, first, c) && !unitHeadOverBlank(sheet, first, c)) return true;
  }
  return false;
}
