// Words a controller brings from the Agentur für Arbeit (SGB III) for the Jobcenter's figures, read as the
// Jobcenter's words (tokens of a lower-cased, folded label, ./tokens.ts):
// - "arbeitslose Kunden", "arbeitslosen Kunden": the Agentur calls everyone it serves a customer, so the unemployed
//   customers are the unemployed ("Anteil Ausländer an arbeitslosen Kunden" = an den Arbeitslosen); "Kunden"
//   alone stays the customers (eLb);
// - "Plan-AK", "Soll-AK", "AK nach Organisationseinheiten", "AK gesamt": the Agentur's Arbeitskapazitäten, staff
//   counted in full-time equivalents (VZÄ). Only with a role before it or standing for the column or row itself
//   ("AK", "AK nach …", "AK gesamt"); an "AK" among other words ("AK Integration": a working group) stays unknown.
//   In a label's words "Plan-AK" is one term, the planned capacity (no plan word beside the VZÄ, which would doubt a
//   "Stellenplan"); a head keeps its role word ("Plan-AK | Ist-AK" are the plan and Ist columns).
// "Integrationsgrad" (the Agentur's integration rate) is a stem of the IQ in ./vocabulary.ts.
const UNEMPLOYED_CUSTOMERS = /\b(arbeitslos(?:e[nr]?)?)\s+kunden?\b/g;
const ROLE_AK = /\b(plan|soll|ist)\s*-?\s*ak\b/g;
const LONE_AK = /^\s*ak(?=\s*(?:$|nach\b|gesamt\b|insgesamt\b|je\b|\())/;

/** A folded label with the Agentur's words read as the Jobcenter's (see the file comment); `asWords`: a label's tokens. */
export function readAgencyWords(t: string, asWords = false): string {
  if (!t.includes("kunde") && !/\bak\b/.test(t)) return t;
  return t
    .replace(UNEMPLOYED_CUSTOMERS, "$1")
    .replace(ROLE_AK, (_all, role: string) => (asWords && role !== "ist" ? "vzae" : `${role} vzae`))
    .replace(LONE_AK, "vzae");
}
