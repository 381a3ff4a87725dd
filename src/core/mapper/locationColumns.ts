// A year's role split by location in the header itself ("Ziel 2025 GSt Nord | Ziel 2025 GSt Süd | Ziel 2025
// gesamt"): the role word comes first, so the column reads as the plan, yet it holds one location's part. The
// Jobcenter's figure is the total column ("… gesamt"), or none when there is no total.
import { COLUMN_WORDS, readColumn } from "../columnRoles";
import type { CellKind } from "../contract";
import type { ColumnHeader } from "./roles";
import { fold } from "./normalize";

const ROLE_KINDS = new Set(["plan", "ist", "prognose", "change", "latest"]);

/** Whether a header names a year's role and a location, not the total: "Ziel 2025 GSt Nord", "Ist 2024 Standort Ost". */
export function isRoleOfLocation(header: ColumnHeader | undefined): boolean {
  if (!header || header.acrossBlank) return false;
  const f = fold(header.text);
  if (!ROLE_KINDS.has(readColumn(f).kind ?? "") || !COLUMN_WORDS.location.test(f)) return false;
  return !/\b(gesamt|insgesamt|summe|total)\b/.test(f);
}

/**
 * Whether a figure of this kind can be split by location: the workbook's own facts (Planjahr, Stand, the name) are
 * not, so a text over them ("Jobcenter | Jobcenter Region Lindenau" over "Planjahr | 2025") is no location column.
 */
export function splitsByLocation(kind: CellKind | "table"): boolean {
  return kind !== "year" && kind !== "date" && kind !== "text";
}
