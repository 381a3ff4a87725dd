// The heads of a caption row ("Integrationsquote | 2023 | Ziel 2024 | Veränderung"): the cells right of the label
// up to the first empty one (a second block side by side, "| LZB (JDW) | 2023 | …", is not this caption's), a bare
// year counting as a head as "Ist 2023" does.
import type { SheetGrid } from "./grid";
import { isYearNumber } from "./normalize";

/** Whether the caption row's cells right of `col`, up to the first empty cell, are heads (`isHead`) or bare years. */
export function isCaptionRow(sheet: SheetGrid, row: number, col: number, isHead: (text: string) => boolean): boolean {
  let heads = 0;
  for (let c = col + 1; c <= sheet.lastCol && sheet.value(row, c) !== null; c++) {
    const year = sheet.number(row, c);
    const text = sheet.ownText(row, c);
    if (year !== undefined ? !isYearNumber(year) : text === undefined || !isHead(text)) return false;
    heads++;
  }
  return heads > 0;
}
