// A Haushalt's Kapitel and Titel numbers ("Umschichtung aus Titel 685 11", "Tit. 636 11", "Kap. 1101") name the
// budget title the money is booked on: the "11" is the title's group number, no running number of an item.
const TITLE_NUMBER = /(?<!\p{L})(?:kapitel|kap|titel|tit)\.?\s*\d{3,4}(?:\s*\d{2})?(?:\s*\/\s*\d{3}(?:\s*\d{2})?)?(?!\d)/giu;

/** The text with Kapitel/Titel numbers set aside (their word stays: it names the budget title). */
export function withoutBudgetTitleNumbers(text: string): string {
  return text.replace(TITLE_NUMBER, (all) => all.replace(/[^\p{L}].*$/su, " "));
}
