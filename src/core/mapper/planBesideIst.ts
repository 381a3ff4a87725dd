// A staff table "Bereich | VZÄ Soll 2026 | VZÄ Ist 30.09.2025": the programme plans its staff, so of one plan
// column beside Ist columns (a stock as of a date, last year's result) the plan column holds the table's figures.
import { readColumn } from "../columnRoles";

/** The one plan column when every other number column is an Ist column; else undefined. */
export function planColumnBesideIst(cols: number[], headOf: (c: number) => string | undefined): number | undefined {
  const kinds = cols.map((c) => readColumn(headOf(c) ?? "").kind);
  const plans = cols.filter((_, i) => kinds[i] === "plan");
  if (plans.length !== 1 || !kinds.every((k) => k === "plan" || k === "ist")) return undefined;
  return plans[0];
}
