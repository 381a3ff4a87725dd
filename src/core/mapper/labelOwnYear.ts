// The year a single figure's label names itself, beyond roleOf's words: a stock's as-of date ("Köpfe zum
// 31.12.2023") and a label naming only years neither planning year nor previous year. Read by
// ./cellCandidates.ts before the column headers decide.
import type { LabelSpec } from "./labels";
import { yearsIn } from "./normalize";
import type { RoleOrNone } from "./roles";
import { isStockFigure } from "./context";
import { readColumn } from "../columnRoles";

/**
 * A label naming only years that are neither the planning year nor the one before ("Integrationen 2023" in a
 * 2025 workbook, last year's sheet kept beside this one): its value is no figure of this programme, so not even
 * a rival. Not for the customer structure, whose latest year reported may be two years back (latestYearRoles).
 */
export function otherYearOnly(spec: LabelSpec, folded: string, planYear: number | undefined): RoleOrNone | undefined {
  if (planYear === undefined || spec.latestYear) return undefined;
  const years = yearsIn(folded);
  return years.length > 0 && years.every((y) => y !== planYear && y !== planYear - 1) ? "none" : undefined;
}

/**
 * A date in a stock's label ("Beschäftigte (Köpfe) zum 31.12.2023", "eLb Stand 12/2024") is its as-of date, read
 * as a column header's is (../columnRoles.ts readColumn): dated in the planning year or the one before, it is the
 * current stock; dated earlier, no figure the programme maps. Undefined: no such date, or no stock.
 */
export function stockAsOf(spec: LabelSpec, label: string, planYear: number | undefined): RoleOrNone | undefined {
  if (planYear === undefined || !isStockFigure(Object.values(spec.names))) return undefined;
  const c = readColumn(label);
  if (!c.asOf || c.year === undefined || c.kind === "plan" || c.kind === "prognose" || c.kind === "change") return undefined;
  return c.year === planYear || c.year === planYear - 1 ? "current" : "none";
}
