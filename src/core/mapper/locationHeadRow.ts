// A row of values under a head row whose corner says the columns are locations ("IQ-Ziel nach Geschäftsstellen |
// Mühlhausen | Bad Langensalza", "je Standort | Nord | Süd"): each value is one location's, not the Jobcenter's.
// Such a candidate is no rival to the figure elsewhere; alone it is not sure.
import { parseCell, splitAddress } from "../address";
import type { Candidate } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

const BY_LOCATION = /\b(nach|je|pro)\s+(den\s+)?(geschaeftsstellen?|standort(en|e)?|bezirk(en|e)?|dienststellen?|aussenstellen?|regionalstellen?|gst|regionen)\b/;
/** How far above the value the head row may stand. */
const MAX_UP = 3;

/** Whether the value cell stands in a column headed within a head row whose corner names locations. */
function underLocationHead(c: Candidate, grids: readonly SheetGrid[]): boolean {
  const g = grids.find((x) => x.index === c.sheet);
  const range = splitAddress(c.ref).range.replace(/\$/g, "");
  if (!g || range.includes(":")) return false;
  const at = parseCell(range);
  for (let r = at.row - 1; r >= Math.max(g.r0, at.row - MAX_UP); r--) {
    if (g.ownText(r, at.col) === undefined) continue;
    const corner = g.filledColumns(r).find((col) => col < at.col && g.ownText(r, col) !== undefined);
    return corner !== undefined && BY_LOCATION.test(fold(g.ownText(r, corner)!));
  }
  return false;
}

/** Of one figure's candidates, those under a location head row yield to any elsewhere; alone, they are only low. */
export function withoutLocationHeadRows(pool: Candidate[], grids: readonly SheetGrid[]): Candidate[] {
  const located = pool.filter((c) => underLocationHead(c, grids));
  if (located.length === 0) return pool;
  if (located.length < pool.length) return pool.filter((c) => !located.includes(c));
  return pool.map((c) => ({ ...c, lows: [...c.lows, { id: "kontext", text: "Die Spalte gehört zu einem Standort (die Kopfzeile nennt die Standorte), nicht zum ganzen Jobcenter." }] }));
}
