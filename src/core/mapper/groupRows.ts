// "Kennzahl | Gruppe | …" tables in the § 48a wording: the figure's cell is often merged down over its rows
// "insgesamt | Männer | Frauen", and the table also lists Kennzahlen the contract does not name ("K1 Summe der
// Leistungen zum Lebensunterhalt"). A reader reads each group row with the merged figure and passes over the
// rows of other figures.
import type { SheetGrid } from "./grid";

/** The figure naming a row: its own text, or that of a cell merged down over it in the same column. */
export function figureOfRow(sheet: SheetGrid, row: number, col: number): string | undefined {
  const own = sheet.ownText(row, col);
  if (own !== undefined) return own;
  const m = sheet.mergeOf(row, col);
  return m && m.start.col === col && m.end.col === col && m.start.row < row ? sheet.ownText(m.start.row, col) : undefined;
}

/** A row of a figure no contract name is passed over when its merged figure is its own (not another's). */
export function skipsUnnamed(sheet: SheetGrid, row: number, col: number): boolean {
  return sheet.ownText(row, col) !== undefined;
}
