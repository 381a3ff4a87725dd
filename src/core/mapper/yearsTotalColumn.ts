// "Zeilenbeschriftungen | 2024 | 2025 | Gesamtergebnis": a total column beside bare year columns (a pivot's grand
// total, a "Summe" after a time series) adds the years up. It is no year's value, so it is neither the latest
// year's figure nor a second number of the row that leaves the year columns in doubt.
import type { SheetGrid } from "./grid";
import { fold, isYearNumber } from "./normalize";

/** A head naming only a total: "Gesamtergebnis", "Gesamt", "Summe", "Insgesamt", "Total". */
const BARE_TOTAL = /^(gesamt|insgesamt|summe|gesamtsumme|gesamtergebnis|total|zusammen)$/;
const BARE_YEAR = /^(19|20)\d\d$/;

/** Whether the head at (row, col) is a bare total beside at least two bare years in the same row block. */
export function totalsYears(sheet: SheetGrid, row: number, col: number, head: string): boolean {
  if (!BARE_TOTAL.test(fold(head).replace(/[.:]/g, "").trim())) return false;
  const cols = sheet.blockColumns(row, col).filter((c) => c !== col);
  const years = cols.filter((c) => isYearNumber(sheet.number(row, c)) || BARE_YEAR.test((sheet.ownText(row, c) ?? "").trim()));
  return years.length >= 2;
}
