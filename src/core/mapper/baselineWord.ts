// "Status Ausgangswerte", "Ausgangswert (Prognose)": in a target agreement the Ausgangswert is the base the target is
// set from, the previous year's value; without a year of its own the word gives that role (with a year, the year
// decides as for any head, ./roles.ts).
import { yearsIn } from "./normalize";

const BASELINE_VALUE = /\bausgangswert\w*\b/;

/** Whether a folded label or head names the baseline values without a year. */
export const namesBaselineValues = (folded: string): boolean => BASELINE_VALUE.test(folded) && yearsIn(folded).length === 0;
