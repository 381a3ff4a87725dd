// "Anteil LZB | an allen eLb", "Quote | bezogen auf eLb": a detail opening with the preposition of a share's base
// names what the topic's share is taken of, no figure of its own ("an allen eLb" is no eLb stock).
import { fold } from "./normalize";

const BASE_OPENING = /^(an|am|an allen|von allen|gemessen an|bezogen auf|in bezug auf|im verhaeltnis zu|je|pro)\b/;

/** Whether a label detail is only the base of the share its topic names. */
export function isShareBaseDetail(detail: string): boolean {
  return BASE_OPENING.test(fold(detail).trim());
}
