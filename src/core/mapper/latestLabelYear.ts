// Customer structure (`KUN_*`) is as of the latest year reported, normally the planning year's previous year
// (issue 13 §2). A year in such a label ("Alleinerziehende 2024", "Anteil LZB Ist 2024") is read that way too,
// not as a target's year: in a 2025 workbook 2024 is the current figure and 2023 its `_VJ`, where the target
// reading would make 2024 the previous year and leave 2023 to the plain (current) role. So is the word
// "Vorvorjahr" (the year before last, y − 2): the year before the latest reported, the `_VJ` ("dgl. Vorvorjahr").
import { latestYearRoles } from "./context";
import type { LabelSpec } from "./labels";
import { yearsIn } from "./normalize";
import type { RoleOrNone } from "./roles";

/** The role a customer-structure label's own single year gives; undefined when it names no year or several. */
export function latestLabelRole(spec: LabelSpec, folded: string, planYear: number | undefined): RoleOrNone | undefined {
  if (!spec.latestYear || planYear === undefined) return undefined;
  const years = new Set(yearsIn(folded));
  if (years.size === 0 && /\bvorvorjahr/.test(folded)) return "previous";
  if (years.size !== 1) return undefined;
  return latestYearRoles([folded], planYear)[0];
}
