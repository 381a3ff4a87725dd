// A label numbered by its place in the outline ("1.1 Verwaltungshaushalt", "1.1 a) Bundesanteil", "3.10 Reha",
// "b) Vorbindungen", "f1) 1 Person") names its figure by the words after the number: the number is no running number of a
// monitoring row ("Zugänge 12") nor part of the figure. A bare count before a noun ("1 Person", "3 Personen und
// mehr") is no outline number and stays.
// A section letter may lead the number ("E1.2 Männer", "B1.1 davon EinglMV", "P2.3 Leistung": the Zielvereinbarung's
// Kennzahl and Ergänzungsgröße codes, a form's parts); a code without a dot ("K2", "U25") is a word of its own.
const OUTLINE = /^\s*(?:[a-z]{0,2}\d{1,2}(?:\.\d{1,2})+\.?(?:\s*[a-z]\))?|[a-z]\d{0,2}\))\s+(?=\S)/i;

/** The label text without a leading outline number ("1.1 a) "); unchanged when it has none. */
export function withoutOutlineNumber(text: string): string {
  return text.replace(OUTLINE, "");
}
