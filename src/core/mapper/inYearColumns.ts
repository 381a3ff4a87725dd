// In-year execution beside the plan: "Soll 2025 | gebunden/ausgegeben bis 30.04.2025 | Ausschöpfung" in a 2025
// workbook. What is bound, spent or used up so far in the planning year is its Ist in the course of the year,
// never the plan (the plan is the Soll beside it), nor the previous year; nor is what is left of it ("noch verfügbar").
import { COLUMN_WORDS, readColumn } from "../columnRoles";
import { fold, yearsIn } from "./normalize";
import type { RoleOrNone } from "./roles";

/**
 * Words of spending or binding money so far (folded): gebunden, ausgegeben, verausgabt, verbraucht, Mittelabfluss,
 * Ausschöpfung; the year's own commitments ("Bindungen", "Mittelbindung", "Festlegungen", "Obligo"; not the
 * "Vorbindungen" carried over from earlier years, a budget figure of its own).
 */
const EXECUTION =
  /\b(gebunden\w*|ausgegeben\w*|verausgabt\w*|verbraucht\w*|\w*abfluss\w*|ausschoepf\w*|ausgeschoepft\w*|ausgaben bis\b|kassenwirksam\w*|bewirtschaftet\w*|(?<!\bvor[ -]?)(?!vor)\w*bindung(en)?\b|festlegung(en)?\b|festgelegt\w*|obligo\w*)/;
/** What is left of the plan after those ("noch verfügbar", "Restmittel", "verbleibend", "Rest"): no plan either. */
const REMAINDER = /\b(noch (verfuegbar|frei|offen)\w*|rest(mittel|betrag|budget)?|verbleibend\w*|restlich\w*)\b/;
/** "bis 30.04.2025", "bis 30.04.", "bis Ende April": a running total up to a point in the year. */
const UP_TO = /\bbis (\d{1,2}\.\d{1,2}\.|ende |einschl\w* |zum |(jan|feb|maerz|mrz|apr|mai|jun|jul|aug|sep|okt|nov|dez)\w*)/;

/**
 * "none" for a header naming money bound or spent so far, or a running total up to a day of the planning year,
 * without a plan word of its own ("Plan bis 30.06.", a half-year target, stays with roleOf); undefined otherwise.
 */
export function inYearRole(text: string, planYear: number | undefined): RoleOrNone | undefined {
  const f = fold(text);
  if (COLUMN_WORDS.plan.test(f) || COLUMN_WORDS.change.test(f)) return undefined;
  const years = yearsIn(f);
  // A running total up to a day of a year other than the planning year is that year's (roleOf decides).
  if (planYear !== undefined && years.length > 0 && !years.includes(planYear)) return undefined;
  if (EXECUTION.test(f) || REMAINDER.test(f)) return "none";
  return UP_TO.test(f) && readColumn(text).kind === undefined ? "none" : undefined;
}
