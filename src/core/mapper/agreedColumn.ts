// A target negotiated with the Regionaldirektion shows each party's proposal beside the result:
// "Zielwert RD | eigener Zielwert | vereinbart". The agreed column is the plan; the proposals are not. So of
// several numbers of one row for one figure, the one under an "agreed" head wins when every other one stands
// under a head naming whose proposal it is. Without an "agreed" head, a plain target head ("Ziel 2025",
// "Plan 2025") beside columns headed as proposals ("Vorschlag RD 2025", "Angebot JC") is the workbook's own
// target: a proposal is not the target, so the one plain target column wins.
import { namesChosen } from "./chosenWords";
import { fold } from "./normalize";

const NOT = /\b(nicht|noch nicht|offen)\b/;
const PROPOSAL = /\b(rd|regionaldirektion|eigen\w*|vorschlag\w*|vorgeschlagen\w*|angebot\w*|angeboten\w*|jc|jobcenter|traeger\w*|zentrale|bmas)\b/;

/** The head says outright that its column is a proposal or an offer ("Zielvorschlag" too), not only whose it is. */
const PROPOSAL_WORD = /(vorschlag|vorgeschlagen|angebot|angeboten)/;
/** A bare target head ("Ziel 2025", "Plan", "Zielwert 2026"): one that qualifies it ("Ziel nach Nachsteuerung") may be a rival target. */
const TARGET = /^(ziel|zielwert|plan|planwert|soll)(\s+(19|20)\d\d)?$/;

// "vereinbart", "abgestimmt", "beschlossen", "final": the one vocabulary of a chosen column (./chosenWords.ts).
const agreed = (header: string | undefined) => header !== undefined && namesChosen(fold(header)) && !NOT.test(fold(header));
const proposal = (header: string | undefined) => header !== undefined && PROPOSAL.test(fold(header)) && !agreed(header);

const namedProposal = (header: string | undefined) => header !== undefined && PROPOSAL_WORD.test(fold(header)) && !agreed(header);
const plainTarget = (header: string | undefined) => header !== undefined && TARGET.test(fold(header).trim());

/** The one value under an "agreed" head when all others are proposals, or under a plain target head when all others are named proposals; else all of them. */
export function agreedOnly<T extends { header?: string }>(found: T[]): T[] {
  if (found.length < 2) return found;
  const chosen = found.filter((f) => agreed(f.header));
  if (chosen.length === 1 && found.every((f) => f === chosen[0] || proposal(f.header))) return chosen;
  const target = found.filter((f) => plainTarget(f.header));
  return chosen.length === 0 && target.length === 1 && found.every((f) => f === target[0] || namedProposal(f.header)) ? target : found;
}
