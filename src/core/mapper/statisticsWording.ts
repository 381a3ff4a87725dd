// The BA statistics' wording around a figure that names no part of it: how a flow is summed ("gleitende
// Jahressumme", "in den letzten 12 Monaten"), the report month it was taken in ("BM 12/2025", "Berichtsmonat Dezember 2024"), and the place an
// operand has in the Kennzahl ("K2 Zähler: Integrationen", "K2 Nenner: Ø eLb", "eLb (Bezugsgröße K2)"): the
// operand is named by its own words, the code only says which Kennzahl it serves. Set aside before matching.

const SUMMED = /(?<!\p{L})(gleitende[nrs]?|rollierende[nrs]?)\s+(jahressumme|12-monats-summe|zwölfmonatssumme|summe)(?!\p{L})/giu;
/** "in den letzten 12 Monaten", "der letzten zwölf Monate": the same rolling sum in words (a period, no running number). */
const LAST_TWELVE = /(?<!\p{L})(?:(?:in|während|waehrend)\s+den\s+|der\s+|über\s+die\s+|ueber\s+die\s+)?letzten\s+(?:12|zwölf|zwoelf)\s+monat(?:e|en)?(?!\p{L})/giu;
const MONTH = "(\\d{1,2}\\s*/\\s*(?:19|20)?\\d\\d|\\p{L}+\\.?\\s+(?:19|20)\\d\\d)";
const REPORT_MONTH = new RegExp(`(?<!\\p{L})(bm|berichtsmonat[s]?)\\s*:?\\s*${MONTH}(?!\\p{L})`, "giu");
const OPERAND = "(zähler|zaehler|nenner|bezugsgröße|bezugsgroesse)";
const CODE_OPERAND = new RegExp(`(?<![\\p{L}\\d])k[123]\\s*[-–:]?\\s*${OPERAND}(?!\\p{L})|(?<!\\p{L})${OPERAND}\\s*(?:der\\s+|für\\s+|fuer\\s+|zu\\s+)?k[123](?![\\p{L}\\d])`, "giu");

/** The label without statistics wording that names no part of the figure (unchanged when it has none). */
export function withoutStatisticsWording(text: string): string {
  if (!/jahressumme|summe|bm|berichtsmonat|k[123]|letzten/i.test(text)) return text;
  return text.replace(SUMMED, " ").replace(LAST_TWELVE, " ").replace(REPORT_MONTH, " ").replace(CODE_OPERAND, " ");
}
