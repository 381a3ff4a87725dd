// "Planjahr | 2025" among label/value rows (a summary sheet sorted by label puts it anywhere, also beside another
// label/value pair) is the key of the planning year, a data row: its year must not head the value column below
// it, or every value under it ("Veränderung IQ ggü. Vorjahr") would read as the planning year's.
import type { SheetGrid } from "./grid";
import { matchLabel } from "./matchLabel";

/** Whether row `row` holds a planning-year key ("Planjahr", "Planungsjahr") in the label column and a number in the value column. */
export function isPlanYearKeyRow(sheet: SheetGrid, row: number, labelCol: number, col: number): boolean {
  if (labelCol < 0 || labelCol >= col || sheet.number(row, col) === undefined) return false;
  const key = sheet.ownText(row, labelCol);
  return key !== undefined && matchLabel(key).standalone.some((s) => s.id === "planjahr");
}
