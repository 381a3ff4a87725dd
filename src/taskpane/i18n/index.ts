// Picks the task pane's language: German unless Office (or the demo's ?lang=en) says English.
import de, { type Messages } from "./de";
import en from "./en";

export type Language = "de" | "en";
export type { Messages };

/** Office.context.displayLanguage is e.g. "de-DE", "en-US", "en-GB". */
export function pickLanguage(displayLanguage: string | undefined | null): Language {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "de";
}

export function messagesFor(language: Language): Messages {
  return language === "en" ? en : de;
}

/** BCP 47 locale for number and date formatting. */
export function localeFor(language: Language): string {
  return language === "en" ? "en-GB" : "de-DE";
}
