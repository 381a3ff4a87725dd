// In-year monitoring at a Förderung table's right edge: "Ist 2024 | Plan 2025 | Begründung | Ist 2025 (bis Aug.) |
// Hochrechnung 2025", "Ist 2025 | Plan 2026 | Q1 … Q4 | Prognose 2026 | Plan erreicht %", "… | Erläuterung |
// Ist 2025 (Jan–Okt) | Umsetzung in %". Months, quarters, running totals, the planning year's own Ist so far, its
// forecast and the degree of attainment report how the planning year goes (./monitoringColumns.ts); the check's
// table layout reads the instruments' previous-year Ist, Plan and Begründung only, so the table (FOE_Tabelle)
// ends before them, also when they follow the Begründung. The previous year's Ist is the table's own column.
import { readColumn } from "../columnRoles";
import type { SheetGrid } from "./grid";
import { isMonitoringHead } from "./monitoringColumns";

/**
 * Whether column `c` (right of the table's Ist and Plan columns, headed in `headRows`, data in rows
 * `top`+1..`last`) is in-year monitoring of `planYear`: its head names it and its cells hold figures, not
 * text (a column of remarks headed "Umsetzungshinweise" is the table's own).
 */
export function isInYearMonitoringColumn(sheet: SheetGrid, headRows: readonly number[], c: number, top: number, last: number, planYear: number | undefined): boolean {
  const heads = headRows.map((r) => sheet.text(r, c)).filter((t): t is string => t !== undefined);
  if (heads.length === 0 || !heads.some((t) => isMonitoringHead(t, planYear) || isPlanYearIst(t, planYear))) return false;
  let numbers = 0;
  let texts = 0;
  for (let r = top + 1; r <= last; r++) {
    if (sheet.number(r, c) !== undefined) numbers++;
    else if (sheet.ownText(r, c) !== undefined && !sheet.isError(r, c)) texts++;
  }
  return numbers >= texts;
}

/** "Ist 2025 (bis Aug.)", "Ist 2025 (Jan–Okt)" with 2025 the planning year: the year's Ist so far, not the previous year's. */
function isPlanYearIst(text: string, planYear: number | undefined): boolean {
  const role = readColumn(text);
  return planYear !== undefined && role.kind === "ist" && role.year === planYear;
}
