// "dav. Neubewilligungen (Rest)", "Neubewilligungen (Restbetrag)": the new grants are what remains of the budget after
// the commitments, and the aside says how the row is computed (budget − Vorbindungen). It takes nothing out of the
// figure, so "Rest" there is no excluding word ("Restmittel aus Vorjahr", "Ausgabereste" stay excluded).
const REMAINDER_ASIDE = /(bewilligung\p{L}*)\s*\(\s*(?:verbleibende[rn]?\s+)?rest(?:betrag|summe)?\s*\)/giu;

/** The label with a remainder aside after a grant word set aside. */
export const withoutRemainderAside = (text: string): string => text.replace(REMAINDER_ASIDE, "$1");
