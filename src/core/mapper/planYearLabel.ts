// Budget rows dated in their labels ("Verwaltungshaushalt 2025" over "Verwaltungshaushalt 2024 (Ist)"): the row of
// the planning year is the programme's budget, a row of another year its comparison, no rival. So is a row dated
// with another year's Ist that its label points to ("Ausgaben EGT 2023 (Ist)" in a 2024 workbook)
// beside a clean undated row ("verfügbares Eingliederungsbudget"): the undated one is this year's budget. A row
// dated by the word "Vorjahr" ("1.3 Eingliederungsbudget Vorjahr (Ist) | … | nachrichtlich") is as dated.
import { namesIst } from "../columnRoles";
import type { Candidate } from "./candidate";

const YEAR = /\b(?:19|20)\d\d\b/g;
const yearsOf = (label: string) => [...label.matchAll(YEAR)].map((m) => Number(m[0]));
/** "Vorjahr", "VJ", "Vorjahres…": the label names the previous year in words. */
const PREVIOUS_YEAR_WORD = /(?<!\p{L})(?:vorjahr\p{L}*|vj)(?!\p{L})/iu;
const namesLastYear = (c: Candidate) => PREVIOUS_YEAR_WORD.test(c.label) && c.lows.some((l) => l.id === "jahr");

/** The pool without budget rows dated only with other years, when rows dated with the planning year are there. */
export function preferPlanYearLabels(name: string, pool: Candidate[], planYear: number | undefined): Candidate[] {
  if (!name.startsWith("BUD_") || planYear === undefined || pool.length < 2) return pool;
  const years = new Map(pool.map((c) => [c, yearsOf(c.label)]));
  const planned = pool.filter((c) => years.get(c)!.includes(planYear));
  const other = pool.filter((c) => years.get(c)!.length > 0 && !years.get(c)!.includes(planYear));
  if (planned.length > 0) return planned.length + other.length === pool.length ? planned : pool;
  const undated = pool.filter((c) => years.get(c)!.length === 0 && !namesLastYear(c));
  const clean = undated.filter((c) => c.lows.length === 0);
  // Only an Ist: a bare "Verwaltungskostenbudget 2024" may be what the undated row continues, so it stays a rival.
  const elsewhere = [...other.filter((c) => namesIst(c.label) && c.lows.some((l) => l.id === "jahr")), ...pool.filter((c) => years.get(c)!.length === 0 && namesLastYear(c))];
  return clean.length > 0 && undated.length + elsewhere.length === pool.length ? undated : pool;
}
