// A German compound means what its last part means: "Bearbeitungsstand", "Planungsstand", "Erstellungsdatum",
// "Berichtsdatum" are dates although their first part is no vocabulary word. Read only for the date words,
// whose figure (AIP_Stand) needs an Excel date as its value anyway, and only with the linking "s" before
// "stand": "Bestand", "Personalstand", "Vorstand", "Zustand" are no dates.
const DATE_HEAD = /^[a-z]{4,}(s(stand)|(datum))$/;

/** The concepts of an unknown compound read by its head word, or null. */
export function headWordConcepts(word: string): string[] | null {
  return DATE_HEAD.test(word) ? ["stand"] : null;
}
