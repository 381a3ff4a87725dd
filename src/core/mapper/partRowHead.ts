// "Beschäftigte (Köpfe) | 178" over "davon BA", "davon Landkreis", "davon Frauen" on a sheet of key data: a part
// row ("davon …", "darunter …") belongs to the row it splits — the nearest row above in the same block that is no
// part row itself. When that head row names figures of one area (the staff head count), the part rows are that
// area's parts ("davon Frauen" the staff's women, not the LZB's), however the sheet is named. A head naming no
// figure, or figures of several areas, says nothing, and a blank row ends the block.
import { areaOf, type AreaId } from "../areas";
import type { SheetGrid } from "./grid";
import type { LabelMatch } from "./matchLabel";
import { fold } from "./normalize";
import { LEVEL2 } from "../resolve/labels";

/** The area of the figures the head row of the part row (row, col) names, if exactly one. */
export function partRowHeadArea(sheet: SheetGrid, row: number, col: number, matchAt: (r: number) => LabelMatch): AreaId | undefined {
  for (let r = row - 1; r >= Math.max(sheet.r0, row - 12); r--) {
    if (sheet.rowBlank(r)) return undefined;
    const text = sheet.ownText(r, col);
    if (text === undefined) return undefined;
    if (LEVEL2.test(fold(text))) continue;
    const areas = new Set(matchAt(r).standalone.flatMap((s) => Object.values(s.names).map((n) => (n ? areaOf(n)?.id : undefined))));
    areas.delete(undefined);
    return areas.size === 1 ? [...areas][0] : undefined;
  }
  return undefined;
}
