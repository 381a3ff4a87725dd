// In-year execution beside the plan: "Soll 2025 | gebunden/ausgegeben bis 30.04.2025 | Ausschöpfung" in a 2025
// workbook. What is bound, spent or used up so far in the planning year is its Ist in the course of the year,
// never the plan (the plan is the Soll beside it), nor the previous year; nor is what is left of it ("noch verfügbar"). The words: ./inYearWords.ts.
import { COLUMN_WORDS, readColumn } from "../columnRoles";
import { EXECUTION, REMAINDER, UP_TO } from "./inYearWords";
import { fold, yearsIn } from "./normalize";
import type { RoleOrNone } from "./roles";

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
