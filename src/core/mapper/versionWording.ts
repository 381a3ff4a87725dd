// A programme changes while it is made: a first draft, a version after the target agreement, "alt | neu".
// - A date label qualified by the version it dates ("Fassung nach Zielvereinbarung, Stand", "Stand (neu)", "Stand
//   final") is the date word itself; "abgestimmt am", "vereinbart am", "Beschluss der TV vom" date the agreed
//   version, so the programme (read as "Stand"). Only taken when the rest reads as a date figure (./matchLabel.ts). "letzte Änderung", "zuletzt
//   geändert" date the file: read as the Stand, sure only on the programme's own sheet (./lastChangeDate.ts).
// - A label naming a draft or an old version ("Erstentwurf vom", "Planeintritte laut Erstentwurf", "Stand (alt)")
//   is no rival to one that does not: the final or agreed version is the programme's figure. Alone it stays.
import type { Candidate } from "./candidate";
import { fold } from "./normalize";
import { lastChangeAsStand } from "./lastChangeDate";

/** Words saying which version a date belongs to (folded text): they name no other figure ("Stand 1. Nachtrag": an
 * amendment is the programme's latest version). */
const VERSION_QUALIFIER =
  /\b(fassung|version)?\s*(nach|gem|gemaess|lt|laut)\s+(der\s+)?(zielvereinbarung\w*|zv|zielvereinbarungsgespraech\w*|abstimmung\w*|einigung)(\s+mit\s+(der|dem|den)\s+\w+)?\b|\b(neu|final|endgueltig|aktuell\w*|abgestimmt\w*|vereinbart\w*)\b|\bfassung\b|\b(\d+\s+)?nachtrag(s|es)?\b/g;

/** A date label for an agreed or the latest version, read as the date word ("abgestimmt am" → "Stand"). */
// "Beschluss der TV vom", "TV-Beschluss vom", "beschlossen durch die Trägerversammlung am": the decision dates the
// programme ("unterzeichnet durch GF am" dates a signature after the Stand: only the bare "unterzeichnet am").
const AGREED_DATE =
  /^(final\s+)?(abgestimmt|vereinbart|unterzeichnet|(beschlossen|verabschiedet)(\s+(durch|von)(\s+(der|dem|die|den))?\s+\w+)?|(\w+\s+)?beschluss(\s+(der|des|dem)\s+\w+)?)\s+(am|vom)$/;

/** Whether a label dates a decision or agreement ("Beschluss der TV vom", "abgestimmt am"), not a Stand itself. */
export const namesAgreedDate = (text: string): boolean => AGREED_DATE.test(fold(text).replace(/[(),:;.]/g, " ").replace(/\s+/g, " ").trim());

/**
 * The date word a version-qualified date label stands for ("Fassung nach Zielvereinbarung, Stand" → "Stand"), or
 * undefined when the label has no such qualifier or keeps no date word without it.
 */
export function withoutVersionQualifier(text: string): string | undefined {
  const folded = fold(text).replace(/[(),:;.]/g, " ").replace(/\s+/g, " ").trim();
  if (AGREED_DATE.test(folded)) return "Stand";
  const lastChange = lastChangeAsStand(folded);
  if (lastChange) return lastChange;
  if (!/\bstand\b/.test(folded)) return undefined;
  const rest = folded.replace(VERSION_QUALIFIER, " ").replace(/\s+/g, " ").trim();
  return rest !== folded && rest !== "" ? rest : undefined;
}

/** A draft, a proposal or an old version (folded): "Erstentwurf", "Entwurf Okt.", "alt", "überholt", "vorherige Fassung". */
const SUPERSEDED = /\b(\w*entwurf\w*|alt|alte\w?|ueberholt\w*|vorherig\w*|vorlaeufig\w* fassung|vorversion\w*|frueher\w* fassung|urspruenglich\w*)\b/;
/** … unless the label names the final or agreed version too ("Entwurf, final abgestimmt"). */
const FINAL = /\b(final\w*|endgueltig\w*|abgestimmt\w*|vereinbart\w*|zielvereinbarung\w*|zv|beschlossen\w*|aktuell\w*|neu)\b/;

/** Whether a label names a draft or an old version of the figure, not the final one. */
export function namesSuperseded(label: string): boolean {
  const f = fold(label);
  return SUPERSEDED.test(f) && !FINAL.test(f);
}

/** Candidates labelled as a draft or old version are no rival to ones that are not (alone they stay). */
export function withoutSupersededLabels(pool: Candidate[]): Candidate[] {
  const current = pool.filter((c) => !namesSuperseded(c.label));
  return current.length > 0 && current.length < pool.length ? current : pool;
}
