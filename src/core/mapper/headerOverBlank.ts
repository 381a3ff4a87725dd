// A header row above a blank row may head another block, so its words are weak below the blank. Two signs say it
// still heads the row: one of its columns names the label's own year ("Plan 2025" over the blank, then
// "Verwaltungshaushalt 2025 gesamt"; decided in ./labelYearColumn.ts), or the cell confirms its column's head (a
// percent under "Anteil am VWH", here).
import { readColumn } from "../columnRoles";
import { isPercentFormat } from "../percentUnits";
import type { ColumnHeader } from "./roles";


/** Whether a share head across a blank row is confirmed by its cell's percent format: the head holds there. */
export function shareHeadConfirmed(header: ColumnHeader, format: string): boolean {
  return readColumn(header.text).kind === "share" && isPercentFormat(format);
}
