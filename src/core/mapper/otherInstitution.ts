// A text that names the Agentur für Arbeit or the SGB III ("SGB III (Agentur für Arbeit Bergheide)") is another
// institution's heading, never the Jobcenter's name, even when a "Jobcenter" label stands in the same row
// ("SGB II (Jobcenter) | … | SGB III (Agentur …)": two side-by-side blocks). A name that says Jobcenter stays one.
import { fold } from "./normalize";

const OTHER = /\bsgb (iii|3)\b|\bagentur fuer arbeit\b|\barbeitsagentur\b/;

export function namesOtherInstitution(text: string): boolean {
  const t = fold(text);
  return OTHER.test(t) && !/jobcenter/.test(t);
}
