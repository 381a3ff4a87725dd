// "Integr. 25 (HR)", "eLb 25 JDW": a two-digit number right before a word saying which value of a year it is
// (Hochrechnung, Jahresdurchschnitt, Ist, Plan, Ziel, vorläufig) is that year, written with four digits; so it is
// no running number of a monitoring row ("Zugänge 12"), which no such word follows, and no age ("unter 25 Ist",
// "U 25 Plan"), which an age word comes before. "FY26" (fiscal year) is the year 2026.

const YEAR_ROLE = "(?:hr|hochrechnung|jdw|jd|jahresdurchschnitt\\w*|ist|plan|soll|ziel|vorl\\.?|vorlaeufig|vorläufig|prognose)";
const AGE_BEFORE = "(?<!\\b(?:unter|u\\.|u|ü|über|ueber|bis|ab)\\s*)(?<![<>≤≥]\\s*)";
export const YEAR_BEFORE_ROLE = new RegExp(`(?<![\\d.,/])${AGE_BEFORE}\\b([1-3]\\d)(?=\\s*\\(?${YEAR_ROLE}\\b)`, "giu");
// "FY26", "FY 2026" (fiscal year): the year itself ("Planjahr (FY26)" is "Planjahr (2026)").
const FISCAL_YEAR = /\bFY ?((?:20)?\d\d)\b/g;

/**
 * The text with each two-digit year before a year's role word written with four digits ("eLb 25 JDW" → "eLb 2025 JDW").
 * A number closing a label ("LZB-Anteil 24") is not read as a year: monitoring rows close with running numbers
 * ("Zugänge 15", "Integrationen 15"), and the text alone cannot tell them apart.
 */
export function withRoleYears(text: string): string {
  if (!/\d\d/.test(text)) return text;
  return text.replace(YEAR_BEFORE_ROLE, (_, y: string) => `20${y}`).replace(FISCAL_YEAR, (_, y: string) => (y.length === 2 ? `20${y}` : y));
}
