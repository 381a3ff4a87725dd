// A document named for its year ("Steuerungsmappe für das Planungsjahr | 2026", "Arbeitsmappe für das Haushaltsjahr"):
// the words before "für das" name the file, the words after the year it is for. When the whole label matches
// nothing, the phrase after "für" is read alone, and counts only when it names the planning year. A plan document
// is such a name too ("Finanzplan SGB II für das Haushaltsjahr | 2026", "Haushaltsplan für das Planjahr"), with
// the legal area it is kept under.
import { fold } from "./normalize";

const FOR_THE = /^\s*([\p{L}-]+(?:\s+[\p{L}-]+)?(?:\s+sgb\s+i{2,3})?)\s+f(?:ü|ue)r\s+(?:das|den|die)\s+(.+?)\s*:?\s*$/iu;
/** The spec ids a year phrase may stand for. */
export const YEAR_SPECS = new Set(["planjahr"]);

/** The phrase after "für das" in a one- or two-word document name, or undefined. */
export function yearPhraseAfterFor(text: string): string | undefined {
  const m = FOR_THE.exec(text);
  if (!m) return undefined;
  // The file's own name ("Steuerungsmappe", "Arbeitsmappe AIP") or a plan document's ("Finanzplan", "Haushaltsplan"),
  // not a figure ("Mittel", "Ziele", "Eintrittsplanung").
  return /(mappe|datei|tabelle|workbook|uebersicht|vorlage|^(finanz|haushalts|wirtschafts)plan\b)/.test(fold(m[1])) ? m[2] : undefined;
}
