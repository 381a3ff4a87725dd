// "Organisationseinheit | BA | Kommune | VZÄ gesamt | (leer) | gesamt" under "Stellen in VZÄ 2025 | … | nachr. VZÄ
// 2024": a column left empty in every row of a table and in its head rows is a spacer; what stands right of it (last
// year's VZÄ as a memo, a second block) is no column of the table. A reader's table ends at the spacer, unless what
// follows adds up the columns before it in every row ("Standort A | Standort B | (leer) | gesamt"): that is the
// table's own total column set apart.
import type { SheetGrid } from "./grid";

const TOLERANCE = 0.05;

/**
 * The number columns of a table left of its first spacer: a column right of a number column that is blank in all
 * `rows` and all `headRows` (merges count as filled). All columns when there is no spacer between them, or when the
 * columns beyond it are the row sums of those before.
 */
export function columnsBeforeSpacer(sheet: SheetGrid, rows: number[], headRows: number[], cols: number[]): number[] {
  const sorted = [...cols].sort((a, b) => a - b);
  if (sorted.length < 2) return sorted;
  const blankColumn = (c: number) => [...rows, ...headRows].every((r) => r < sheet.r0 || r > sheet.lastRow || (sheet.isBlank(r, c) && sheet.mergeOf(r, c) === undefined));
  const rowSum = (kept: number[], c: number) =>
    rows.every((r) => {
      const v = sheet.number(r, c);
      const parts = kept.map((k) => sheet.number(r, k) ?? 0);
      return v !== undefined && Math.abs(parts.reduce((a, b) => a + b, 0) - v) <= TOLERANCE;
    });
  for (let i = 1; i < sorted.length; i++) {
    for (let c = sorted[i - 1] + 1; c < sorted[i]; c++) {
      if (!blankColumn(c)) continue;
      const kept = sorted.slice(0, i);
      return sorted.slice(i).every((beyond) => rowSum(kept, beyond)) ? sorted : kept;
    }
  }
  return sorted;
}
