// A year column of a time series ("2021 | 2022 | 2023 | Plan 2024 | Prognose 2025"): a bare year names the
// planning year's or the previous year's value (../roles.ts roleOf), and any other bare year an older result or
// a later year, which is no figure the programme maps. Without this an older year's column stays without a role,
// and a row of several such numbers reads as "which one is meant?" instead of the previous year's column.
import { readColumn } from "../columnRoles";
import { fold, yearsIn } from "./normalize";
import type { RoleOrNone } from "./roles";

/** What may stand beside a bare year in its header: an average mark ("Ø 2021", "JD 2022", "Jahr 2021"). */
const AVERAGE_WORDS = /\b(o|ø|jd|jdw|jahr|jahresdurchschnitt|durchschnitt|jahreswert)\b/g;

/**
 * "none" for a header that is only a year other than the planning year and the one before, in a header row that
 * reaches the planning year ("Plan 2024", "Ziel 2025", a bare planning year beside it); undefined otherwise (a
 * word such as Ist, Plan or Prognose decides through roleOf, a date through the as-of reading of a stock). Without a
 * planning-year column ("Merkmal | 2022 | 2023") the row may be the customer structure, whose latest year reported
 * is current however old it is (./context.ts latestYearRoles), so an older year says nothing there.
 */
export function bareYearRole(text: string, planYear: number | undefined, rowReachesPlanYear: boolean): RoleOrNone | undefined {
  if (planYear === undefined || !rowReachesPlanYear) return undefined;
  const c = readColumn(text);
  if (c.kind !== undefined || c.year === undefined || c.asOf) return undefined;
  const folded = fold(text);
  if (yearsIn(folded).length !== 1) return undefined;
  const rest = folded.replace(/\b(19|20)\d\d\b/g, " ").replace(AVERAGE_WORDS, " ").replace(/[^a-z0-9]+/g, "");
  if (rest !== "") return undefined;
  return c.year === planYear || c.year === planYear - 1 ? undefined : "none";
}
