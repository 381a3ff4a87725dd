// "Verwaltungshaushalt gesamt | 10.612.530 | 11.086.613" over "Aufteilung:" over "6.1 Bund lt. EinglMV | …": a lone
// lead-in ending in a colon that announces the parts of the row right above ("Aufteilung:", "davon:", "darunter:",
// "bestehend aus:", "Zusammensetzung:") is no section title: the parts stand in the same columns as their total, so
// the table's head row still heads them. A title with a colon naming something else ("Personal:", "Ziele 2025:")
// or a lead-in under a blank row still closes the head's reach.
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

const LEAD_IN = /^(aufteilung|aufgliederung|aufschluesselung|zusammensetzung|davon|darunter|dabei|bestehend aus|setzt sich zusammen aus|zusammengesetzt aus|verteilung|untergliederung|gliederung)( (nach|auf|wie folgt))?$/;

/** Whether row `r` (its filled columns `cols`) is only such a lead-in in the label column, right under a row of numbers. */
export function isBreakdownLeadIn(sheet: SheetGrid, r: number, cols: number[], labelCol: number): boolean {
  if (labelCol < 0 || cols.length !== 1 || cols[0] !== labelCol || r - 1 < sheet.r0 || sheet.rowBlank(r - 1)) return false;
  const text = sheet.ownText(r, labelCol);
  if (text === undefined || !/:\s*$/.test(text)) return false;
  if (!LEAD_IN.test(fold(text).replace(/[:.]/g, " ").replace(/\s+/g, " ").trim())) return false;
  return sheet.filledColumns(r - 1).some((c) => sheet.number(r - 1, c) !== undefined);
}
