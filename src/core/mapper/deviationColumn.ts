// A bare "Abweichung" or "Differenz" right after a target and an Ist of the same year ("Zielwert 2024 | Ist 2024 |
// Abweichung") is how far that year's result missed its target, not the change of the new target against the
// previous year's Ist the programme asks for. After "Ist 2024 | Soll 2025" the same word is that change. The year
// may stand in a row above, merged over the three ("2025" over "Soll | Ist | Abw. abs."): read as one header.
import { readColumn } from "../columnRoles";
import { combinedHeader } from "./twoRowHeader";
import type { SheetGrid } from "./grid";
import { fold, yearsIn } from "./normalize";

/** Words that name what a change is against ("ggü. VJ", "zum Vorjahr", "vs. PY"): the header says it itself. */
const REFERENCE = /\b(ggue|gegenueber|zum|zur|vj|vorjahr\w*|vs|py|prior|previous)\b/;

/**
 * Whether the change header at (row, col) names neither a year nor a reference, and the two nearest headers left
 * of it in the same row are a target and an Ist of one and the same year.
 */
export function comparesSameYear(sheet: SheetGrid, row: number, col: number): boolean {
  const own = fold(sheet.text(row, col) ?? "");
  if (yearsIn(own).length > 0 || REFERENCE.test(own)) return false;
  const left = sheet
    .filledColumns(row)
    .filter((c) => c < col)
    .slice(-2)
    .map((c) => readColumn(withYearAbove(sheet, row, c)));
  if (left.length < 2 || left.some((r) => r.year === undefined) || left[0].year !== left[1].year) return false;
  const kinds = new Set(left.map((r) => r.kind));
  if (!kinds.has("plan") || !kinds.has("ist")) return false;
  // A year above the change header itself must be that same year ("2026" over "Veränderung" is the new plan's).
  const ownYear = readColumn(withYearAbove(sheet, row, col)).year;
  return ownYear === undefined || ownYear === left[0].year;
}

/** The header at (row, col), with the year of the row above when the header names none ("Soll" under "2025"). */
function withYearAbove(sheet: SheetGrid, row: number, col: number): string {
  const near = sheet.text(row, col) ?? "";
  const far = row > sheet.r0 ? sheet.text(row - 1, col) : undefined;
  return (far !== undefined ? combinedHeader(near, far) : undefined) ?? near;
}
