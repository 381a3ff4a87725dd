// "Zuteilung vom", "Mittelzuteilung am", "Bescheid über die Zuteilung vom:", "Zuteilung per": a label ending in a
// dating preposition announces the date of what it names, as "Stand der Zuteilung" does. Read as that date word only
// when the result is a date figure (AIP_Stand, BUD_Zuteilung_Stand, ZIE_VJ_Stand); "Umschichtung vom | 1.200.000"
// then fails the value's type. "Datum Zuweisungsschreiben", "Zuteilungsbescheid vom" name the letter or notice that
// carries the allocation, whose date is the allocation's (the document word names nothing: ./vocabulary.ts).

/** Ids of the label specs naming a date (./labels.ts). */
export const DATE_SPEC_IDS: ReadonlySet<string> = new Set(["stand", "zuteilung-stand", "vj-stand"]);

const TRAILING = /^(.*\p{L}.*?)\s+(vom|am|per|zum)\s*:?\s*$/iu;

/** "Zuteilung mitgeteilt am", "Bescheid eingegangen am": a participle of notice dates what it names, adds nothing. */
const NOTICE = /\s+(mitgeteilt|bekanntgegeben|bekannt gegeben|eingegangen|zugegangen|uebermittelt|übermittelt|erhalten)$/iu;

/** "Die Zuteilung erfolgte mit Schreiben vom": a sentence saying how it was made known dates what it names too. */
const MADE_BY_LETTER = /\s+(erfolgte|erfolgt|ist erfolgt)(\s+(mit|per|durch)\s+(dem\s+)?(schreiben|bescheid|erlass|e-?mail))?$/iu;
const LEADING_ARTICLE = /^(die|der|das)\s+/iu;

/** "Stand <words>" for a label "<words> vom/am/per/zum", else undefined. */
export function asDateWord(text: string): string | undefined {
  const m = TRAILING.exec(text.trim());
  return m ? `Stand ${m[1].replace(NOTICE, "").replace(MADE_BY_LETTER, "").replace(LEADING_ARTICLE, "")}` : undefined;
}
