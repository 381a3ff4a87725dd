// An as-of remark in parentheses after a label ("Integrationen 2025 (Stand BA 01/2026)", "eLb (Quelle: BA-Statistik,
// Stand Jan. 2026)") says when and from where the figure was taken: its date's year is not the figure's year and
// its words ("Stand", "BA") name no part of the figure. Only a remark of nothing but such words is set aside.
const MONTH = "(?:jan(?:uar)?|feb(?:ruar)?|m(?:ä|ae)r(?:z)?|apr(?:il)?|mai|jun(?:i)?|jul(?:i)?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dez(?:ember)?)\\.?";
/** "31.01.2026", "01/2026", "Jan. 2026", "2026-01": a date, not a bare year. */
const DATE_TEXT = `\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:19|20)?\\d\\d|\\d{1,2}\\s?\\/\\s?(?:19|20)?\\d\\d|(?<!\\p{L})${MONTH}\\s*(?:19|20)?\\d\\d|(?:19|20)\\d\\d-\\d\\d(?:-\\d\\d)?`;
const DATE = new RegExp(DATE_TEXT, "iu");
const DATES = new RegExp(DATE_TEXT, "giu");
/** The as-of word that makes a parenthesis a remark of when the figure was taken. */
const AS_OF_WORD = /(?<!\p{L})(?:daten)?stand(?!\p{L})/iu;
/** Words such a remark may hold besides the date: the source and its hedges. */
const SOURCE_WORDS = /(?<!\p{L})(?:(?:daten)?stand|quelle|lt|laut|gem(?:äß|aess)?|per|vom|zum|ba-statistik|ba-daten|ba|statistik|der|bundesagentur|f(?:ü|ue)r|arbeit|vorl(?:äufig|aeufig)?|endg(?:ültig|ueltig)?)(?!\p{L})\.?/giu;

/** The label without a parenthesised as-of remark; unchanged when it holds none or nothing would remain. */
export function withoutLabelAsOf(text: string): string {
  if (!text.includes("(")) return text;
  const out = text.replace(/\(([^()]*)\)/g, (all, inner: string) => {
    if (!AS_OF_WORD.test(inner) || !DATE.test(inner)) return all;
    const rest = inner.replace(DATES, " ").replace(SOURCE_WORDS, " ").replace(/[\s,.:;/-]+/g, "");
    return rest === "" ? " " : all;
  });
  if (out === text) return text;
  // Only the remark's place is tidied ("Integrations-\nquote" keeps its line break for the word it joins).
  const trimmed = out.replace(/ {2,}/g, " ").trim();
  return trimmed === "" ? text : trimmed;
}
