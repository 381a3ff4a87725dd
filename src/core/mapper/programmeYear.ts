// "AIP | 2026" on a cover sheet: the programme's bare name with a year as the row's one value names the programme's
// year, the planning year, as "Planjahr | 2026" would ("PJ | 2026", ./planYearAbbrev.ts). The programme by its
// short or long name ("AIP", "AMP", "Arbeitsmarkt- und Integrationsprogramm"). Beside two values ("AIP | 2025 |
// 2026"), a number that is no year ("AIP | 480") or under another label ("AIP-Budget | 2026") it names nothing.
import type { SheetGrid } from "./grid";
import { matchLabel, type LabelMatch } from "./matchLabel";
import { fold, isYearNumber } from "./normalize";

const PROGRAMME = /^(aip|amp|arbeitsmarkt und integrationsprogramm|arbeitsmarktprogramm|arbeitsmarkt und integrationsprogramm aip)$/;

/** The label at (row, col) read as "Planjahr" when it is the programme's bare name with a lone year beside it. */
export function programmeYearMatch(sheet: SheetGrid, row: number, col: number): LabelMatch | undefined {
  const text = sheet.ownText(row, col);
  if (text === undefined || !PROGRAMME.test(fold(text).replace(/[-:()]/g, " ").replace(/\s+/g, " ").trim())) return undefined;
  const right = sheet.filledColumns(row).filter((c) => c > col);
  if (right.length !== 1 || !isYearNumber(sheet.number(row, right[0]))) return undefined;
  const m = matchLabel("Planjahr");
  return m.standalone.length > 0 ? m : undefined;
}
