// A label naming its year ("Eingliederungsbudget 2026 (nach Umschichtung)") under a header above blank rows
// ("Plan 2026 | Hochrechnung 2025"): the label's year usually wins over a header that may head another block
// ("Eintrittsplanung 2024" below the table). But when one of the row's columns is headed by that very year, the
// header does reach the row: the label's year picks that column, and the other columns keep their own years.
// A change head never yields to a label naming the planning year ("IQ Ziel gesamt" under "Wert | Veränd. z. VJ"
// above blank rows): the target's change against the previous year is no other year, it stands beside the target.
import type { RoleOrNone } from "./roles";

interface Head {
  role: RoleOrNone | undefined;
  acrossBlank: boolean;
}

/** Whether the header `found` (above a blank row) yields to the label's own role, given the row's other headers. */
export function headerYieldsToLabel(found: Head | undefined, labelRole: RoleOrNone | undefined, rowHeads: Array<Head | undefined>): boolean {
  if (!found?.acrossBlank || labelRole === undefined || found.role === labelRole) return false;
  if (found.role === "change" && labelRole === "current") return false;
  const agreeing = rowHeads.filter((h) => h?.acrossBlank && h.role === labelRole).length;
  return agreeing !== 1;
}
