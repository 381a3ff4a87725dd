// "PJ: | 2026": "PJ" abbreviates the Planjahr as "VJ" the Vorjahr (../columnRoles.ts). Alone as a label with a
// year right of it, it names the planning year; over value columns ("VJ 25 | PJ 26") it stays a role head, and
// beside a number that is no year ("PJ | 480") it names nothing.
import type { SheetGrid } from "./grid";
import { matchLabel, type LabelMatch } from "./matchLabel";
import { fold, isYearNumber } from "./normalize";

/** The label at (row, col) read as "Planjahr" when it is a bare "PJ" with a year as the row's next value. */
export function planYearAbbrevMatch(sheet: SheetGrid, row: number, col: number): LabelMatch | undefined {
  const text = sheet.ownText(row, col);
  if (text === undefined || fold(text) !== "pj") return undefined;
  const next = sheet.filledColumns(row).find((c) => c > col);
  if (next === undefined || !isYearNumber(sheet.number(row, next))) return undefined;
  const m = matchLabel("Planjahr");
  return m.standalone.length > 0 ? m : undefined;
}
