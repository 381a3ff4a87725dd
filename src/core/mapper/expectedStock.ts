// "erwartete eLb 2025 (JDW)", "prognostizierter ELB-Bestand 2025" in a 2025 programme: the stock the plan expects
// is the planned stock (ZIE_ELB is "geplanter durchschnittlicher ELB-Bestand im Planjahr"). A forecast of a count
// or a rate stays no plan; only a stock figure with a planned and a previous-year name reads it so.
import { readColumn } from "../columnRoles";
import { STOCK_NAMES } from "../contract";
import type { LabelSpec } from "./labels";
import type { RoleOrNone } from "./roles";

/** "current" for a planned stock whose label forecasts the planning year; undefined otherwise. */
export function expectedStockRole(spec: LabelSpec, ownWords: string, planYear: number | undefined): RoleOrNone | undefined {
  const { current, previous } = spec.names;
  if (planYear === undefined || !current || !previous || current === previous || !STOCK_NAMES.has(current)) return undefined;
  const c = readColumn(ownWords);
  return c.kind === "prognose" && c.year === planYear ? "current" : undefined;
}
