// A two-row header: the year above ("2024" merged over two columns, "2025" over one), the kind below ("Plan |
// Ist (vorl.) | Plan"). A reader takes each column as both rows together: "Plan" under 2024 is last year's plan
// (no figure of this programme), "Ist (vorl.)" under 2024 the previous year, "Plan" under 2025 the plan.
import { readColumn } from "../columnRoles";
import type { SheetGrid } from "./grid";
import { isYearNumber } from "./normalize";
import { namesPlainAmount } from "./yearOverAmount";

/** A year number heading `col` from a merged area's first cell ("2024" in E3 merged over E3:F3, read at F3). */
export function mergedYearAt(sheet: SheetGrid, row: number, col: number): string | undefined {
  const m = sheet.mergeOf(row, col);
  if (!m || (m.start.row === row && m.start.col === col)) return undefined;
  const n = sheet.number(m.start.row, m.start.col);
  return isYearNumber(n) ? String(n) : undefined;
}

/**
 * The header of two rows read as one ("Plan" + "2024" → "Plan 2024"): when the nearer row names a kind of
 * column (or a plain amount, "Anzahl") without a year and the farther row names exactly one year and no kind. Undefined otherwise.
 */
export function combinedHeader(near: string, far: string): string | undefined {
  const lower = readColumn(near);
  const upper = readColumn(far);
  // "Anzahl" under a merged "2024" beside "Anteil": the plain amount is that year's too (./yearOverAmount.ts).
  if ((lower.kind === undefined && !namesPlainAmount(near)) || lower.year !== undefined || upper.year === undefined || upper.kind !== undefined) return undefined;
  return `${near} ${upper.year}`;
}
