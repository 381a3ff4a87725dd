// "Ausgangslage 2023 (vorauss.)", "Ausgangswerte 2024", "Basisjahr 2023": a section titled as the starting point of
// the plan with the year before the planning year holds that year's results, the base the targets are set from.
// Without a role word such a title would give no year, and a sheet named "Planung 2024" would make its rows targets.
import { yearsIn } from "./normalize";

const BASELINE = /\b(ausgangs(lage|werte?|basis|situation|jahr|daten|groessen?)|basis(jahr|werte?|daten)?|referenz(jahr|werte?))\b/;

/** The role a baseline title gives (folded text): the previous year when it names the year before the plan year. */
export function baselineRole(folded: string, planYear: number | undefined): "previous" | undefined {
  if (planYear === undefined || !BASELINE.test(folded)) return undefined;
  const years = yearsIn(folded);
  return years.length === 1 && years[0] === planYear - 1 ? "previous" : undefined;
}
