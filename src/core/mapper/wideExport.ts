// A wide export for a BI tool: one head row of field names ("VH_Gesamt_EUR | IQ_Maenner | … | SGB2_Quote"),
// value rows whose first cell names role and year ("Plan 2025", "Ist 2024"). Such an export carries many fields
// the contract does not know (Bedarfsgemeinschaften, SGB-II-Quote, Stellenzugang), so the transposed reader's rule
// "every head names a figure" cannot hold there; a head row naming many figures, most of its heads, still is one.
import type { SheetGrid } from "./grid";
import type { LabelSpec } from "./labels";
import { fold, yearsIn } from "./normalize";
import { roleOf } from "./roles";

const WIDE_FIGURES = 8;

/** Whether a head row with `figures` of its `heads` naming one figure each is a head row of figures. */
export function isFigureHeadRow(figures: number, heads: number): boolean {
  if (figures >= 2 && figures >= heads - 1) return true;
  return figures >= WIDE_FIGURES && figures * 3 >= heads * 2;
}

/**
 * A head naming the eLb twins ("eLb_Durchschnitt": the targets' eLb and the customer stock) over a value in a row
 * of the planning year's plan ("Plan 2025"): the customer stock is never the planning year's, so the head is the
 * targets' figure (as a row label with a planning-year column is, ./findCells.ts settleTwins). Else undecided.
 */
export function planYearTwin(specs: readonly LabelSpec[], sheet: SheetGrid, hr: number, c: number, labelCol: number, planYear: number | undefined): LabelSpec[] {
  const targets = specs.filter((s) => !s.latestYear);
  if (planYear === undefined || specs.length !== 2 || targets.length !== 1) return [];
  for (let r = hr + 1; r <= sheet.lastRow && !sheet.rowBlank(r); r++) {
    const label = sheet.ownText(r, labelCol);
    if (label === undefined || sheet.value(r, c) === null) continue;
    if (roleOf(fold(label), planYear) === "current" && yearsIn(fold(label)).includes(planYear)) return targets;
  }
  return [];
}
