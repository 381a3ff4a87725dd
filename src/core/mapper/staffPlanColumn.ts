// Staff tables set several counts side by side: the posts of the Stellenplan, the target of the Personalbemessung
// (Soll), the actual staff (Ist) and the programme's planned capacity ("VZÄ (Plan AIP)", "Köpfe lt. Planung").
// The programme's staff figures are its plan: a candidate labelled as the AIP's or the planning's wins over the
// others, and without one a plain label ("VZÄ gesamt") wins over counts qualified as posts or target.
import type { Candidate } from "./candidate";
import { fold } from "./normalize";

// A bare "Plan" beside "Ist" stays open (two VZÄ columns, ./heldOut8Causes2.test.ts): only the programme or its planning counts.
const PROGRAMME_PLAN = /(\baip\b|\bplanung\b|\bprogramm\w*)/;
// Posts of the Stellenplan, the Bemessung's target and the filled posts; "Stellen in VZÄ" alone names the staff.
const OTHER_COUNT = /(stellenplan|\bsoll\b|soll-|bemessung|\bbesetzt\w*)/;

const isStaffName = (name: string) => name === "PER_VZAE_Gesamt" || name === "PER_Beschaeftigte";
/** "Stellen laut Stellenplan" names no plan of the programme: its "plan" is part of the word Stellenplan. */
const plansProgramme = (label: string) => PROGRAMME_PLAN.test(label.replace(/stellenplan\w*/g, " "));

/** The pool narrowed to the programme's planned staff figure, when the labels tell it from posts, targets and actuals. */
export function preferProgrammeStaff(name: string, pool: Candidate[]): Candidate[] {
  if (!isStaffName(name) || pool.length < 2) return pool;
  const labels = new Map(pool.map((c) => [c, fold(c.label)]));
  const planned = pool.filter((c) => plansProgramme(labels.get(c)!) && !OTHER_COUNT.test(labels.get(c)!));
  if (planned.length > 0 && planned.length < pool.length) return planned;
  const plain = pool.filter((c) => !OTHER_COUNT.test(labels.get(c)!));
  return plain.length > 0 && plain.length < pool.length ? plain : pool;
}
