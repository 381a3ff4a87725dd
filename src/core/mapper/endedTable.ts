// "Summe JC | 4.789 | … | 4.405", a blank row, then "Eintritte lt. AIP-Text (1. Aufstellung): | 4.300": a table
// another finder took whole (the Förderung table, a staff table) ended above the blank row. Its head ("Ist 2024"
// over the value's column) heads the table's rows, not a lone figure's line under it: the label's own words give
// that line its year, as under a bare closing total (findCells.ts `tableEnded`).
import type { Claims } from "./candidate";
import type { SheetGrid } from "./grid";

/**
 * Whether the value at (row, col), itself claimed by no table, stands under a claimed table ending after its last
 * row, with a blank row between, and the header found (`headerRow`) is that table's.
 */
export function underEndedTable(sheet: SheetGrid, claims: Claims, row: number, col: number, headerRow: number | undefined): boolean {
  if (headerRow === undefined || claims.has(sheet.index, row, col) || !claims.has(sheet.index, headerRow, col)) return false;
  let r = row - 1;
  while (r > headerRow && sheet.rowBlank(r)) r--;
  // At least one blank row between, and the row above it is the claimed table's last row in that column.
  return r < row - 1 && r > headerRow && claims.has(sheet.index, r, col);
}

/**
 * "3.9 Summe | 512 | 540" right over "3.10 Eintritte gesamt lt. Programmtext | 640" (no blank row between): the
 * claimed table ended at its bare total row (`pastTotal`), and the value at (row, col), claimed by none, lies below
 * it: the table's head does not reach it either.
 */
export function rightUnderClaimedTotal(claims: Claims, sheetIndex: number, row: number, col: number, pastTotal: boolean | undefined): boolean {
  return pastTotal === true && !claims.has(sheetIndex, row, col) && claims.has(sheetIndex, row - 1, col);
}
