// A weak year label ("Berichtsjahr", "Jahr") outside the key data is only low by itself: on a report's cover sheet
// it may name the planning year or a year reported on. When the workbook's Plan/Soll/Ziel headers name that same
// year and no other cell is proposed for it, the two agree: the cell is the planning year.
import type { Candidate } from "./candidate";
import type { PlanYear } from "./planYear";

/** The candidates with the weak-label low lifted from a lone AIP_Planjahr whose value the plan headers confirm. */
export function confirmWeakPlanYear(candidates: Candidate[], planYear: PlanYear | undefined): Candidate[] {
  if (!planYear?.byPlanHeaders) return candidates;
  const years = candidates.filter((c) => c.name === "AIP_Planjahr");
  if (years.length !== 1) return candidates;
  const [only] = years;
  if (only.value !== planYear.year || !only.lows.some((l) => l.weakLabel)) return candidates;
  const lifted: Candidate = { ...only, lows: only.lows.filter((l) => !l.weakLabel) };
  return candidates.map((c) => (c === only ? lifted : c));
}
