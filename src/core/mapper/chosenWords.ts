// The one vocabulary of a column, version or sheet marked as the chosen one among alternatives: "final",
// "endgültig", "beschlossen", "TV-Beschluss", "gewählt", "verabschiedet", "vereinbart", "abgestimmt", "maßgeblich",
// "gültige Fassung". Read by ./agreedColumn.ts, ./versionColumns.ts and ./variantColumns.ts. "nicht mehr gültig",
// "noch nicht beschlossen", "offen" deny it; "Beschlussvorlage" is a proposal.
const CHOSEN =
  /\b(final\w*|endgueltig\w*|beschlossen\w*|beschluss|gewaehlt\w*|verabschiedet\w*|vereinbart\w*|abgestimmt\w*|zielvereinbarung\w*|massgeblich\w*|gueltig\w*)\b/;
const NOT_CHOSEN = /\b(nicht|offen|ersetzt\w*)\b/;

/** Whether a folded head names its column as the chosen one ("noch nicht beschlossen" too: see namesNotChosen). */
export function namesChosen(folded: string): boolean {
  return CHOSEN.test(folded);
}

/** Whether a folded head denies the choice ("nicht mehr gültig", "noch nicht beschlossen", "offen", "ersetzt"). */
export function namesNotChosen(folded: string): boolean {
  return NOT_CHOSEN.test(folded);
}
