// A block headed by its figure and the unit of its numbers ("Verwaltungsbudget | €" over "Gesamt | 9.114.200",
// "- Anteil Bund | …"): the total row's label says only "Gesamt" (maybe with a qualifier, "Gesamt (inkl. BEZ)"), the
// head row names what it is the total of. A reader reads the two together: "Verwaltungsbudget Gesamt".
import type { LabelSpec } from "./labels";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import { matchLabel } from "./matchLabel";

const TOTAL_ROW = /^\s*(gesamt|insgesamt|summe)\s*(\([^()]*\))?\s*:?\s*$/i;
// Heads that name only the unit of the numbers below (no year, no role): the caption row's other cells.
const UNIT_HEAD = /^(€|eur|euro|in €|in eur|in euro|betrag|betrag €|betrag in €|t€|tsd €|in t€|anzahl|wert)$/;

/** The figures a total row names through the caption row right above it (label cell and unit heads only). */
export function unitCaptionSpecs(sheet: SheetGrid, row: number, col: number): LabelSpec[] {
  const own = sheet.ownText(row, col);
  if (own === undefined || !TOTAL_ROW.test(own) || row - 1 < sheet.r0 || sheet.rowBlank(row - 1)) return [];
  const caption = sheet.ownText(row - 1, col);
  const heads = sheet.filledColumns(row - 1).filter((c) => c > col);
  if (caption === undefined || heads.length === 0) return [];
  if (!heads.every((c) => UNIT_HEAD.test(fold(sheet.ownText(row - 1, c) ?? "").replace(/[.:()]/g, "").trim()))) return [];
  return [...matchLabel(`${caption} ${own}`).standalone];
}
