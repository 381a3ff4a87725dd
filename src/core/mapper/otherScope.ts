// Labels that name a part or another owner of a figure, not the Jobcenter's own total:
// - the Agentur für Arbeit's side in targets and customers (SGB III: "Integrationen SGB III", "Ziel Integrationen (AA Hasetal)") is another
//   legal scope: the programme's figures are the SGB II's;
// - integrations counted by measure ("Integrationen nach Maßnahmeeintritt", "Integrationen aus Förderung",
//   "Integrationen je Maßnahme") are a breakdown of the integrations, never their total.
// Such a candidate is never sure and no rival to a clean one (id "kontext", ./index.ts drops it beside others).
// - a text naming the Agentur/SGB III ("SGB III (Agentur für Arbeit Bergheide)") is never the Jobcenter's name, even
//   beside a "Jobcenter" label (side-by-side blocks "SGB II (Jobcenter) | … | SGB III (Agentur …)"); a name that
//   says Jobcenter stays one (namesOtherInstitution, used by ./findCells.ts).
import type { Candidate, Low } from "./candidate";
import { fold } from "./normalize";
import { withoutLegalReferences } from "./legalReference";

const SGB_III = /(\bsgb\s*-?\s*(iii|3)\b|\bagentur fuer arbeit\b|\barbeitsagentur\b|\baa\b|\brechtskreis\s+drei\b)/;
const MEASURE = "(massnahme|foerderung|foerdermassnahme|teilnahme|eintritt|austritt|instrument)";
const BY_MEASURE = new RegExp(`(\\b(nach|aus|infolge|je|pro|im anschluss an)\\s+(einer |einem |der |dem |den )?${MEASURE}|massnahmen?(eintritt|teilnahme|austritt|ende)|\\bnach instrumenten)`);
/** Names whose figure is the Jobcenter's count of integrations (a breakdown of it is no candidate). */
const INTEGRATION_COUNTS = new Set(["ZIE_Integrationen_VJ"]);

/** The low for a candidate whose label names the SGB III side or a breakdown of the integrations by measure. */
export function otherScopeLow(c: Candidate): Low | undefined {
  // "(§ 16 SGB III)" cites where a word is defined: no scope of the figure (./legalReference.ts).
  const label = fold(withoutLegalReferences(c.label));
  // Staff figures name the Agentur as the body that provides staff (PER_Anteil_BA): only targets, customers and budgets are scoped.
  if (/^(ZIE|KUN|BUD)_/.test(c.name) && SGB_III.test(label)) return { id: "kontext", text: `„${c.label}“ ist eine Zahl der Agentur für Arbeit (SGB III), nicht des Jobcenters.` };
  if (INTEGRATION_COUNTS.has(c.name) && BY_MEASURE.test(label)) return { id: "kontext", text: `„${c.label}“ zählt nur einen Teil der Integrationen (nach Maßnahmen), nicht alle.` };
  return undefined;
}

/** A text naming the Agentur für Arbeit or the SGB III, unless it names a Jobcenter too. */
export function namesOtherInstitution(text: string): boolean {
  const t = fold(text);
  return SGB_III.test(t) && !/jobcenter/.test(t);
}
