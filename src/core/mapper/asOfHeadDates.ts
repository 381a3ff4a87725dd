// "Merkmal | Wert | Einheit | Stichtag | Quelle" over "Beschäftigte (Köpfe) | 131 | Personen | 31.12.2024 | …": the
// "Stichtag" head names each row's as-of date. The date right under it is the first row's, never the programme's
// Stand, though "Stichtag" alone reads as a date label: beside another place of the figure it is no rival.
import { parseCell, splitAddress } from "../address";
import type { Candidate } from "./candidate";
import type { SheetGrid } from "./grid";

const cellOf = (ref: string) => parseCell(splitAddress(ref).range.replace(/\$/g, "").split(":")[0]);
const isDate = (sheet: SheetGrid, r: number, c: number) => sheet.number(r, c) !== undefined && /[dy]/i.test(sheet.format(r, c));

/**
 * Whether the candidate's date stands right under its label in a column of dates, each beside a row's own label and
 * number (at least two such rows): the label is a column head of per-row dates.
 */
export function isAsOfHeadDate(sheets: SheetGrid[], c: Candidate): boolean {
  const sheet = sheets.find((s) => s.index === c.sheet);
  if (!sheet) return false;
  const label = cellOf(c.labelCell);
  const value = cellOf(c.ref);
  if (value.col !== label.col || value.row !== label.row + 1) return false;
  let rows = 0;
  for (let r = value.row; r <= sheet.lastRow && isDate(sheet, r, value.col); r++) {
    const cols = sheet.filledColumns(r).filter((x) => x < value.col);
    if (cols.length === 0 || sheet.ownText(r, cols[0]) === undefined || !cols.some((x) => sheet.number(r, x) !== undefined && !isDate(sheet, r, x))) return false;
    rows++;
  }
  return rows >= 2;
}

/** The pool without per-row as-of dates under a column head, when another place remains. */
export function withoutAsOfHeadDates(pool: Candidate[], sheets: SheetGrid[]): Candidate[] {
  const kept = pool.filter((c) => !isAsOfHeadDate(sheets, c));
  return kept.length > 0 ? kept : pool;
}
