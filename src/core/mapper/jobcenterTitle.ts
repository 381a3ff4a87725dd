// The Jobcenter's name standing alone as a title ("Jobcenter Weimarer Land" in A1, no label beside it): sure only
// when it clearly is the name — it stands in its sheet's title block (./titleBlockName.ts), starts with "Jobcenter",
// "JC", "Kommunales Jobcenter" or a compound of it ("Kreisjobcenter"), the rest reads as a place (no year or number,
// no dash or colon joining a report title, no word of a report or of a figure's area) — and it is the only such name.
import { fold } from "./normalize";

/** Words that make a title a report's or a sheet's title rather than the Jobcenter's name. */
const REPORT_WORDS =
  /\b(plan\w*|ziel\w*|kennzahl\w*|personal\w*|haushalt\w*|controlling|programm\w*|bericht\w*|uebersicht\w*|eckdaten|daten|steuerung\w*|aip|amp|arbeitsmarkt\w*|integration\w*|foerder\w*|kunden\w*|budget\w*|finanz\w*|statistik\w*|auswertung\w*|stand|entwurf\w*|vorlage\w*|tabelle\w*|blatt|kopie|archiv|alt|gesamt|insgesamt|summe)\b/;

// "Jobcenter Auenfeld – AIP": the programme's bare name after a dash marks the sheet, not a report of its own. With a
// year ("– AIP 2025") the sets so far read the line as the sheet's title, not the name.
const PROGRAMME_SUFFIX = /\s+[–—-]\s+(aip|arbeitsmarkt- und integrationsprogramm)$/i;
/** The name's head: "Jobcenter", "JC", "Kommunales Jobcenter", a compound ending in "jobcenter" ("Kreisjobcenter"). */
const NAME_HEAD = /^((kommunales\s+)?[a-z]*jobcenter|jc)\s+(.+)$/;

/** The place part of a Jobcenter's name ("landkreis goerlitz" of "Jobcenter Landkreis Görlitz"), folded. */
export function placeOf(text: string): string {
  const f = fold(text.trim().replace(PROGRAMME_SUFFIX, "")).trim();
  return NAME_HEAD.exec(f)?.[3] ?? f;
}

/** Whether a title cell's text is the Jobcenter's name and nothing else. */
export function isPlainJobcenterName(text: string): boolean {
  const t = text.trim().replace(PROGRAMME_SUFFIX, "");
  if (/\d|[:–—|/;]|\s-\s/.test(t)) return false;
  const f = fold(t);
  const m = NAME_HEAD.exec(f);
  if (!m) return false;
  const rest = m[3].split(/\s+/).filter(Boolean);
  return rest.length >= 1 && rest.length <= 4 && !REPORT_WORDS.test(m[3]);
}

/**
 * "Jobcenter | Jobcenter Region Lindenau": the bare word "Jobcenter" (or "JC") as the only other cell of its row
 * labels the name beside it, when that name is plainly a Jobcenter's name and the row heads no column below it.
 */
export function isBareJobcenterLabel(label: string, name: string, cellsInRow: number, headsColumns: boolean): boolean {
  return cellsInRow === 2 && !headsColumns && /^(jobcenter|jc)$/.test(fold(label).trim()) && isPlainJobcenterName(name);
}

/**
 * "Das Programm stellt das folgende Jobcenter auf: | Jobcenter Nordhausen", "Für dieses Jobcenter gilt das
 * Programm: | JC X": a sentence naming the Jobcenter and leading in with a colon to the cell beside it labels the
 * name there, under the same conditions as the bare word (two cells, plainly a name, no head over columns). A
 * sentence naming another figure ("Das Jobcenter beschäftigt VZÄ:") labels no name: the name must be one.
 */
export function isJobcenterLeadIn(label: string, name: string, cellsInRow: number, headsColumns: boolean): boolean {
  if (cellsInRow !== 2 || headsColumns || !/:\s*$/.test(label) || label.length > 90) return false;
  return /\b(jobcenters?|jc)\b/.test(fold(label)) && isPlainJobcenterName(name);
}

/** "JC gesamt", "Jobcenter insgesamt 2024": a column head for the whole Jobcenter, not its name. */
export function namesTheWhole(text: string): boolean {
  const m = /^(jobcenter|jc)\s+(.+)$/.exec(fold(text).trim());
  return m !== null && m[2].split(/\s+/).every((w) => /^(gesamt|insgesamt|summe|total|zusammen|(19|20)\d\d)$/.test(w));
}
