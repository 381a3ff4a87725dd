// A breakdown under its total ("VZÄ insgesamt | 84,5" over the indented areas "Markt und Integration | 33,5" …):
// the total row above names the rows as a heading would, when its number is the sum of theirs.
import type { SheetGrid } from "./grid";
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

/** Whether the row right above a headless run is a total naming `totalName` whose number sums the run's values. */
export function namedByTotalAbove(sheet: SheetGrid, totalName: string | undefined, run: RunRows): boolean {
  const above = run.first - 1;
  if (!totalName || run.known < KNOWN_ROWS || above < sheet.r0) return false;
  const key = labelKey(sheet, above, run.labelCol);
  const m = key === undefined ? [] : matchLabel(sheet.ownText(above, run.labelCol) ?? "").standalone;
  if (m.length !== 1 || !Object.values(m[0].names).includes(totalName)) return false;
  const total = sheet.number(above, run.valueCol);
  if (total === undefined) return false;
  let sum = 0;
  for (let r = run.first; r <= run.last; r++) sum += sheet.number(r, run.valueCol) ?? 0;
  return Math.abs(sum - total) <= 0.05 + Math.abs(total) * 1e-6;
}
