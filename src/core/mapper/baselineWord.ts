// "Status Ausgangswerte", "Ausgangswert (Prognose)": in a target agreement the Ausgangswert is the base the target is
// set from, the previous year's value; without a year of its own the word gives that role (with a year, the year
// decides as for any head, ./roles.ts).
import { yearsIn } from "./normalize";

const BASELINE_VALUE = /\bausgangswert\w*\b/;
// "Ausgangswerte (Zuteilung lt. EinglMV-Entwurf)": the budget's starting amounts are the allocation of the planning
// year, no previous year's values.
const ALLOCATION = /\b(zuteilung|zuweisung|mittelzuweisung|zugeteilt|zugewiesen|orientierungswert)\w*/;

/** Whether a folded label or head names the baseline values without a year (and no allocation). */
export const namesBaselineValues = (folded: string): boolean => BASELINE_VALUE.test(folded) && yearsIn(folded).length === 0 && !ALLOCATION.test(folded);
