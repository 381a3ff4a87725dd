// A unit stated once at the head of a label block ("Finanzen (in T€)" over "Verwaltungshaushalt | 48.210",
// "Beträge in Tsd. EUR", "Mittel in Tausend Euro") applies to every amount below it, as a column header's would:
// those amounts are in thousands, so the contract's euro figure is elsewhere (./values.ts judges the unit).
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

/** A thousands or millions unit in a block head (folded). */
const SCALED_UNIT = /(\bt ?€|\bteur\b|\btsd\b|\btausend\b|\bmio\b|\bmillionen\b)/;
/** How far up a label block is read. */
const MAX_ROWS = 40;

/**
 * The text of the cell heading the label column's block above `row` (the filled cells directly above, up to a blank
 * one) when it names a thousands or millions unit; else "".
 */
export function blockUnitAbove(sheet: SheetGrid, row: number, col: number): string {
  for (let r = row - 1; r >= Math.max(sheet.r0, row - MAX_ROWS); r--) {
    const t = sheet.text(r, col);
    if (t === undefined) return "";
    if (SCALED_UNIT.test(fold(t))) return t;
  }
  return "";
}
