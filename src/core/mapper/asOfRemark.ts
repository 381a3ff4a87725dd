// An as-of remark inside a title ("Vorjahr 2025 (Prognose, Stand 31.01.2026)", "Ist 2024 – Stand: Februar 2025")
// says when its values were taken, not which year they are: its date's year is not the section's year, and its
// "Stand" does not make the title the label of the programme's Stand (AIP_Stand). Nor is the year a workbook is kept
// since ("fortgeschrieben seit 2021") the section's year.
import { readColumn } from "../columnRoles";
import { matchLabel } from "./matchLabel";

const MONTH = "(?:jan(?:uar)?|feb(?:ruar)?|mär(?:z)?|maer(?:z)?|apr(?:il)?|mai|jun(?:i)?|jul(?:i)?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dez(?:ember)?)\\.?";
const DATE = `(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:19|20)?\\d\\d|\\d{1,2}\\/(?:19|20)\\d\\d|${MONTH}\\s+(?:19|20)\\d\\d|(?:19|20)\\d\\d-\\d\\d(?:-\\d\\d)?)`;
/** "Stand 31.01.2026", "Stand: Januar 2026", "Datenstand 02/2026", "per 31.12.2025", "vom 15.01.2026", a bare date. */
const AS_OF = new RegExp(`(?:\\b(?:daten)?stand\\b\\s*:?\\s*(?:vom\\s+|per\\s+)?|\\b(?:per|vom|zum)\\s+)?${DATE}`, "giu");

/** "(fortgeschrieben seit 2021)", "seit 2019 geführt": the year a workbook was started, not its section's year. */
const SINCE = new RegExp(`\\b(?:seit|since)\\s+(?:${MONTH}\\s+)?(?:19|20)\\d\\d\\b`, "giu");

/** The text without its as-of remark or starting year (an empty pair of parentheses and dangling commas tidied away). */
export function withoutAsOfRemark(text: string): string {
  return text
    .replace(AS_OF, " ")
    .replace(SINCE, " ")
    .replace(/[,;]\s*(?=[),;]|$)/g, "")
    .replace(/\(\s*[,;]?\s*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A section title of one year's values carrying an as-of remark: without the remark it names a role and a year
 * ("Vorjahr 2025 (Prognose)", "Ist 2024") and no figure. Such a text heads a section even though its "Stand"
 * alone would read as the label of AIP_Stand.
 */
export function isYearTitleWithAsOf(text: string): boolean {
  const plain = withoutAsOfRemark(text);
  if (plain === text.replace(/\s+/g, " ").trim()) return false;
  const c = readColumn(plain);
  if (c.year === undefined || !(c.kind === "ist" || c.kind === "prognose" || c.kind === "plan")) return false;
  return matchLabel(plain).standalone.length === 0;
}
