// An input list numbered by outline ("0.1 Jobcenter", "1.1 EGT", …, "2.3 Ant. BA", "2.4 Ant. Kommune", "4.4 IQ
// Ziel"), one block without blank rows or area titles: the leading number groups the rows as a reader does ("2.x"
// are the staff rows), so a row's block ends where the top-level number changes. A plain running number ("1", "2",
// "17") groups nothing.
import type { SheetGrid } from "./grid";

/** "2.3", "2.10", "B1.2", "2.3.1." (also "2.3 Ant. BA" opening a label): the top-level part before the first dot. */
const DOTTED = /^([a-z]?\d{1,2})\.\d{1,2}(?:\.\d{1,2})*\.?(?=\s|$)/i;

function topOf(v: unknown): string | undefined {
  const t = typeof v === "string" ? v.trim() : undefined;
  const m = t === undefined ? null : DOTTED.exec(t);
  return m ? m[1].toUpperCase() : undefined;
}

/**
 * The cell as a dotted number: its text, or a number Excel read from "2.3" (shown in the General format, up to two
 * decimals; an integer is a running number, a formatted number a value).
 */
function cellNumberText(sheet: SheetGrid, row: number, col: number): string | undefined {
  const v = sheet.value(row, col);
  if (typeof v === "string") return v.trim();
  if (typeof v !== "number" || Number.isInteger(v) || sheet.format(row, col) !== "General") return undefined;
  const t = String(v);
  return /^\d{1,2}\.\d{1,2}$/.test(t) ? t : undefined;
}

/** The top-level outline number of the row of label cell (row, col): in the label itself or the number column just left of it. */
export function outlineGroupOf(sheet: SheetGrid, row: number, col: number): string | undefined {
  const own = topOf(sheet.ownText(row, col));
  if (own !== undefined) return own;
  // The number column stands right before the label column (an empty spacer column between may stand too).
  for (let c = col - 1; c >= Math.max(sheet.c0, col - 2); c--) {
    if (sheet.value(row, c) !== null) return topOf(cellNumberText(sheet, row, c));
  }
  return undefined;
}

/**
 * For the block around label cell (row, col): whether row r lies past the block's end because it opens another
 * top-level number ("3.1" after "2.6"). Rows without a dotted number (and every row, when (row, col) has none) stay.
 */
export function outlineEnds(sheet: SheetGrid, row: number, col: number): (r: number) => boolean {
  const group = outlineGroupOf(sheet, row, col);
  if (group === undefined) return () => false;
  return (r) => {
    const other = outlineGroupOf(sheet, r, col);
    return other !== undefined && other !== group;
  };
}

/** The whole cell is a dotted outline number ("0.1", 2.3, "B1.2."), not a label opening with one. */
function isDottedNumber(sheet: SheetGrid, row: number, col: number): boolean {
  const t = cellNumberText(sheet, row, col);
  return t !== undefined && DOTTED.exec(t)?.[0].length === t.length;
}

/** Whether the row opens with a dotted outline number before other cells ("2.3 | Ant. BA | 79 %"): a list's data row, no head row. */
export function opensWithOutlineNumber(sheet: SheetGrid, row: number): boolean {
  const cols = sheet.filledColumns(row);
  return cols.length >= 2 && isDottedNumber(sheet, row, cols[0]);
}

/**
 * Whether the row's first filled cell is only its number in a list ("0.1 | Jobcenter | JC Vogtland-Ost",
 * "3 | Jobcenter | …", a form's "010"): a number column's cell, no cell of the row's content. A year is none.
 */
export function opensWithListNumber(sheet: SheetGrid, row: number): boolean {
  const cols = sheet.filledColumns(row);
  if (cols.length < 2) return false;
  if (isDottedNumber(sheet, row, cols[0])) return true;
  const v = sheet.value(row, cols[0]);
  if (typeof v === "number") return Number.isInteger(v) && v > 0 && v < 1000;
  return typeof v === "string" && /^\d{1,4}\.?$/.test(v.trim()) && !/^(19|20)\d\d$/.test(v.trim());
}
