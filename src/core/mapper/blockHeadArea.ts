// The corner cell heading a label block on a sheet of another area ("Personal | 2025" over "Köpfe | VZÄ | Anteil
// BA" on an "Eckdaten" overview, "Kunden | Ø 2024" over "Anteil Frauen"): it names the block's area as a section
// title would, so a weak label inside the block is in its own area. Only a head whose other cells are column heads
// (text or a year) counts, and only the head directly above the block (no blank row between); a line under the
// block after one blank row ("Eintritte lt. Text (erste Aufstellung)" under the Förderung table) belongs to it
// when its label names a figure of that area.
import type { AreaId } from "../areas";
import { areaNamed, type SheetGrid } from "./grid";
import { fold } from "./normalize";

const MAX_ROWS = 40;
/** Corner words any table may carry ("Kennzahl | Ist 2023" heads customer figures as well as targets): they name no area. */
const GENERIC_CORNER = /^(kennzahl\w*|merkmal\w*|position\w*|bezeichnung|indikator\w*|kpis?)\b/;

/**
 * The area the head of the label column's block above `row` names, or undefined. With `acrossBlank`, a lone line
 * one blank row under the block ("Kap. 3.3 Förderbedarfe | Ist 2023 | Plan 2024 … Summe", blank, "Eintritte lt.
 * Text") is read as the block's own: the caller asks only for a label naming a figure of that area. A line with
 * another label row right under it opens a block of its own and is not the table's.
 */
export function blockHeadArea(sheet: SheetGrid, row: number, col: number, acrossBlank = false): AreaId | undefined {
  const lone = row + 1 > sheet.lastRow || sheet.rowBlank(row + 1);
  if (acrossBlank && lone && row - 2 >= sheet.r0 && sheet.rowBlank(row - 1) && !sheet.rowBlank(row - 2)) row--;
  for (let r = row - 1; r >= Math.max(sheet.r0, row - MAX_ROWS); r--) {
    const t = sheet.ownText(r, col);
    if (t === undefined) return undefined;
    const others = sheet.filledColumns(r).filter((c) => c > col);
    // A row with numbers is a figure's row of the block, not its head: keep going up.
    if (others.some((c) => typeof sheet.value(r, c) === "number")) continue;
    const area = others.length > 0 && !GENERIC_CORNER.test(fold(t)) ? areaNamed(fold(t)) : undefined;
    if (area !== undefined) return area;
  }
  return undefined;
}
