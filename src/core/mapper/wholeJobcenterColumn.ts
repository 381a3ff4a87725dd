// A targets table split by teams or locations with the Jobcenter's column beside them ("Team U25 | Team Ü25 Nord |
// … | Jobcenter gesamt | Vorjahr JC"): the figure is the Jobcenter's, so its total column holds it and the team or
// location columns are its parts, not rival values of which the first would be taken.
import { COLUMN_WORDS } from "../columnRoles";
import { fold } from "./normalize";
import { namesJobcenterTotal } from "./totalGroupHead";

/** A head that is only the whole Jobcenter: "Jobcenter gesamt", "JC insgesamt", "Gesamt JC", a bare "Gesamt" or "JC"
 *  (the words of the Jobcenter's total are `namesJobcenterTotal`'s, ./totalGroupHead.ts; here the head holds nothing else). */
const BARE_WHOLE = /^(gesamt|insgesamt|summe|jobcenter|jc)$/;
const isWholeHead = (h: string) => BARE_WHOLE.test(h) || (namesJobcenterTotal(h) && /^((jobcenter|jc|summe|gesamt|insgesamt) ?)+$/.test(h));
/** A head naming a part: a team, an area, a location ("Team U25", "Bereich Leistung", "Standort Nord", "U25"). */
const PART_HEAD = /\b(team\w*|bereich\w*|abteilung\w*|sachgebiet\w*|u ?25|ue ?25|ueber ?25|reha\w*)\b/;

const isPart = (head: string | undefined) => {
  const h = fold(head ?? "");
  return h !== "" && !isWholeHead(h) && (PART_HEAD.test(h) || COLUMN_WORDS.location.test(h));
};

/** Of several values in a row, the one under the Jobcenter's total head when every other one stands under a part's head. */
export function wholeJobcenterOnly<T extends { header?: string }>(found: T[]): T[] {
  if (found.length < 2) return found;
  const whole = found.filter((f) => isWholeHead(fold(f.header ?? "")));
  return whole.length === 1 && found.every((f) => f === whole[0] || isPart(f.header)) ? whole : found;
}
