// FOE_Eintritte_Plan is by its nature a memo of the first listing ("Planeintritte laut erster Aufstellung"): the
// entries the programme's text stated when it was first drawn up, kept beside the Förderung table so the check can
// compare them with its plan total. A label naming that first listing ("nachrichtlich: Planeintritte laut erster
// Aufstellung (Entwurf 10/2025)") says exactly this figure: its memo, draft and "erste" words and the draft's date
// raise no doubt. Without the words "erste Aufstellung" a memo or draft label stays low ("nachrichtlich:
// Planeintritte (Entwurf)" may be any earlier version).
import { FOREIGN_COST, UNKNOWN_COST, type Score } from "./match";
import { fold } from "./normalize";

const ENTRIES = "FOE_Eintritte_Plan";
/** The first listing itself (folded): "erste Aufstellung", "ersten Aufstellung", "Erstaufstellung". */
const FIRST_LISTING = /\b(erst\w* aufstellung|erstaufstellung)\b/;
/** Words that only say it is that memo of the first, draft listing (folded tokens). */
const MEMO_WORDS = /^(nachrichtlich|nachrichtl|nachr|erste|erster|ersten|erstes|entwurf\w*|laut|lt|gem|gemaess|vom|stand|\d{1,2}|\d{4}|\d{1,2} \d{4})$/;

/** Whether a planned-entries label names the first listing, so its memo and draft words raise no doubt. */
export function namesFirstListing(names: readonly string[], label: string): boolean {
  return names.includes(ENTRIES) && FIRST_LISTING.test(fold(label));
}

/** The score without the memo and draft words of a first-listing label (`names` the spec's figures). */
export function withoutMemoWords(names: readonly string[], label: string, score: Score | undefined): Score | undefined {
  if (!score || !namesFirstListing(names, label)) return score;
  const keep = (w: string) => !MEMO_WORDS.test(fold(w));
  const unknown = score.unknown.filter(keep);
  const foreign = score.foreign.filter(keep);
  return { score: Math.max(0, 1 - UNKNOWN_COST * unknown.length - FOREIGN_COST * foreign.length), unknown, foreign };
}
