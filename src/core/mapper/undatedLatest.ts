// "JC gesamt | JC gesamt 2024" under "Kundenstruktur 2025" in a 2026 workbook: customer structure beside one column
// dated with the year before the latest reported. A reader takes the undated column as the latest report (2025) and
// the dated one as its previous value; without the dated column being the older year, the undated stays unread,
// and so it does under a caption naming an older year (./titleYearColumns.ts captionContradictsHeads).
import { readColumn } from "../columnRoles";
import type { RoleOrNone } from "./roles";

/** The roles with undated columns read as the latest, when every dated column is the previous value; else `roles`. */
export function undatedAsLatest(roles: Array<RoleOrNone | undefined>, years: Array<number | undefined>, headers: Array<string | undefined>): Array<RoleOrNone | undefined> {
  const dated = roles.filter((_, i) => years[i] !== undefined);
  if (dated.length === 0 || dated.some((r) => r !== "previous")) return roles;
  // Only plain or total heads ("JC gesamt", "Wert"); a head of another kind (Plan, Veränderung) keeps its own reading.
  const undated = headers.map((h, i) => years[i] === undefined && h !== undefined && [undefined, "total"].includes(readColumn(h).kind));
  if (undated.filter(Boolean).length !== 1) return roles;
  return roles.map((r, i) => (undated[i] ? "current" : r));
}
