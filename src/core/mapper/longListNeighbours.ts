// A long list without an area column mixes targets and customer figures, sorted by figure: "Anteil Ausländer an
// Alo" between "Anteil LZB an eLb" and "Alleinerziehende" is a customer figure, as under a title "Kundenstruktur".
// A reader takes a row's area from the nearest rows of other figures above and below it whose labels are clear on
// their own; both must agree (at the list's edge the one neighbour). Rows of the same figure are passed over; a
// row whose own label is clear keeps its own area.
import { areaOf, type AreaId } from "../areas";
import type { SheetGrid } from "./grid";
import type { LongListHead } from "./longListHead";
import { matchLabel } from "./matchLabel";
import { fold } from "./normalize";

/** The area of a label clear on its own: its readings name one area and none needs a context; else undefined. */
function clearArea(label: string): AreaId | undefined {
  const specs = matchLabel(label).standalone;
  if (specs.length === 0 || specs.some((s) => s.context)) return undefined;
  const areas = new Set(specs.flatMap((s) => Object.values(s.names).map((n) => (n ? areaOf(n)?.id : undefined))));
  return areas.size === 1 ? [...areas][0] : undefined;
}

/** Per data row of a label not clear alone, the area its neighbours of other figures agree on (else left out). */
export function neighbourAreas(sheet: SheetGrid, head: LongListHead): Map<number, AreaId> {
  const rows: Array<{ r: number; key: string; area: AreaId | undefined }> = [];
  for (let r = head.from; r <= head.to; r++) {
    const label = sheet.ownText(r, head.label);
    if (label !== undefined) rows.push({ r, key: fold(label).trim(), area: clearArea(label) });
  }
  const out = new Map<number, AreaId>();
  rows.forEach((row, i) => {
    // A label clear on its own keeps its own area ("Integrationen" under customer rows is still a target).
    if (row.area !== undefined) return;
    const near = (step: number): AreaId | undefined | null => {
      for (let j = i + step; j >= 0 && j < rows.length; j += step) {
        if (rows[j].key === row.key || rows[j].area === undefined) continue;
        return rows[j].area;
      }
      return null; // the list's edge
    };
    const above = near(-1);
    const below = near(1);
    const area = above === null ? below : below === null ? above : above === below ? above : undefined;
    if (area) out.set(row.r, area);
  });
  return out;
}
