// A target negotiated with the Regionaldirektion shows each party's proposal beside the result:
// "Zielwert RD | eigener Zielwert | vereinbart". The agreed column is the plan; the proposals are not. So of
// several numbers of one row for one figure, the one under an "agreed" head wins when every other one stands
// under a head naming whose proposal it is.
import { fold } from "./normalize";

const AGREED = /\b(vereinbart\w*|zielvereinbarung\w*|abgestimmt\w*)\b/;
const NOT = /\b(nicht|noch nicht|offen)\b/;
const PROPOSAL = /\b(rd|regionaldirektion|eigen\w*|vorschlag\w*|vorgeschlagen\w*|angebot\w*|angeboten\w*|jc|jobcenter|traeger\w*|zentrale|bmas)\b/;

const agreed = (header: string | undefined) => header !== undefined && AGREED.test(fold(header)) && !NOT.test(fold(header));
const proposal = (header: string | undefined) => header !== undefined && PROPOSAL.test(fold(header)) && !agreed(header);

/** The one value under an "agreed" head when all others are proposals; else all of them. */
export function agreedOnly<T extends { header?: string }>(found: T[]): T[] {
  if (found.length < 2) return found;
  const chosen = found.filter((f) => agreed(f.header));
  return chosen.length === 1 && found.every((f) => f === chosen[0] || proposal(f.header)) ? chosen : found;
}
