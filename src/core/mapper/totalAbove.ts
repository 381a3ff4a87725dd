// A breakdown under its total ("VZÄ insgesamt | 84,5" over the indented areas "Markt und Integration | 33,5" …):
// the total row above names the rows as a heading would, when its number is the sum of theirs. Indented by column
// ("Stellen VZÄ" in B over the areas in C), the total's label is the nearest one left of the run's label column.
import type { SheetGrid } from "./grid";
import { INDENTED_KNOWN_ROWS, indentedUnder } from "./indentedBreakdown";
import { labelKey } from "./labelCells";
import { matchLabel } from "./matchLabel";

/** Typical rows the breakdown needs (as under a naming total row below). */
const KNOWN_ROWS = 3;

interface RunRows {
  labelCol: number;
  first: number;
  last: number;
  valueCol: number;
  known: number;
}

/** The total's label column: the run's own, or, when that is empty, the nearest label left of it (an indented breakdown). */
function parentLabelCol(sheet: SheetGrid, row: number, labelCol: number): number | undefined {
  if (labelKey(sheet, row, labelCol) !== undefined) return labelCol;
  if (sheet.ownText(row, labelCol) !== undefined) return undefined;
  for (let c = labelCol - 1; c >= sheet.c0; c--) {
    if (labelKey(sheet, row, c) !== undefined) return c;
    if (sheet.ownText(row, c) !== undefined || sheet.number(row, c) !== undefined) return undefined;
  }
  return undefined;
}

/** Whether the row right above a headless run is a total naming `totalName` whose number sums the run's values. */
export function namedByTotalAbove(sheet: SheetGrid, totalName: string | undefined, run: RunRows): boolean {
  const above = run.first - 1;
  if (!totalName || above < sheet.r0) return false;
  // Rows indented under an unindented total ("VZÄ" over "  M&I", "  Leistung", "  Sonstige") show the breakdown
  // themselves: fewer typical rows suffice (./indentedBreakdown.ts).
  if (run.known < (indentedUnder(sheet, above, run.labelCol, run.first, run.last) ? INDENTED_KNOWN_ROWS : KNOWN_ROWS)) return false;
  const col = parentLabelCol(sheet, above, run.labelCol);
  const m = col === undefined ? [] : matchLabel(sheet.ownText(above, col) ?? "").standalone;
  if (m.length !== 1 || !Object.values(m[0].names).includes(totalName)) return false;
  const total = sheet.number(above, run.valueCol);
  if (total === undefined) return false;
  let sum = 0;
  for (let r = run.first; r <= run.last; r++) sum += sheet.number(r, run.valueCol) ?? 0;
  return Math.abs(sum - total) <= 0.05 + Math.abs(total) * 1e-6;
}
