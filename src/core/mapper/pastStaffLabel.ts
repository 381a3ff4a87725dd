// "Vorjahr (Ist 31.12.2024): Köpfe", "Beschäftigte Ist 2024", "VZÄ VJ" below a staff plan: a label naming the
// previous year or an Ist count states last year's staff, not the programme's planned staff. Such a candidate is
// never sure and no rival to the plan table's figures (its total row is a fallback, yet the figure meant).
import type { Candidate, Low } from "./candidate";
import { fold } from "./normalize";

const STAFF_NAMES = new Set(["PER_Beschaeftigte", "PER_VZAE_Gesamt"]);
/** The previous year's or an Ist word; "Ist-Stand" too. "Soll/Ist" comparisons name both and stay open. */
const PAST_WORD = /\b(vorjahr\w*|vj|ist)\b/;
const PLAN_WORD = /\b(plan\w*|soll\w*|ziel\w*|geplant\w*)\b/;

/** The low of a staff candidate whose label names the previous year or the Ist, else undefined. */
export function pastStaffLow(c: Candidate): Low | undefined {
  if (!STAFF_NAMES.has(c.name)) return undefined;
  const label = fold(c.label);
  if (PLAN_WORD.test(label)) return undefined;
  // A bare date is the stock's as-of date ("Personalbestand (12/2023)" is the current count): only the words decide.
  if (!PAST_WORD.test(label)) return undefined;
  return { id: "jahr", text: `„${c.label}“ nennt das Vorjahr oder den Ist-Stand, nicht das geplante Personal des Programms.` };
}

/** The pool without last year's staff figures when another candidate remains. */
export function withoutPastStaff(pool: Candidate[]): Candidate[] {
  // A total under last year's section or sheet (./totalScope.ts) is last year's staff as well.
  const rest = pool.filter((c) => pastStaffLow(c) === undefined && !c.past);
  return rest.length > 0 && rest.length < pool.length ? rest : pool;
}
