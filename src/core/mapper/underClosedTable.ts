// "lt. AIP-Text geplant (erste Aufstellung): Eintritte 2025 | | | 348" one blank row under a table "Förderung
// (Eintritte) | 2023 (Ist) | … | Summe Eintritte": a lone line under a table closed by its total row stays in the
// table's area (its corner names it, ./blockHeadArea.ts), as the table's own rows are, on a sheet of no area.
import type { AreaId } from "../areas";
import { isTotalLabel } from "../columnRoles";
import type { SheetGrid } from "./grid";
import { blockHeadArea } from "./blockHeadArea";

/** The area of the table closed right above the lone line at (row, col) (one blank row between), or undefined. */
export function areaUnderClosedTable(sheet: SheetGrid, row: number, col: number): AreaId | undefined {
  const blank = row - 1;
  const total = row - 2;
  if (total < sheet.r0 || !sheet.rowBlank(blank) || sheet.rowBlank(total)) return undefined;
  // A lone line: no other label row right under it (a block of its own would be read by its own rows).
  if (row + 1 <= sheet.lastRow && !sheet.rowBlank(row + 1)) return undefined;
  const key = sheet.ownText(total, col);
  if (key === undefined || !isTotalLabel(key)) return undefined;
  return blockHeadArea(sheet, total, col);
}
