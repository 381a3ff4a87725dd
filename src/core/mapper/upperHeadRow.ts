// A two-row head whose upper row groups the value columns ("Maßnahme | Eintritte (über Ist und Plan) | Begründung"
// over "| Ist 2024 | Plan 2025"): a column the upper row alone names (the "Begründung") belongs to the table as
// much as those under the lower row, so the table reaches to the upper row's last heading.
import type { SheetGrid } from "./grid";

/**
 * The last column of a table whose header row is `row` and whose value columns are `valueCols`, widened by the
 * row above when that row is a group heading: text only, no number, and a heading standing over a value column.
 * Returns `right` unchanged otherwise.
 */
export function rightOfUpperHead(sheet: SheetGrid, row: number, valueCols: readonly number[], right: number): number {
  const up = row - 1;
  if (up < sheet.r0 || sheet.rowBlank(up)) return right;
  const cols = sheet.filledColumns(up);
  if (cols.length < 2 || cols.some((c) => sheet.ownText(up, c) === undefined)) return right;
  // The upper row must head the values (a merged "Eintritte" over Ist and Plan), not be a title beside the table.
  if (!valueCols.some((c) => sheet.text(up, c) !== undefined)) return right;
  let r = right;
  while (r + 1 <= sheet.lastCol && sheet.text(up, r + 1) !== undefined) r++;
  return r;
}
