// "AIP | 2026" on a cover sheet: the programme's bare name with a year as the row's one value names the programme's
// year, the planning year, as "Planjahr | 2026" would ("PJ | 2026", ./planYearAbbrev.ts). The programme by its
// short or long name ("AIP", "AMP", "Arbeitsmarkt- und Integrationsprogramm"). Beside two values ("AIP | 2025 |
// 2026"), a number that is no year ("AIP | 480") or under another label ("AIP-Budget | 2026") it names nothing.
// The sentence "Arbeitsmarkt- und Integrationsprogramm für das Jahr | 2026" says the same in words. In a head line
// of split cells ("JC X | AIP | 2027 | | Stand: | 01.02.2027") the year may be followed by another label's pair.
import type { SheetGrid } from "./grid";
import { matchLabel, type LabelMatch } from "./matchLabel";
import { fold, isYearNumber } from "./normalize";

/**
 * The name may run on into "für das Jahr" ("Arbeitsmarkt- und Integrationsprogramm für das Jahr | 2026"), also
 * with the agreement it is written as ("AIP / Zielvereinbarung für das Jahr | 2025": one document, one year).
 */
const PROGRAMME = /^(aip|amp|arbeitsmarkt und integrationsprogramm|arbeitsmarktprogramm|arbeitsmarkt und integrationsprogramm aip)( (und |bzw )?zielvereinbarung(?= (fuer|im) ))?( (fuer|im) (das )?(jahr|planjahr|planungsjahr|programmjahr))?$/;

/** Whether a cell's text is the programme's bare name ("AIP", "Arbeitsmarkt- und Integrationsprogramm für das Jahr"). */
// Asked of every label cell: a text whose first letter or digit is no "a" is none, without folding.
export const isProgrammeName = (text: string): boolean => /^[^\p{L}\d]*a/iu.test(text) && PROGRAMME.test(fold(text).replace(/[-:()]/g, " ").replace(/\s+/g, " ").trim());

/** The label at (row, col) read as "Planjahr" when it is the programme's bare name with a lone year beside it. */
export function programmeYearMatch(sheet: SheetGrid, row: number, col: number): LabelMatch | undefined {
  const text = sheet.ownText(row, col);
  if (text === undefined || !isProgrammeName(text)) return undefined;
  const right = sheet.filledColumns(row).filter((c) => c > col);
  if (right.length === 0 || !isYearNumber(sheet.number(row, right[0]))) return undefined;
  // A head line "JC X | AIP | 2027 | | Stand: | 01.02.2027": after the year only another label with its value.
  if (right.length > 1 && (sheet.number(row, right[1]) !== undefined || sheet.ownText(row, right[1]) === undefined)) return undefined;
  const m = matchLabel("Planjahr");
  return m.standalone.length > 0 ? m : undefined;
}
