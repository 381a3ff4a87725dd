// "Planjahr | 2025" among label/value rows (a summary sheet sorted by label puts it anywhere, also beside another
// label/value pair) is the key of the planning year, a data row: its year must not head the value column below
// it, or every value under it ("Veränderung IQ ggü. Vorjahr") would read as the planning year's.
import { contractName } from "../contract";
import type { SheetGrid } from "./grid";
import { matchLabel } from "./matchLabel";
import { fold, isYearNumber } from "./normalize";

/** A key naming only which year a parameter row gives ("Vorjahr | 2024" under "Planjahr | 2025"). */
const YEAR_KEY = /^(vorjahr|vj|basisjahr|referenzjahr|ausgangsjahr|berichtsjahr)$/;

/**
 * Whether row `row` holds a planning-year key ("Planjahr", "Planungsjahr") in the label column and a number in the
 * value column; so too a bare year key with a year ("Vorjahr | 2024"): a parameter, no head of the value below.
 */
export function isPlanYearKeyRow(sheet: SheetGrid, row: number, labelCol: number, col: number): boolean {
  if (labelCol < 0 || labelCol >= col || sheet.number(row, col) === undefined) return false;
  const key = sheet.ownText(row, labelCol);
  if (key === undefined) return false;
  if (YEAR_KEY.test(fold(key).replace(/[.:]/g, " ").trim()) && isYearNumber(sheet.number(row, col)!)) return true;
  return matchLabel(key).standalone.some((s) => s.id === "planjahr");
}

/**
 * "Status Vorjahreswerte | vorläufig (Hochrechnung)" among label/value rows: the text beside a label of a text
 * figure is that figure's value, no head of the values below it (once text figures read as numbers, it is the
 * only text left over their column).
 */
export function isTextFigureKeyRow(sheet: SheetGrid, row: number, labelCol: number, col: number): boolean {
  if (labelCol < 0 || labelCol >= col || sheet.ownText(row, col) === undefined) return false;
  const key = sheet.ownText(row, labelCol);
  if (key === undefined || sheet.filledColumns(row).length !== 2) return false;
  const specs = matchLabel(key).standalone;
  return specs.length > 0 && specs.every((s) => Object.values(s.names).every((n) => n !== undefined && contractName(n)?.kind === "text"));
}
