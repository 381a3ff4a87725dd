// "=B5/D4", "='Ziele Standorte'!G9/F4": a cell dividing one cell by another holds a ratio. Beside a share's label,
// in [0, 1], it is that share even in a count's number format ("#,##0" shows it as 1): the formula says what the
// cell is, the format is a slip. The difference "=B5/B4-1" is a change, no ratio of this kind.
import type { SheetGrid } from "./grid";

const REF = String.raw`(?:(?:'[^']+'|[A-Za-z0-9_.]+)!)?\$?[A-Z]{1,3}\$?\d{1,7}`;
const RATIO = new RegExp(String.raw`^=\s*${REF}\s*\/\s*${REF}\s*$`, "i");

/** Whether the cell's formula is one cell divided by another and its value a fraction between 0 and 1. */
export function isRatioCell(sheet: SheetGrid, row: number, col: number): boolean {
  const f = sheet.formula(row, col);
  const v = sheet.number(row, col);
  return f !== undefined && v !== undefined && v >= 0 && v <= 1 && RATIO.test(f.trim());
}
