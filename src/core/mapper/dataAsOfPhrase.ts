// "Stand der Daten", "Datum der Zahlen", "Stand der Werte": the compound "Datenstand" spelled out as a phrase reads
// as that word (which figure it dates then follows from where it stands, as for "Datenstand").
const SPELLED = /\b(stand|datum) der (daten|zahlen|werte)\b/gi;

/** The label with a spelled-out "Datenstand" read as the compound. */
export function withDataAsOfWord(text: string): string {
  return text.replace(SPELLED, "Datenstand");
}
