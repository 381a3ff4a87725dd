// Summary blocks written value | label ("4.560 | eLb (JD 2023)", "9.994.076 | Verwaltungshaushalt"): the number
// left of a label is its value when the whole block reads that way. Decided per block, so a row
// "Kennzahl | Wert | Bemerkung" (a remark right of a labelled value) or a table with a Begründung column right of
// its numbers never lends its number to the text right of it: those numbers have a label or another number left.
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import { isRemarkHead } from "./remarkColumns";
import type { ValueCell } from "./valuesRight";

/** Whether the row holds a number (or date) at `col` with nothing left of it and text right beside it. */
function valueThenText(sheet: SheetGrid, row: number, col: number, isLabel: (r: number, c: number) => boolean): boolean {
  if (sheet.number(row, col) === undefined || sheet.ownText(row, col + 1) === undefined) return false;
  for (let c = sheet.c0; c < col; c++) if (!sheet.isBlank(row, c)) return false;
  return isLabel(row, col + 1);
}

/**
 * The value left of the label at (row, col), when the rows around it (up to a row that is not number-then-text)
 * all hold a number with nothing left of it and a figure label right beside it, and at least two rows do.
 */
export function valueLeft(sheet: SheetGrid, row: number, col: number, isLabel: (r: number, c: number) => boolean): ValueCell | undefined {
  const at = col - 1;
  if (at < sheet.c0 || !valueThenText(sheet, row, at, isLabel)) return undefined;
  let first = row;
  let last = row;
  while (first - 1 >= sheet.r0 && valueThenText(sheet, first - 1, at, isLabel)) first--;
  while (last + 1 <= sheet.lastRow && valueThenText(sheet, last + 1, at, isLabel)) last++;
  // A text column headed "Begründung"/"Bemerkung" right of the numbers explains them, it does not label them.
  if (last === first || isRunningNumber(sheet, first, last, at) || isRemarkHead(sheet.ownText(first - 1, col))) return undefined;
  return { col: at, value: sheet.value(row, at) };
}

/** "lfd. Nr." | label | value: numbers counting 1, 2, 3 … (or headed "Nr.") number the rows, they are no values. */
function isRunningNumber(sheet: SheetGrid, first: number, last: number, col: number): boolean {
  if (RUNNING_HEAD.test(fold(sheet.ownText(first - 1, col) ?? ""))) return true;
  const values = Array.from({ length: last - first + 1 }, (_, i) => sheet.number(first + i, col));
  return values.every((v, i) => i === 0 ? v !== undefined && Number.isInteger(v) && v < 100 : v === values[i - 1]! + 1);
}

const RUNNING_HEAD = /\b(nr|lfd|pos|position)\b/;
