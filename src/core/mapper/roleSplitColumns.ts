// A year's role split into parts that carry no location word ("Ziel 2024 Mitte | Ziel 2024 Hafen | Ziel 2024
// gesamt", "Plan 2025 Team A | Plan 2025 Team B | Plan 2025 insgesamt"): the headers share role and year and differ
// by a trailing name, and the one ending in a total word is the whole. The Jobcenter's figure is that total column;
// the named ones are its parts. (locationColumns.ts reads headers with a location word, "GSt Nord", by themselves.)
import { readColumn } from "../columnRoles";
import { fold, yearsIn } from "./normalize";
import type { ColumnHeader } from "./roles";

interface Column {
  cell: { col: number };
  header: ColumnHeader | undefined;
}

const ROLE_KINDS = new Set(["plan", "ist", "prognose", "latest"]);
/** "<role and year> [JC|Jobcenter] gesamt": the prefix and the total word. */
const TOTAL_TAIL = /^(.+?) (?:(?:jc|jobcenter) )?(?:gesamt|insgesamt|summe|total|zusammen)$/;
/** A part's name: words only, no year, no column role ("Mitte", "Team A", "Nord-Ost"). */
const PART_NAME = /^[a-z][a-z0-9 .\-/]*$/;

const folded = (h: ColumnHeader | undefined) => (h && !h.acrossBlank ? fold(h.text).replace(/[()]/g, " ").replace(/\s+/g, " ").trim() : undefined);

/** The columns without the parts of a role's total, when one total column has at least two such parts; else undefined. */
export function withoutRoleSplitParts<C extends Column>(columns: C[]): { kept: C[]; parts: C[] } | undefined {
  const heads = columns.map((c) => folded(c.header));
  for (const h of heads) {
    const m = h === undefined ? null : TOTAL_TAIL.exec(h);
    if (!m || !ROLE_KINDS.has(readColumn(m[1]).kind ?? "")) continue;
    const prefix = `${m[1]} `;
    const parts = columns.filter((_, i) => {
      const other = heads[i];
      if (other === undefined || other === h || !other.startsWith(prefix)) return false;
      const tail = other.slice(prefix.length);
      return PART_NAME.test(tail) && yearsIn(tail).length === 0 && readColumn(tail).kind === undefined;
    });
    if (parts.length >= 2) return { kept: columns.filter((c) => !parts.includes(c)), parts };
  }
  return undefined;
}
