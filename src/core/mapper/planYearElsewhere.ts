// "Wir planen 1.240 Integrationen." or "Integrationen Plan 2025" beside "Integrationen Ist 2024": a figure the
// contract names only for the previous year (ZIE_Integrationen_VJ) has no plan-year value, so a label naming the
// planning year holds another number (a target the programme states in its text) — no rival to a candidate whose
// label or head says the previous year. Alone it stays the low candidate it was.
import type { Candidate } from "./candidate";

const namesPlanYear = (c: Candidate) => c.lows.some((l) => l.labelNamesPlanYear === true);

/** The pool without plan-year labels of a previous-year figure, when a candidate with a stated year is there. */
export function withoutPlanYearElsewhere(pool: Candidate[]): Candidate[] {
  if (pool.length < 2) return pool;
  const elsewhere = pool.filter(namesPlanYear);
  if (elsewhere.length === 0) return pool;
  const stated = pool.filter((c) => !c.lows.some((l) => l.id === "jahr"));
  return stated.length > 0 ? pool.filter((c) => !namesPlanYear(c)) : pool;
}
