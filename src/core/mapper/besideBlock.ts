// A one-page summary puts two tables side by side ("Anteil BA / Kommune | 76 % | 24 %" left, "GaBe | 48 | 60" of the
// Förderung table right, a blank column between): a reader reads the left row on its own. The row's own columns
// are its label and the cells up to the blank column before the other table's label.
import type { SheetGrid } from "./grid";

/**
 * The first `n` filled columns of the row when they stand apart from the rest: a blank column after them and a text
 * label opening the rest. Undefined when the row has fewer cells or nothing stands apart.
 */
export function ownColumnsBeside(sheet: SheetGrid, row: number, cols: number[], n: number): number[] | undefined {
  if (cols.length <= n) return undefined;
  const next = cols[n];
  if (next <= cols[n - 1] + 1 || sheet.ownText(row, next) === undefined) return undefined;
  return cols.slice(0, n);
}
