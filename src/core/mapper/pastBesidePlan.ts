// "Anteil LZB an eLb | Plan 25 | Ist VJ | Δ" in a 2025 cockpit: a customer figure's one yearless past column
// ("Ist VJ", "Vorjahr", "Ist") beside the plan is the latest year reported, the planning year's previous one —
// the current customer figure (KUN_*), not its _VJ; the plan column is an expectation (./customerExpectation.ts).
import type { ColumnRole } from "../columnRoles";


/**
 * The years of a customer row's columns with the one yearless Ist column given the planning year's previous one,
 * when every other column is a plan, the planning year's expectation or a change, and one is no change; else the years unchanged.
 */
export function withLonePastYear(read: Array<ColumnRole | undefined>, years: Array<number | undefined>, planYear: number | undefined): Array<number | undefined> {
  if (planYear === undefined) return years;
  const past = read.flatMap((c, i) => (c?.kind === "ist" && c.year === undefined ? [i] : []));
  if (past.length !== 1) return years;
  const others = read.filter((c, i): c is ColumnRole => c !== undefined && i !== past[0]);
  // The plan or the planning year's expectation ("Erwartung 2025"), beside which a change may stand.
  const expects = (c: ColumnRole) => c.kind === "plan" || (c.kind === "prognose" && c.year !== undefined && c.year >= planYear);
  if (!others.some(expects) || !others.every((c) => expects(c) || c.kind === "change")) return years;
  return years.map((y, i) => (i === past[0] ? planYear - 1 : y));
}
