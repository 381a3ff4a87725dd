// "Zuteilung vom | 15.12.2024", "Bescheid per | 01.01.2025": a label ending in a dating preposition before a date
// says when its words happened, as "Stand der Zuteilung" would. Only beside a date: "Umschichtung vom | 1.200.000"
// moves money from somewhere, it dates nothing.
import { isDateFormat } from "../excelDate";
import type { SheetGrid } from "./grid";
import { matchLabel, type LabelMatch } from "./matchLabel";
import { fold } from "./normalize";

const DATING = /^(.+) (vom|per|am|zum)$/;

/** The label read as the date of its words, or undefined when it does not end in a dating word before a date. */
export function datedLabelMatch(sheet: SheetGrid, row: number, col: number): LabelMatch | undefined {
  const text = sheet.ownText(row, col);
  const m = text === undefined ? null : DATING.exec(fold(text));
  if (!m || matchLabel(text!).standalone.length > 0) return undefined;
  const next = sheet.filledColumns(row).find((c) => c > col);
  if (next === undefined || sheet.number(row, next) === undefined || !isDateFormat(sheet.format(row, next) ?? "")) return undefined;
  const dated = matchLabel(`Stand ${m[1]}`);
  return dated.standalone.length > 0 ? dated : undefined;
}
