// Forms with fixed row numbers ("Zeile 010 | Jobcenter | … | Jobcenter Kreis X", "320 | Integrationsquote | % | …"):
// a row opening with such a number is a data row of the form, never a header row, even when all its cells are texts.
import type { SheetGrid } from "./grid";

// Two to four digits typed as text ("010", "320", "1200"), not a year.
const ROW_NUMBER = /^\d{2,4}$/;

/** Whether the row's first filled column `cols[0]` holds a form row number typed as text (a year is none). */
export function opensWithRowNumber(sheet: SheetGrid, row: number, cols: number[]): boolean {
  if (cols.length < 2) return false;
  const t = sheet.ownText(row, cols[0])?.trim();
  if (t === undefined || !ROW_NUMBER.test(t)) return false;
  const n = Number(t);
  return !(n >= 1900 && n <= 2100);
}
