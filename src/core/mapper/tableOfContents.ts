// A table of contents ("1 | → Budget | Verwaltungs- und Eingliederungsbudget | 3"): each row names another sheet
// of the workbook and what is on it, with a page number. Its words name figures, but its numbers are pages, not
// values: a candidate in a row that points to another sheet is no source.
import { parseCell, splitAddress } from "../address";
import type { Candidate, Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

// A pointer's decoration: arrows, "Blatt", "siehe", quotes.
const POINTER = /^(→|->|=>|►|▶|»|siehe|vgl\.?|blatt|tabelle)\s*|["„“”']/g;

const sheetKey = (text: string) => fold(text.replace(POINTER, "").replace(POINTER, "")).trim();

/**
 * Per sheet index, the rows of a table of contents: rows holding the name of another sheet and a text saying what
 * is on it, with no number but a page number (a whole number below 1000); at least three with the sheet's name in
 * one column. A head row ("Personal | Köpfe | VZÄ") or a figure's row naming a sheet is none.
 */
function tocRows(grids: readonly SheetGrid[]): Map<number, Set<number>> {
  const names = new Map(grids.map((g) => [sheetKey(g.name), g.index]));
  const out = new Map<number, Set<number>>();
  for (const g of grids) {
    const byCol = new Map<number, Set<number>>();
    for (let r = g.r0; r <= g.lastRow; r++) {
      if (g.rowBlank(r)) continue;
      const cols = g.filledColumns(r);
      const pointer = cols.find((c) => {
        const t = g.ownText(r, c);
        const target = t === undefined ? undefined : names.get(sheetKey(t));
        return target !== undefined && target !== g.index;
      });
      if (pointer === undefined) continue;
      const describes = cols.some((c) => c !== pointer && /\p{L}/u.test(g.ownText(r, c) ?? ""));
      const onlyPages = cols.every((c) => {
        const n = g.number(r, c);
        return n === undefined || (Number.isInteger(n) && n > 0 && n < 1000);
      });
      if (describes && onlyPages) byCol.set(pointer, (byCol.get(pointer) ?? new Set()).add(r));
    }
    const rows = [...byCol.values()].find((x) => x.size >= 3);
    if (rows) out.set(g.index, rows);
  }
  return out;
}

/** The candidates standing in a table of contents' rows get a low, so a value on the sheet itself wins. */
export function withTocLows(grids: readonly SheetGrid[], candidates: Candidate[]): Candidate[] {
  const toc = tocRows(grids);
  if (toc.size === 0) return candidates;
  return candidates.map((c) => {
    const rows = toc.get(c.sheet);
    if (!rows) return c;
    const at = parseCell(splitAddress(c.labelCell).range.replace(/\$/g, "").split(":")[0]);
    if (!rows.has(at.row)) return c;
    const low: Low = { id: "kontext", text: "Die Zeile gehört zu einem Inhaltsverzeichnis: sie verweist auf ein anderes Blatt, ihre Zahl ist eine Seitenzahl." };
    return { ...c, lows: [...c.lows, low] };
  });
}
