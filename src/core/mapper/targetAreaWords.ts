// "Zielindikatoren", "Zielkennzahlen": the § 48b indicators as an area, like "Ziele" alone — no plan word. So a
// title "Zielindikatoren Ist 2025 (Hochrechnung)" is the Ist block of the indicators, not a Plan/Ist comparison.

const AREA_TARGET_WORDS = /\bziel(indikator|kennzahl)\w*/g;

/** The folded text without the words that name the indicators as an area. */
export function withoutTargetAreaWords(folded: string): string {
  return folded.replace(AREA_TARGET_WORDS, " ");
}
