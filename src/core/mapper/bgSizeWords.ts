// Household sizes as a controller writes them besides "1 Person | 2 Personen": in plain words ("allein lebend",
// "zu zweit", "zu dritt und mehr") or after the BG they size ("BG 1 Person", "BG 3+ Personen"). A heading naming only
// the households beside a share head ("Haushalte (Bedarfsgemeinschaften) 2026 | Anteil": the households' shares by
// the rows) names the size table when every row under it is such a size; over other rows, or alone without the
// share head ("Bedarfsgemeinschaften" may head any BG figures), it names nothing. With two years' shares side by side under the
// block's head row ("Merkmal | 2025 | 2026 (Prognose)"), the customers' year (the one before the planning year, as
// every KUN figure) holds the table's shares; without that year the column stays a question (./findTwoColumn.ts).
import { readColumn } from "../columnRoles";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

/** Sizes in plain words (folded): "allein lebend", "alleinlebende", "zu zweit", "zu dritt und mehr". */
export const SIZE_WORDS = /^(allein ?lebend\w*|alleinstehend\w*|zu (zweit|dritt|viert|fuenft)( und mehr| oder mehr| u m| mehr)?)( haushalt\w*| bg)?$/;

/** A heading naming only the households or BG, perhaps with a year ("Haushalte (Bedarfsgemeinschaften) 2026"). */
const HOUSEHOLDS = /^(haushalte|bedarfsgemeinschaften|bgs?)( (haushalte|bedarfsgemeinschaften|bgs?))?( (19|20)\d\d)?$/;

/** Whether a heading names the households alone, no size (the rows under it must say the sizes). */
export const namesHouseholdsOnly = (heading: string): boolean => HOUSEHOLDS.test(fold(heading).replace(/[()]/g, " ").replace(/\s+/g, " ").trim());

/** Whether the heading's row heads a share column right of it ("… | Anteil", "… | in %"). */
export function headsShares(sheet: SheetGrid, row: number, col: number): boolean {
  return sheet.filledColumns(row).some((c) => c > col && readColumn(sheet.ownText(row, c) ?? "").kind === "share");
}

/** How far up the block's head row is looked for. */
const MAX_ROWS = 30;

/**
 * The column of the customers' year (the one before `planYear`) among `cols`, read from the head row of the block
 * the rows from `first` stand in (data rows between skipped); undefined unless exactly one column has that year.
 * The sheet's head row may stand over several blocks ("Merkmal | Ø 2025 (Prognose) | Ø 2024" over the customer
 * figures, a blank row, then the sizes' own heading with no heads of its own): blank rows and a heading that
 * leaves the value columns empty are passed, so the columns keep their heads as a reader carries them down.
 */
export function customerYearColumn(sheet: SheetGrid, first: number, cols: readonly number[], planYear: number | undefined): number | undefined {
  if (planYear === undefined) return undefined;
  for (let r = first - 1; r >= Math.max(sheet.r0, first - MAX_ROWS); r--) {
    if (sheet.rowBlank(r)) continue;
    if (cols.some((c) => sheet.number(r, c) !== undefined)) continue;
    const heads = cols.map((c) => sheet.ownText(r, c));
    if (heads.every((h) => h === undefined)) continue;
    if (heads.some((h) => h === undefined)) return undefined;
    const years = heads.map((h) => (/\b((?:19|20)\d\d)\b/.exec(h!)?.[1] ?? "").toString());
    const hits = cols.filter((_, i) => years[i] === String(planYear - 1));
    return hits.length === 1 ? hits[0] : undefined;
  }
  return undefined;
}
