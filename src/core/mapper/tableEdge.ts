// A table found by its rows alone stops at a row that names a figure of its own ("Markt & Integration | 64" reads as
// Integrationen too). When that row is typical of the table and stands right at its edge, the table may be cut
// short: the total row decides (with the row the areas add up to it, without it they do not), else the table is
// unsure. So a table is taken whole or not sure.
import type { Low } from "./candidate";

export interface EdgeRun {
  first: number;
  last: number;
  valueCol: number;
  total?: { row: number; value: number };
}

export interface EdgeRows {
  /** Whether the row's label is typical of the table and it has a number in the value column. */
  typical(row: number): boolean;
  number(row: number, col: number): number | undefined;
}

const sumOf = (rows: EdgeRows, col: number, from: number, to: number): number => {
  let s = 0;
  for (let r = from; r <= to; r++) s += rows.number(r, col) ?? NaN;
  return s;
};

/**
 * The run widened over typical rows right above it when the total says so; a low when such a row is left out.
 * (Below, a table stops only at its total row or at a row that is not typical: nothing to settle there.)
 */
export function settleEdge(run: EdgeRun, rows: EdgeRows, r0: number): Low | undefined {
  let top = run.first;
  while (top - 1 >= r0 && rows.typical(top - 1)) top--;
  if (top === run.first) return undefined;
  const addsUp = (from: number) => run.total !== undefined && Math.abs(sumOf(rows, run.valueCol, from, run.last) - run.total.value) <= 0.05;
  if (addsUp(top) && !addsUp(run.first)) {
    run.first = top;
    return undefined;
  }
  return { id: "tabelle", text: `Zeile ${run.first} sieht aus wie ein Eintrag der Tabelle, nennt aber auch eine eigene Kennzahl; ob die Tabelle dort beginnt, bitte prüfen.` };
}
