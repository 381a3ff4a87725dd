// A date written as what it dates: "Mittelzuteilung vom", "Zuteilung erteilt am" end with the preposition of a date,
// so the label reads "Stand der Mittelzuteilung"; "Datum Zuweisungsschreiben", "Zuteilungsbescheid vom" name the
// letter or notice that carries the allocation, whose date is the allocation's date (the document word names nothing).

/** The label with a trailing date preposition read as the date word ("Mittelzuteilung vom" → "… Stand"). */
export function withTrailingDateWord(text: string): string {
  return /\s(vom|am)\s*:?\s*$/iu.test(text) ? `${text.replace(/\s*:?\s*$/u, "")} Stand` : text;
}
