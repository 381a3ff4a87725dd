// A unit column between the labels and the numbers ("Position | Einheit | Ist … | Plan …" with "€", "%",
// "Anzahl", "Köpfe", "VZÄ" in it): its cells say what the row's numbers count, they label no figure of their own
// ("Köpfe" beside "Beschäftigte" is not a second head-count label).
import { fold } from "./normalize";
import type { SheetGrid } from "./grid";

/** A unit as a whole cell (folded): money, percent, count, heads, full-time equivalents, persons. */
const UNIT = /^(€|eur|euro|t ?€|teur|tsd ?€|%|prozent|anzahl|anz|koepfe|kopfe|vzae|stellen|personen|pers|stk|stueck|faelle|tage|bg|bgs)$/;
/** The head of such a column: "Einheit", "Maßeinheit", "ME", "Dimension". */
const UNIT_HEAD = /^(einheit|masseinheit|me|dimension|einh)$/;

const unitColumns = new WeakMap<SheetGrid, Map<number, boolean>>();

function foldedUnit(text: string | undefined): string | undefined {
  return text === undefined ? undefined : fold(text).replace(/[()[\]]/g, "").trim();
}

/** Whether a column holds units: headed "Einheit", or three or more unit cells each right of a row's text (cached per sheet). */
function isUnitColumn(sheet: SheetGrid, col: number): boolean {
  let cache = unitColumns.get(sheet);
  if (!cache) unitColumns.set(sheet, (cache = new Map()));
  let hit = cache.get(col);
  if (hit === undefined) {
    let units = 0;
    let headed = false;
    for (let r = sheet.r0; r <= sheet.lastRow; r++) {
      const f = foldedUnit(sheet.ownText(r, col));
      if (f === undefined) continue;
      if (UNIT_HEAD.test(f)) headed = true;
      else if (UNIT.test(f) && col > sheet.c0 && sheet.ownText(r, col - 1) !== undefined) units++;
    }
    hit = headed || units >= 3;
    cache.set(col, hit);
  }
  return hit;
}

/** Whether the cell is a unit in a unit column, beside the row's own label on its left. */
export function isUnitCell(sheet: SheetGrid, row: number, col: number): boolean {
  const f = foldedUnit(sheet.ownText(row, col));
  if (f === undefined || !UNIT.test(f) || col <= sheet.c0) return false;
  let left = false;
  for (let c = col - 1; c >= sheet.c0 && !left; c--) left = sheet.ownText(row, c) !== undefined;
  return left && isUnitColumn(sheet, col);
}
