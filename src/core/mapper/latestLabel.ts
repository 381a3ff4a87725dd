// Customer structure is as of the latest year reported (issue 13 §2): a label naming the previous year by its
// number alone ("Der Anteil der LZB an allen eLb lag 2024 bei" in a 2025 workbook) names that latest year, so
// the current figure, not the _VJ one. Role words ("Vorjahr", "Ist 2024", "Prognose") still decide as for
// every other figure.
import { readColumn } from "../columnRoles";
import { yearsIn } from "./normalize";
import { roleOf, type RoleOrNone } from "./roles";

/** The role a customer-structure label's own year gives it (folded text), when only a bare year speaks. */
export function latestLabelRole(folded: string, planYear: number | undefined): RoleOrNone | undefined {
  // "Anteil" reads as a share column's word, which names no year's role.
  const kind = readColumn(folded).kind;
  if (planYear === undefined || (kind !== undefined && kind !== "share")) return undefined;
  const years = yearsIn(folded);
  return years.length === 1 && years[0] === planYear - 1 && roleOf(folded, planYear) === "previous" ? "current" : undefined;
}
