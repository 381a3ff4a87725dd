// An input list numbered by outline ("0.1 Jobcenter", "1.1 EGT", …, "2.3 Ant. BA", "2.4 Ant. Kommune", "4.4 IQ
// Ziel"), one block without blank rows or area titles: the leading number groups the rows as a reader does ("2.x"
// are the staff rows), so a row's block ends where the top-level number changes. A plain running number ("1", "2",
// "17") groups nothing.
import type { SheetGrid } from "./grid";

/** "2.3", "2.10", "B1.2", "2.3.1." (also "2.3 Ant. BA" opening a label): the top-level part before the first dot. */
const DOTTED = /^([a-z]?\d{1,2})\.\d{1,2}(?:\.\d{1,2})*\.?(?=\s|$)/i;

function topOf(v: unknown): string | undefined {
  // A number column Excel read as numbers ("2.3" → 2.3) still carries the outline; an integer is a running number.
  const t = typeof v === "number" ? (Number.isInteger(v) ? undefined : String(v)) : typeof v === "string" ? v.trim() : undefined;
  const m = t === undefined ? null : DOTTED.exec(t);
  return m ? m[1].toUpperCase() : undefined;
}

/** The top-level outline number of the row of label cell (row, col): in the label itself or the number column just left of it. */
export function outlineGroupOf(sheet: SheetGrid, row: number, col: number): string | undefined {
  const own = topOf(sheet.ownText(row, col));
  if (own !== undefined) return own;
  // The number column stands right before the label column (an empty spacer column between may stand too).
  for (let c = col - 1; c >= Math.max(sheet.c0, col - 2); c--) {
    const v = sheet.value(row, c);
    if (v !== null) return topOf(v);
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
