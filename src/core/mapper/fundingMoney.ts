// "Mittel für Förderung", "Mittel für die Förderung", "Geld für Förderungen": in a Jobcenter's words the money for
// measures is the Eingliederungsmittel, no count of entries (Förderungen). The phrase reads as that one word, so a
// label "Mittel für Förderung (Eingliederungsbudget 2025)" names the budget alone. "Förderungen 2025" and "Kosten je
// Förderung" keep their word.
const FUNDING_MONEY = /(?<!\p{L})(?:mittel|gelder?|budget)\s+(?:für|fuer)\s+(?:die\s+)?f(?:ö|oe)rderung(?:en)?(?!\p{L})/giu;

/** The label with "Mittel für (die) Förderung(en)" read as "Eingliederungsmittel". */
export function readFundingMoney(text: string): string {
  return text.replace(FUNDING_MONEY, " Eingliederungsmittel ");
}
