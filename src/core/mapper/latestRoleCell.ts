// A role column beside customer figures ("Merkmal | Ausprägung | Wert" over "Anteil LZB an eLb | 2024 | …" and
// "… | 2023 | …"): customer structure is as of the latest year reported, so in a 2025 workbook the row of 2024
// holds the current figure and the row of 2023 the previous year's, as year columns would (context.ts
// latestYearRoles). Targets and budgets keep the plain reading of the year (2024 = previous year).
import { latestYearRoles } from "./context";
import type { LabelSpec } from "./labels";
import { fold } from "./normalize";
import { roleOf, type RoleOrNone } from "./roles";

/** The role a row's role cell gives the figure `spec`. */
export function roleCellRole(spec: LabelSpec, text: string, planYear: number | undefined): RoleOrNone | undefined {
  if (spec.latestYear) {
    const latest = latestYearRoles([fold(text)], planYear)[0];
    if (latest !== undefined) return latest;
  }
  return roleOf(fold(text), planYear);
}
