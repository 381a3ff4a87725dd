// One office sheet ("GS Mühlhausen") beside the Jobcenter's sheets: a part when the workbook elsewhere lists that
// place among its locations in a row that also has a total ("Mühlhausen | Bad Langensalza | JC gesamt"). Then its
// figures are the location's, not the Jobcenter's, although no second office sheet shows the pattern.
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

const TOTAL = /\b(gesamt|insgesamt|summe|total)\b/;
/** Location words that may precede a place's name in a column head ("GS Mühlhausen", "Standort Nord"). */
const LOCATION_PREFIX = /^(?:bezirk|stadtbezirk|standort|geschaeftsstelle|gst|gs|dienststelle|aussenstelle|regionalstelle|region)\s+/;

function placeName(text: string): string {
  return fold(text).trim().replace(LOCATION_PREFIX, "").trim();
}

/**
 * The places named as location columns beside a total on any sheet: each head row with a total cell and at least
 * two other text cells contributes those cells' place names (location word removed).
 */
function listedPlaces(grids: readonly SheetGrid[], skip: number): Set<string> {
  const places = new Set<string>();
  for (const g of grids) {
    if (g.index === skip) continue;
    for (let row = g.r0; row <= g.lastRow; row++) {
      const texts = g.filledColumns(row).flatMap((col) => {
        const t = g.number(row, col) === undefined ? g.ownText(row, col) : undefined;
        return t ? [fold(t).trim()] : [];
      });
      if (texts.length < 4 || !texts.some((t) => TOTAL.test(t))) continue;
      for (const t of texts) if (!TOTAL.test(t)) places.add(placeName(t));
    }
  }
  return places;
}

/** Whether the lone part sheet whose place is `place` is one of the locations the workbook lists beside a total. */
export function listedAsLocation(grids: readonly SheetGrid[], sheet: number, place: string): boolean {
  const name = placeName(place);
  return name.length > 1 && listedPlaces(grids, sheet).has(name);
}
