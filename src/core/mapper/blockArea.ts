// The area of a block of rows on a sheet without area titles (one long sheet, blocks apart by blank rows): the
// figures its other rows name. "Anteil BA" among "Beschäftigte" and "Anteil Kommune" is the staff share, as under
// a title "Personal"; among targets or mixed rows it stays as weak as alone.
import { areaOf, type AreaId } from "../areas";
import type { Claims } from "./candidate";
import type { SheetGrid } from "./grid";
import type { LabelSpec } from "./labels";
import { outlineEnds } from "./outlineGroup";

/** Rows looked at above and below, at most (a block ends at a blank row anyway). */
const REACH = 12;
/** Rows of the area needed, as for the eLb twins among target or customer rows (./findCells.ts settleTwins). */
const MIN_ROWS = 1;
/**
 * Rows needed for a block to speak against its sheet's or section's area: a staff block ("Beschäftigte", "Stellen
 * (VZÄ)") at the foot of a sheet "HH-Plan" holds "Anteil Personal BA", whose label names the staff itself.
 */
export const BLOCK_OVER_SHEET_ROWS = 2;

/** The one area all of a spec list's names lie in, or undefined (none, or several: an ambiguous label). */
function areaOfSpecs(specs: readonly LabelSpec[]): AreaId | undefined {
  const areas = new Set(specs.flatMap((s) => Object.values(s.names).map((n) => (n ? areaOf(n)?.id : undefined))));
  return areas.size === 1 ? [...areas][0] : undefined;
}

/**
 * The area the other label rows of the block around (row, col) name: rows of one area and none of another (rows
 * naming several areas, and rows a table claimed, whose labels are its parts, are passed over); an outline-numbered
 * row's block ends at another top-level number (./outlineGroup.ts). Undefined otherwise.
 */
export function blockArea(sheet: SheetGrid, row: number, col: number, claims: Claims, specsOf: (row: number) => readonly LabelSpec[], minRows = MIN_ROWS): AreaId | undefined {
  const found = new Map<AreaId, number>();
  // In a list numbered by outline ("2.3 Ant. BA" among "2.1 MA", "2.2 VZÄ"), the block ends where the top number changes.
  const ends = outlineEnds(sheet, row, col);
  for (const step of [-1, 1]) {
    for (let r = row + step, n = 0; r >= sheet.r0 && r <= sheet.lastRow && n < REACH && !sheet.rowBlank(r) && !ends(r); r += step, n++) {
      if (claims.has(sheet.index, r, col) || sheet.ownText(r, col) === undefined) continue;
      const specs = specsOf(r);
      if (specs.length === 0) continue;
      const area = areaOfSpecs(specs);
      if (area === undefined) continue;
      found.set(area, (found.get(area) ?? 0) + 1);
    }
  }
  const [only] = found.size === 1 ? [...found] : [];
  return only && only[1] >= minRows ? only[0] : undefined;
}

/**
 * Several readings of one label ("Ant. Kommune": the staff share or the KFA) where no title gives an area: the
 * block's other rows, naming figures of one area only (at least two of them), pick the reading of that area.
 */
export function byBlockArea(specs: LabelSpec[], siblings: readonly LabelSpec[]): LabelSpec[] {
  const areas = new Set(siblings.map((s) => areaOfSpecs([s])));
  const [only] = areas.size === 1 && siblings.length >= 2 ? [...areas] : [];
  if (only === undefined) return specs;
  const inArea = specs.filter((s) => areaOfSpecs([s]) === only);
  return inArea.length > 0 ? inArea : specs;
}
