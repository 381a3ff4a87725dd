// "Kundenstruktur | 2023 | 2024" over rows of figures: the years head the columns below, they are no figure's
// values. A reader sees a row of consecutive years whose columns hold numbers in the next row as a heading; the
// text before them is the block's title, never the label of a stock "2024".
import type { SheetGrid } from "./grid";
import { isYearNumber } from "./normalize";

/** A count, money or percent format shows a number, not a year heading ("2.023" eLb as `#,##0`). */
const NUMBER_FORMAT = /#,##0|0[.,]0|%|€/;

const YEAR_IN_TEXT = /\b(19|20)\d\d\b/;
/** A year typed as text ("2023"): in the sheet's title row ("Kundenstruktur | 2023 | 2024" in row 1) a heading. */
const TEXT_YEAR = /^\s*(?:19|20)\d\d\s*$/;

/** The number at (row, c), or in the sheet's title row the year a text cell holds alone. */
function yearOrNumber(sheet: SheetGrid, row: number, c: number): number | undefined {
  const n = sheet.number(row, c);
  if (n !== undefined || row !== sheet.r0) return n;
  const v = sheet.value(row, c);
  return typeof v === "string" && TEXT_YEAR.test(v) ? Number(v.trim()) : undefined;
}

/** Whether the numbers right of `col` in `row` are two or more consecutive years in no number format (in the
 *  sheet's title row also typed as text: "Kundenstruktur | 2023 | 2024"), each with a number under it. */
export function isYearHeadingRow(sheet: SheetGrid, row: number, col: number): boolean {
  if (row >= sheet.lastRow) return false;
  const cols = sheet.filledColumns(row).filter((c) => c > col && yearOrNumber(sheet, row, c) !== undefined);
  if (cols.length < 2) return false;
  const years = cols.map((c) => yearOrNumber(sheet, row, c));
  if (!years.every(isYearNumber) || cols.some((c) => NUMBER_FORMAT.test(sheet.format(row, c)))) return false;
  const step = years[1]! - years[0]!;
  if (Math.abs(step) !== 1 || years.some((y, i) => i > 0 && y! - years[i - 1]! !== step)) return false;
  return cols.every((c) => sheet.number(row + 1, c) !== undefined);
}

/**
 * "LZB (JDW) | 2023 | Ziel 2024 | Veränderung" over "insgesamt | 38.900 | 38.400": a single year right of the label,
 * with a number under it, beside a text head naming a year is that column's head, no value of the label.
 */
export function isYearBesideHeads(sheet: SheetGrid, row: number, col: number): boolean {
  if (row >= sheet.lastRow) return false;
  let c = col + 1;
  while (c <= sheet.lastCol && sheet.value(row, c) === null) c++;
  const year = sheet.number(row, c);
  if (year === undefined || !isYearNumber(year) || NUMBER_FORMAT.test(sheet.format(row, c)) || sheet.number(row + 1, c) === undefined) return false;
  const next = sheet.value(row, c + 1);
  return typeof next === "string" && YEAR_IN_TEXT.test(next) && sheet.value(row + 1, c + 1) !== null;
}
