// "Kundenstruktur | 2023 | 2024" over rows of figures: the years head the columns below, they are no figure's
// values. A reader sees a row of consecutive years whose columns hold numbers in the next row as a heading; the
// text before them is the block's title, never the label of a stock "2024".
import type { SheetGrid } from "./grid";
import { isYearNumber } from "./normalize";

/** A count, money or percent format shows a number, not a year heading ("2.023" eLb as `#,##0`). */
const NUMBER_FORMAT = /#,##0|0[.,]0|%|€/;

/** Whether the numbers right of `col` in `row` are two or more consecutive years in no number format, each with a
 *  number under it. */
export function isYearHeadingRow(sheet: SheetGrid, row: number, col: number): boolean {
  if (row >= sheet.lastRow) return false;
  const cols = sheet.filledColumns(row).filter((c) => c > col && sheet.number(row, c) !== undefined);
  if (cols.length < 2) return false;
  const years = cols.map((c) => sheet.number(row, c));
  if (!years.every(isYearNumber) || cols.some((c) => NUMBER_FORMAT.test(sheet.format(row, c)))) return false;
  const step = years[1]! - years[0]!;
  if (Math.abs(step) !== 1 || years.some((y, i) => i > 0 && y! - years[i - 1]! !== step)) return false;
  return cols.every((c) => sheet.number(row + 1, c) !== undefined);
}
