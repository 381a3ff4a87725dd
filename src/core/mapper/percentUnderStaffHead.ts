// "Anteil BA | 75 %" in the rows right under an area table "Bereich | VZÄ": the head above is the table's unit,
// but a VZÄ or a head count is never shown as a percent, so a cell in a percent format is a share whatever the
// staff head above says. A share-looking number in a plain format under "VZÄ" stays vetoed.
import { isPercentFormat } from "../percentUnits";
import type { CellKind } from "../contract";

/** Whether a cell's own percent format outweighs a staff unit head above it for a share figure. */
export function percentOutweighsStaffHead(headKind: string, figureKind: CellKind | "table", format: string | undefined): boolean {
  return (headKind === "vzae" || headKind === "heads") && figureKind === "share" && isPercentFormat(format);
}
