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

/** Per sheet index, the rows of a table of contents: rows holding the name of another sheet, at least three on the sheet. */
function tocRows(grids: readonly SheetGrid[]): Map<number, Set<number>> {
  const names = new Map(grids.map((g) => [sheetKey(g.name), g.index]));
  const out = new Map<number, Set<number>>();
  for (const g of grids) {
    const rows = new Set<number>();
    for (let r = g.r0; r <= g.lastRow; r++) {
      if (g.rowBlank(r)) continue;
      const cols = g.filledColumns(r);
      const pointer = cols.find((c) => {
        const t = g.ownText(r, c);
        const target = t === undefined ? undefined : names.get(sheetKey(t));
        return target !== undefined && target !== g.index;
      });
      // A contents row also says what is on that sheet: a row "Bezirk Mitte | 298 | 271" only names a part.
      const describes = pointer !== undefined && cols.some((c) => c !== pointer && /\p{L}/u.test(g.ownText(r, c) ?? ""));
      if (describes) rows.add(r);
    }
    if (rows.size >= 3) out.set(g.index, rows);
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
