// "Kundenstruktur | | aktuell | Vorjahr" over "| eLb-Bestand (JDW) | 3.020 | 2.990": the block's title stands in the
// head row one column left of the labels (the label column's head cell empty, the labels' rows empty in that
// column): it names the block's area as a corner cell would (./blockHeadArea.ts), so a label of context twins
// ("eLb-Bestand") on a targets sheet is the customers' figure. A corner naming no area, a head row with numbers, or
// a left column holding texts in the block's rows (a code column, "K2 | Integrationsquote") names none.
import type { AreaId } from "../areas";
import { areaNamed, type SheetGrid } from "./grid";
import { fold } from "./normalize";
import { oncePerCell } from "./sheetMemo";

const MAX_ROWS = 30;

/**
 * The area named by the head row's title one column left of the label block at (row, col), or undefined;
 * remembered per cell, since every label of a block asks, each walking up to its head.
 */
export const cornerLeftArea = oncePerCell(findCornerLeftArea);

function findCornerLeftArea(sheet: SheetGrid, row: number, col: number): AreaId | undefined {
  if (col - 1 < sheet.c0) return undefined;
  for (let r = row; r >= Math.max(sheet.r0, row - MAX_ROWS); r--) {
    if (sheet.rowBlank(r)) return undefined;
    const label = sheet.ownText(r, col);
    const left = sheet.ownText(r, col - 1);
    if (label !== undefined) {
      if (left !== undefined && left.trim() !== "") return undefined;
      continue;
    }
    // The head row: the title left of the empty label cell, only column heads right of it.
    if (left === undefined || r === row) return undefined;
    const others = sheet.filledColumns(r).filter((c) => c > col);
    if (others.length === 0 || others.some((c) => typeof sheet.value(r, c) === "number" && !(Number(sheet.value(r, c)) >= 1900 && Number(sheet.value(r, c)) <= 2100))) return undefined;
    return areaNamed(fold(left));
  }
  return undefined;
}
