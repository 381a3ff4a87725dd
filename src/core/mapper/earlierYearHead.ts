// "Basis | 2023 | 2024 (vorl.)" in a 2025 workbook: a head naming only years before the planning year reports what
// was, never the planned figure. A bare year two back has no role of its own (../roles.ts roleOf), so without this
// the sheet's title ("Zielplanung 2025") would lend the value the planning year's role.
import { fold, yearsIn } from "./normalize";
import type { ColumnHeader, RoleOrNone } from "./roles";

/**
 * "none" where the label or scope would make the value under a role-less head naming only years before the planning
 * year the planning year's; else that role. Only the planned reading is refused: another role (the previous
 * year's) stays as it was, so a customer table "2022 | 2023" is read as before.
 */
export function earlierYearHeadRole(head: ColumnHeader | undefined, planYear: number | undefined, fallback: RoleOrNone | undefined): RoleOrNone | undefined {
  if (fallback !== "current") return fallback;
  // Above a blank row the head is of a table that ended ("Kunden | 2022 | 2023", then "Personal (Köpfe) | 58").
  if (head === undefined || head.role !== undefined || head.acrossBlank || planYear === undefined) return fallback;
  const years = yearsIn(fold(head.text));
  return years.length > 0 && years.every((y) => y < planYear) ? "none" : fallback;
}
