// A staff table "Bereich | VZÄ Plan 2025 | VZÄ Ist 30.06.2025" (or "VZÄ 2026 | VZÄ Ist 03/2026"): the Ist is
// counted on a day of the plan column's own year, so it reports how the planned staff is filled in the course of
// the year. The programme plans its staff: the plan column holds the areas' VZÄ, the in-year Ist is monitoring.
import { readColumn } from "../columnRoles";

/** "30.06." without a year: a day in the year; "31.12." alone may close the year before, so it decides nothing. */
const DAY_IN_YEAR = /\b(\d{1,2})\.(\d{1,2})\.(?!\d)/;

/**
 * The one column headed by a year as plan ("VZÄ Plan 2025", a bare "VZÄ 2026") when every other number column is
 * an Ist dated within that year ("Ist 30.06.2025", "Ist 03/2026", "Ist 30.06."); else undefined.
 */
export function planColumnBesideInYearIst(cols: number[], headOf: (c: number) => string | undefined): number | undefined {
  const read = cols.map((c) => {
    const head = headOf(c) ?? "";
    return { head, ...readColumn(head) };
  });
  const plans = cols.filter((_, i) => read[i].year !== undefined && (read[i].kind === "plan" || read[i].kind === "vzae"));
  if (plans.length !== 1) return undefined;
  const year = read[cols.indexOf(plans[0])].year;
  const inYear = (r: (typeof read)[number]) => {
    if (r.kind !== "ist") return false;
    if (r.year !== undefined) return r.asOf && r.year === year;
    const day = DAY_IN_YEAR.exec(r.head);
    return day !== null && !(day[1] === "31" && day[2] === "12");
  };
  const others = read.filter((_, i) => cols[i] !== plans[0]);
  return others.length > 0 && others.every(inYear) ? plans[0] : undefined;
}
