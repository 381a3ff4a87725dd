// "Status Basis 2026 | Hochrechnung | Stand | 15.01.2026", and "Stand HR | 10.01.2025" right under "Vorjahreswerte |
// Hochrechnung": a bare as-of label in the row of the previous year's status, or right under that label, dates
// those figures (ZIE_VJ_Stand), not the programme; a reader reads it as "Stand der Vorjahreswerte". A "Stand" with
// words of its own ("Stand AIP-Fassung") or away from such a status stays what it names.
import type { SheetGrid } from "./grid";
import { matchAt } from "./labelCells";
import { matchLabel, type LabelMatch } from "./matchLabel";
import { fold } from "./normalize";

const PREVIOUS_STAND = "Stand der Istwerte";
/** A bare as-of label, also of the projection the figures are ("Stand HR", "Stand der Hochrechnung"). */
const BARE_STAND = /^(stand|datum|stichtag)( (der |des )?(hr|hochrechnung|prognose|schaetzung|daten|werte))?$/;

/**
 * The reading of the as-of label at (row, col) as the previous year's date, when `isStatus` says the label left of it
 * in its row, or the one right above it, names the status of the previous year's figures.
 */
export function previousStandMatch(sheet: SheetGrid, row: number, col: number, isStatus: (r: number, c: number) => boolean): LabelMatch | undefined {
  const own = matchAt(sheet, row, col).standalone;
  const text = sheet.ownText(row, col);
  if (own.length !== 1 || own[0].id !== "stand" || text === undefined) return undefined;
  if (!BARE_STAND.test(fold(text).replace(/[^a-z ]/g, " ").replace(/\s+/g, " ").trim())) return undefined;
  const left = sheet.filledColumns(row).filter((c) => c < col);
  const above = row > sheet.r0 && sheet.ownText(row - 1, col) !== undefined && isStatus(row - 1, col);
  if (!above && !(left.length > 0 && isStatus(row, left[0]))) return undefined;
  return matchLabel(PREVIOUS_STAND);
}
