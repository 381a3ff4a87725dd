// "Integr. 25 (HR)", "eLb 25 JDW": a two-digit number right before a word saying which value of a year it is
// (Hochrechnung, Jahresdurchschnitt, Ist, Plan, Ziel, vorläufig) is that year, written with four digits; so it is
// no running number of a monitoring row ("Zugänge 12"), which no such word follows, and no age ("unter 25 Ist",
// "U 25 Plan"), which an age word comes before.

const YEAR_ROLE = "(?:hr|hochrechnung|jdw|jd|jahresdurchschnitt\\w*|ist|plan|soll|ziel|vorl\\.?|vorlaeufig|vorläufig|prognose)";
const AGE_BEFORE = "(?<!\\b(?:unter|u\\.|u|ü|über|ueber|bis|ab)\\s*)(?<![<>≤≥]\\s*)";
export const YEAR_BEFORE_ROLE = new RegExp(`(?<![\\d.,/])${AGE_BEFORE}\\b([1-3]\\d)(?=\\s*\\(?${YEAR_ROLE}\\b)`, "giu");

// "LZB-Anteil 24", "AE 23", "Alo-Ant. Ausl. 24": a two-digit number 15–35 closing a label after a word is that
// label's year, as a controller types a customer figure's year beside the same figure of the year before. Not after
// an age word ("unter 25"), a range ("15-24"), a date ("31.01.26"), a count's unit ("Monate 24", "KW 25"), a reference
// ("Nr. 20", "Zeile 18", "EG 15"), nor after a role or month word, whose years are read where such words are.
const NOT_YEAR_BEFORE =
  "(?<!\\b(?:nr|nummer|zeile|pos|position|kap|kapitel|ziff|ziffer|titel|abs|absatz|anlage|seite|tz|stufe|eg|gruppe|jahre|monate|tage|wochen|stunden|std|alter|kw|quartal|q|lfd|ist|plan|soll|ziel|vj|pj|jahr|jan|feb|mär|maerz|apr|mai|jun|jul|aug|sep|sept|okt|nov|dez)\\.?\\s+)";
// "Ü 25": "\\b" knows no umlaut, so the age word "ü"/"über" is looked for after a non-letter.
const UMLAUT_AGE = "(?<!(?:^|\\P{L})(?:ü|über)\\s*)";
export const TRAILING_YEAR = new RegExp(`(?<=\\p{L}\\.?\\s+)${AGE_BEFORE}${UMLAUT_AGE}${NOT_YEAR_BEFORE}\\b(1[5-9]|2\\d|3[0-5])(?=\\s*:?\\s*$)`, "giu");

/**
 * The text with each two-digit year before a year's role word ("eLb 25 JDW" → "eLb 2025 JDW") or closing a label
 * ("LZB-Anteil 24" → "LZB-Anteil 2024") written with four digits.
 */
export function withRoleYears(text: string): string {
  if (!/\d\d/.test(text)) return text;
  return text.replace(YEAR_BEFORE_ROLE, (_, y: string) => `20${y}`).replace(TRAILING_YEAR, (_, y: string) => `20${y}`);
}
