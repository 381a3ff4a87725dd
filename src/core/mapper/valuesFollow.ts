// A label whose values stand apart from it ("1. | Integrationen | | | 1.010 | 968"): the empty columns between
// split the row into blocks, but the text is the label of the numbers right of it, not a heading of its block.
// So does a unit column between them ("Ø eLb-Bestand | | | Personen | 7.200"): the unit says what the numbers count.
import type { SheetGrid } from "./grid";
import { isUnitCell } from "./unitColumn";

/** Whether the block right after `col`'s block in `row` begins with a number (the values of its label), or a unit and a number. */
export function valuesFollow(sheet: SheetGrid, row: number, col: number): boolean {
  const blocks = sheet.blocks(row);
  const at = blocks.findIndex((b) => col >= b.from && col <= b.to);
  const next = at >= 0 ? blocks[at + 1] : undefined;
  if (next === undefined) return false;
  if (sheet.number(row, next.cols[0]) !== undefined) return true;
  return next.cols.length > 1 && sheet.number(row, next.cols[1]) !== undefined && isUnitCell(sheet, row, next.cols[0]);
}
