// "Anteil LZB am eLb-Bestand | 59,5 %" over "dgl. Vorvorjahr | 62,8 %": "dgl." (dergleichen), "desgl.", "dito",
// "do." and "ebenso" say "the same as above": the row's label is the label right above it with the words after the
// ditto mark ("the same, the year before last"). A ditto mark alone, or with nothing above, stays as written.
const DITTO = /^(?:dgl|desgl|dto|do|dito|ditto|ebenso|ebenfalls|wie vor)(?:\.|(?=\s)|$)\s*(.*)$/iu;

/** The label a ditto cell stands for, given the text right above it; the text itself when it is no ditto. */
export function dittoText(text: string, above: string | undefined): string {
  if (above === undefined || text.length > 60 || !/^[dDeEwW]/.test(text)) return text;
  const m = DITTO.exec(text);
  if (!m || m[1].trim() === "" || DITTO.test(above)) return text;
  return `${above} ${m[1].trim()}`;
}
