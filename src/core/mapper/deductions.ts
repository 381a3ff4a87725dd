// A move between two budgets shows twice: "davon Umschichtung aus dem Eingliederungstitel | 2.351.000" in the
// administrative budget and "abzgl. Umschichtung in den Verwaltungshaushalt | −2.351.000" under the
// Eingliederungstitel. The deduction is the same amount seen from the giving budget: no rival to the amount.
import type { Candidate } from "./candidate";
import { fold } from "./normalize";

/** "abzgl.", "abzüglich", "./.", "minus", "-" leading a label: the row is subtracted from the one above. */
const DEDUCTION = /^\s*(abzgl\b|abzueglich\b|\.\/\.|minus\b|[-–]\s)/;
/** The raw label: folding drops the punctuation of "./." and "– ". */
export const leadsWithDeduction = (label: string): boolean => DEDUCTION.test(label.trim().toLowerCase().replace(/ü/g, "ue"));

// So is a move INTO the administrative budget typed negative under the giving budget ("Umschichtung in den
// Verwaltungskostentitel | −1.905.000", "Umschichtung → VWT"): the receiving budget's amount is the positive one.
const INTO_ADMINISTRATION = /(\b(in den|in die|in das|zum|zur|an den|an die|zugunsten( des| der)?|nach)|→|->|>)\s*(verwaltung\w*|vwt|vkt|vwh|vh|vkb)\b/;
const movesIntoAdministration = (label: string) => INTO_ADMINISTRATION.test(label.toLowerCase().replace(/ü/g, "ue").replace(/ä/g, "ae").replace(/ö/g, "oe"));

// A reallocation typed negative whatever its words ("Umschichtung EGT→VWB | −980,0" in the EGT's rows, "Umschichtung"
// under the EGT's columns) is the outflow: the same move's positive amount is the receiving budget's inflow.
const namesReallocation = (label: string) => /umschicht/.test(fold(label));

const isDeduction = (c: Candidate, amounts: ReadonlySet<number>) =>
  (leadsWithDeduction(c.label) || movesIntoAdministration(c.label) || namesReallocation(c.label)) && typeof c.value === "number" && c.value < 0 && amounts.has(-c.value);

/** The pool without deduction rows that mirror (same amount, negative) another candidate of the pool. */
export function withoutDeductions(pool: Candidate[]): Candidate[] {
  if (pool.length < 2) return pool;
  const amounts = new Set(pool.map((c) => c.value).filter((v): v is number => typeof v === "number" && v > 0));
  const kept = pool.filter((c) => !isDeduction(c, amounts));
  return kept.length > 0 ? kept : pool;
}
