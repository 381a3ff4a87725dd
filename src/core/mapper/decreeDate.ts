// "EGT-Zuteilung (vorläufig, Erlass 12/2025)", "Zuteilung (Schreiben BMAS vom 15.12.2025)": the date of the decree or
// letter that stated a figure dates the document, not the figure: its year is no role of the label (a 2026
// allocation announced in December 2025 is the planning year's, never the previous year's).
import { MONTH_NAME } from "./monthNames";
/** A date: "15.12.2025", "12/2025", "Dez. 2025", "Dezember 2025". */
const DATE = String.raw`(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d\d|\d{1,2}\s?\/\s?(?:19|20)\d\d|${MONTH_NAME}[\p{L}]*\.?\s(?:19|20)\d\d)`;
/** A document that states figures, optionally with its sender and "vom", then the date. */
const DECREE = new RegExp(String.raw`(?<!\p{L})(?:erlass|schreiben|zuweisungsschreiben|bescheid|mitteilung|rundschreiben|weisung|rundbrief|vom|v\.)(?:\s+[\p{Lu}][\p{L}-]*)?(?:\s+vom)?\s*${DATE}`, "giu");

/** The label without a decree's or letter's date ("Erlass 12/2025" → "Erlass"); unchanged when it holds none. */
export function withoutDecreeDate(text: string): string {
  if (!/\d/.test(text)) return text;
  return text.replace(DECREE, (all) => all.replace(new RegExp(DATE, "iu"), " "));
}
