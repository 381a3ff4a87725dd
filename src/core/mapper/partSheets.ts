// A city Jobcenter keeps one sheet per district or office ("Bezirk Mitte", "Bezirk Nord", "GSt Süd") beside its
// total sheet ("JC Gesamt"), all built alike. A district sheet's figures are parts of the Jobcenter's: no rival to
// the same figure elsewhere (the total sheet), and a figure found only on district sheets is not sure.
import type { Candidate } from "./candidate";
import type { SheetGrid } from "./grid";
import { listedAsLocation } from "./lonePartSheet";
import { fold } from "./normalize";

// A location word followed by the part's name: "Bezirk Mitte", "Geschäftsstelle Nord", "GSt 3".
const PART_SHEET = /^(bezirk|stadtbezirk|standort|geschaeftsstelle|gst|gs|dienststelle|aussenstelle|regionalstelle|region|team)\s+(\S.*)$/;
const TOTAL = /\b(gesamt|insgesamt|summe|total)\b/;

const cache = new WeakMap<readonly SheetGrid[], Map<number, string>>();

/**
 * The location word of a part sheet's name, when at least one other sheet is a part of the same kind or the
 * workbook lists the sheet's place among its locations beside a total (lonePartSheet.ts).
 */
function partWords(grids: readonly SheetGrid[]): Map<number, string> {
  const cached = cache.get(grids);
  if (cached) return cached;
  const words = new Map<number, string>();
  const places = new Map<number, string>();
  for (const g of grids) {
    const m = PART_SHEET.exec(fold(g.name).trim());
    if (m && !TOTAL.test(m[2])) {
      words.set(g.index, m[1]);
      places.set(g.index, m[2]);
    }
  }
  const counts = new Map<string, number>();
  for (const w of words.values()) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const [i, w] of words) if ((counts.get(w) ?? 0) < 2 && !listedAsLocation(grids, i, places.get(i) ?? "")) words.delete(i);
  cache.set(grids, words);
  return words;
}

/** Of one figure's candidates, those on part sheets yield to any elsewhere; alone, they are only low. */
export function withoutPartSheets(pool: Candidate[], grids: readonly SheetGrid[]): Candidate[] {
  const parts = partWords(grids);
  if (parts.size === 0) return pool;
  const elsewhere = pool.filter((c) => !parts.has(c.sheet));
  if (elsewhere.length > 0) return elsewhere;
  return pool.map((c) => ({
    ...c,
    lows: [...c.lows, { id: "kontext", text: `Das Blatt „${grids.find((g) => g.index === c.sheet)?.name}“ zeigt einen Teil des Jobcenters (einen Bezirk oder Standort), nicht das ganze.` }],
  }));
}
