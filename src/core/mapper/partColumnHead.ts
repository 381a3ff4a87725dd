// "Merkmal | 2025 | 2026 | dar. Team U25 2026", "Plan 2026 | davon GS Nord", "Ist | darunter Reha": a column headed by a
// part word before a team, unit, location or age group holds that part of the row's figure. It is never the
// figure and no rival of the year columns beside it (of which the latest would otherwise not be sure). A part
// naming a gender ("davon Frauen") or another figure ("davon Vorbindungen") is left to the readers of those.
import { COLUMN_WORDS } from "../columnRoles";
import { fold } from "./normalize";
import type { ColumnHeader } from "./roles";

interface Column {
  cell: { col: number };
  header: ColumnHeader | undefined;
}

/** A leading part word ("dar.", "darunter", "davon", "dav.", "dv.") (folded, points gone). */
const PART_WORD = /^(dar|darunter|davon|dav|dv)\b/;
/** What the part is: a team, unit, area of the office, an age group or Reha (folded). */
const UNIT = /\b(team\w*|abteilung\w*|sachgebiet\w*|u ?25|ue ?25|ueber ?25|reha\w*|jba|jugendberufsagentur)\b/;

export function isPartColumnHead(text: string): boolean {
  const f = fold(text).replace(/[.:]/g, " ").replace(/\s+/g, " ").trim();
  return PART_WORD.test(f) && (UNIT.test(f) || COLUMN_WORDS.location.test(f));
}

/** The columns without those headed as a team's or unit's part, when another column stays; else undefined. */
export function withoutPartColumns<C extends Column>(columns: C[]): { kept: C[]; parts: C[] } | undefined {
  const parts = columns.filter((c) => c.header !== undefined && !c.header.acrossBlank && isPartColumnHead(c.header.text));
  return parts.length > 0 && parts.length < columns.length ? { kept: columns.filter((c) => !parts.includes(c)), parts } : undefined;
}
