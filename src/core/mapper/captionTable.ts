// A table captioned by its figure: the header row's label cell names the figure and its other cells the years
// or roles ("Integrationsquote | IQ 2024 (Ist) | IQ 2025 (Ziel) | Veränderung", "Langzeitleistungsbeziehende |
// JD 2024 | Ziel JD 2025"), the rows below its parts: "gesamt" the figure's total (also below the genders), "Männer"/"Frauen" its members.
import type { SheetGrid } from "./grid";
import type { LabelSpec } from "./labels";
import { fold } from "./normalize";
import { readColumn } from "../columnRoles";
import { isCaptionRow } from "./captionHeads";

/** A row label saying only "the total" ("gesamt", "Insgesamt:"). */
export function isBareTotalLabel(text: string | undefined): boolean {
  return text !== undefined && /^(gesamt|insgesamt)$/.test(fold(text).replace(/[.:]/g, " ").trim());
}

const BARE_GENDER = /^(frauen|maenner|weiblich|maennlich)$/;

/** A column head with a year or a role word ("JD 2024", "Ziel", "Veränderung"). */
function namesYearOrRole(text: string): boolean {
  const c = readColumn(fold(text));
  return c.year !== undefined || c.kind !== undefined;
}

/**
 * The figure a caption row names for the part rows below it: the nearest row above `row` (no blank row between,
 * part rows passed over) whose label cell names a figure and whose other cells are column heads with a year or
 * role, none of them a number. Empty when there is no such caption.
 */
export function captionSpecs(
  sheet: SheetGrid,
  row: number,
  col: number,
  specsOf: (row: number) => { standalone: readonly LabelSpec[]; member: readonly LabelSpec[] },
): LabelSpec[] {
  for (let r = row - 1; r >= Math.max(sheet.r0, row - 4); r--) {
    if (sheet.rowBlank(r)) return [];
    const m = specsOf(r);
    // "Männer", "Frauen" before the total row ("Männer | Frauen | insgesamt"): part rows, whatever a bare gender word names alone.
    if (isBareTotalLabel(sheet.ownText(r, col)) || BARE_GENDER.test(fold(sheet.ownText(r, col) ?? "")) || (m.member.length > 0 && m.standalone.length === 0)) continue;
    // Heads up to the block's end, bare years among them (./captionHeads.ts).
    return isCaptionRow(sheet, r, col, namesYearOrRole) ? [...m.standalone] : [];
  }
  return [];
}
