// A staff table "Bereich | VZÄ Soll 2026 | VZÄ Ist 30.09.2025": the programme plans its staff, so of one plan
// column of a year beside Ist columns of an earlier year or date the plan column holds the table's figures.
// Undated "VZÄ Plan | VZÄ Ist" may compare one year's Soll and Ist: that stays for the user to decide; undated
// "VJ (VZÄ) | PJ (VZÄ)" does not, its words name two years (Vorjahr, Planjahr).
import { readColumn } from "../columnRoles";
import { fold } from "./normalize";

/** Heads naming the year relative to the programme: the planning year ("PJ", "Planjahr"), the previous year ("VJ", "Vorjahr"). */
const PLAN_YEAR_WORD = /\b(pj|planjahr\w*)\b/;
const PREVIOUS_YEAR_WORD = /\b(vj|vorjahr\w*)\b/;

/** The year a head names: read by the column words, else the latest year in it (a date "30.09.2025", "31.12.23"). */
const yearOf = (head: string, read: number | undefined) => {
  if (read !== undefined) return read;
  const years = (head.match(/\b(19|20)\d\d\b/g) ?? []).map(Number);
  // A date with a two-digit year ("Ist 31.12.23") names that year as well.
  for (const m of head.matchAll(/\b\d{1,2}\.\d{1,2}\.(\d\d)\b/g)) years.push(2000 + Number(m[1]));
  return years.length ? Math.max(...years) : undefined;
};

/** The one plan column when every other number column is an Ist column; else undefined. */
export function planColumnBesideIst(cols: number[], headOf: (c: number) => string | undefined): number | undefined {
  const read = cols.map((c) => {
    const head = headOf(c) ?? "";
    const r = readColumn(head);
    return { kind: r.kind, year: yearOf(head, r.year) };
  });
  const plans = cols.filter((_, i) => read[i].kind === "plan");
  if (plans.length !== 1 || !read.every((r) => r.kind === "plan" || r.kind === "ist")) return undefined;
  const planYear = read[cols.indexOf(plans[0])].year;
  const heads = cols.map((c) => fold(headOf(c) ?? ""));
  if (planYear === undefined) {
    const byWords = PLAN_YEAR_WORD.test(heads[cols.indexOf(plans[0])]) && cols.every((c, i) => c === plans[0] || PREVIOUS_YEAR_WORD.test(heads[i]));
    return byWords ? plans[0] : undefined;
  }
  return read.every((r) => r.kind === "plan" || (r.year !== undefined && r.year < planYear)) ? plans[0] : undefined;
}

/**
 * "Stellen 2025 (VZÄ) | Stellen 2024 (VZÄ) | besetzt 30.06.2024 (VZÄ)" in a 2025 programme: without a plan word,
 * the one column of the planning year beside columns of earlier years or dates is the plan all the same (a bare
 * year heads its year's column, ./yearColumns.ts). Undefined when no planning year is known, when two columns
 * name it, or when any column names a later year or no year.
 */
export function planYearColumnBesideEarlier(cols: number[], headOf: (c: number) => string | undefined, planYear: number | undefined): number | undefined {
  if (planYear === undefined) return undefined;
  const read = cols.map((c) => {
    const head = headOf(c) ?? "";
    const r = readColumn(head);
    return { kind: r.kind, year: yearOf(head, r.year) };
  });
  // Only year and unit words: a head naming another kind (a share, a change, a total) is no year's column.
  if (!read.every((r) => r.kind === undefined || r.kind === "vzae" || r.kind === "ist")) return undefined;
  const own = cols.filter((_, i) => read[i].year === planYear && read[i].kind !== "ist");
  if (own.length !== 1) return undefined;
  return read.every((r, i) => cols[i] === own[0] || (r.year !== undefined && r.year < planYear)) ? own[0] : undefined;
}
