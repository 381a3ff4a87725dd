// "Soll 2025 | gebunden 31.10. | Bindungsquote": money bound up to a day of the running year is its execution, no
// Vorbindungen (what earlier years already bound of this year's budget, named with "Vor-" or its origin). A day of
// an earlier year ("gebunden 31.12.2024" in 2025) is when the Vorbindungen were counted: not read here.
import { fold } from "./normalize";
import { EXECUTION, SO_FAR_YEAR } from "./inYearWords";

/** A day with or without its year ("31.10.", "30.9", "31.10.2025"), on the unfolded text. */
const DAY = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.?((?:19|20)\d\d)?(?![\d.])/;
/** Where a binding comes from: earlier years, the previous year, a commitment authority. */
const FROM_EARLIER = /\b(vor\w*bindung\w*|vorbelast\w*|vorjahr\w*|vj|aus \d{4}|altjahr\w*|verpflichtungsermaechtigung\w*|ve)\b/;

/**
 * Whether a head names the running year's bindings: a binding word ("gebunden", "Bindungen") dated at a day of the
 * year without a year or of the planning year, or marked as the year so far ("lfd. Jahr", "bisher"), and no word
 * of earlier years' origin.
 */
export function isRunningYearBinding(head: string, planYear: number | undefined): boolean {
  const f = fold(head);
  if (!EXECUTION.test(f) || FROM_EARLIER.test(f)) return false;
  const day = DAY.exec(head);
  if (day && (day[3] === undefined || (planYear !== undefined && Number(day[3]) === planYear))) return true;
  return SO_FAR_YEAR.test(f);
}
