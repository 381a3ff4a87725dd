// "Wir schichten 950.000 € aus dem Eingliederungstitel in den Verwaltungshaushalt um.": German splits the verb
// "umschichten" in a main clause, its particle "um" closing the sentence. A reader reads the move
// ("Umschichtung"); read as that word. "schichten" without the closing "um" ("Schichtdienst") stays as written.
const SPLIT_MOVE = /\bschicht(?:e|en|et|ete|eten)\b(.*)\bum[.!]?\s*$/;

/** A folded label with a split "schichten … um" read as "umschichtung". */
export function readSeparableVerb(t: string): string {
  if (!t.includes("schicht") || !/ um[.!]?\s*$/.test(t)) return t;
  return t.replace(SPLIT_MOVE, "umschichtung$1");
}
