// Keeps user-controlled text from turning into a formula when it lands in a spreadsheet: in the
// Prüfprotokoll sheet, and later in CSV/JSON exports opened with Excel ("CSV/formula injection").
// Pure; shared by every host.

/** Characters with which Excel (and LibreOffice) start a formula or a DDE call when text is entered. */
const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];

export function startsLikeFormula(text: string): boolean {
  return FORMULA_TRIGGERS.some((t) => text.startsWith(t));
}

/**
 * For exports (CSV, JSON to be opened in a spreadsheet): prefix a single quote when the text would start
 * a formula, the OWASP advice. Text that is harmless is returned unchanged.
 */
export function neutraliseFormulaText(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/**
 * The entry that makes a cell hold exactly `text` when written through Range.values: a leading apostrophe
 * is Excel's text prefix (stored as the cell's quote-prefix flag, not as content), so "=cmd", "+49 …",
 * "1/2" or "TRUE" all stay text. Applied to every text, not only to dangerous ones, so no text is ever
 * reinterpreted as a number, date or formula.
 */
export function excelTextEntry(text: string): string {
  return `'${text}`;
}
