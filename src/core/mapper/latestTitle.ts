// Customer structure under section titles that name only a year ("Ø 2024" beside "Ø 2023", "Kundenstruktur 2024"):
// a title's year is read as a column header's would be, the latest year reported current and the one before _VJ.
import { latestYearRoles } from "./context";
import type { SheetGrid } from "./grid";
import { fold, yearsIn } from "./normalize";
import type { RoleOrNone } from "./roles";
import { sideTitleColumn } from "./sideTitles";
import { stackedUnderLaterTitle } from "./stackedYearTitles";

/**
 * The role the section title at `titleRow` gives a customer figure in column `col`: of side-by-side titles the
 * later year is current and the earlier the previous year's; a lone title's year as a lone year column. Undefined
 * when the title names no year. `latestOnly`: a figure of the latest year only (KUN_ELB, no _VJ name) is none
 * under the earlier of side-by-side titles, its value then only the previous value beside the current one.
 */
export function latestTitleRole(sheet: SheetGrid, titleRow: number, col: number, planYear: number | undefined, latestOnly = false): RoleOrNone | undefined {
  const side = sideTitleColumn(sheet, titleRow, col);
  const titleCols = side !== undefined ? sheet.blocks(titleRow).map((b) => sheet.titleColumns(titleRow, b.cols)[0]) : sheet.titleColumns(titleRow, sheet.filledColumns(titleRow));
  const at = side !== undefined ? titleCols.indexOf(side) : 0;
  const texts = titleCols.map((c) => sheet.ownText(titleRow, c));
  if (at < 0 || texts[at] === undefined || yearsIn(fold(texts[at]!)).length === 0) return undefined;
  const roles = latestYearRoles(texts, planYear);
  // So is a block under the earlier of stacked titles of the same words (./stackedYearTitles.ts).
  return latestOnly && roles[at] === "previous" && (roles.includes("current") || (side === undefined && stackedUnderLaterTitle(sheet, titleRow, planYear))) ? "none" : roles[at];
}
