// "Basis | 2023 | 2024 (vorl.)" in a 2025 workbook: a head naming only years before the planning year reports what
// was, never the planned figure. A bare year two back has no role of its own (../roles.ts roleOf), so without this
// the sheet's title ("Zielplanung 2025") would lend the value the planning year's role.
import { fold, yearsIn } from "./normalize";
import type { ColumnHeader, RoleOrNone } from "./roles";

/** "none" for a role-less head naming only years before the planning year; undefined otherwise. */
export function earlierYearHeadRole(head: ColumnHeader | undefined, planYear: number | undefined): RoleOrNone | undefined {
  // Above a blank row the head is of a table that ended ("Kunden | 2022 | 2023", then "Personal (Köpfe) | 58").
  if (head === undefined || head.role !== undefined || head.acrossBlank || planYear === undefined) return undefined;
  const years = yearsIn(fold(head.text));
  return years.length > 0 && years.every((y) => y < planYear) ? "none" : undefined;
}
