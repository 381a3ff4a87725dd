// A key-figure code in a column of its own ("K2 | Integrationsquote Männer", "K3E2 | Aktivierungsquote …",
// "A1 | Arbeitslose"): a reader takes the code as the row's number and the text beside it as its name. A short
// code of letters and digits is never the label column of a table, however many rows carry it.

/** "K2", "K3E2", "A12", "KZ1": up to three letters, digits, optionally a letter and digits again. */
const SHORT_CODE = /^[a-z]{1,3}\s?\d{1,3}(\s?[a-z]{1,2}\s?\d{1,2})?$/i;

/** Whether a cell's text is a short code of letters and digits (no word a row is named by). */
export function isShortCode(text: string | undefined): boolean {
  return text !== undefined && text.trim().length <= 8 && SHORT_CODE.test(text.trim());
}
