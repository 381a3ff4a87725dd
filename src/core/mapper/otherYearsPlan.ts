// Last year's programme kept below this year's ("Ziel 2025 | Veränderung ggü. VJ in %" in a 2026 workbook): the
// change column there says by how much last year's target changed, not this year's. The target column's header
// names its year; the change column's ("ggü. VJ") does not, so the row's other headers decide.
import { readColumn } from "../columnRoles";
import type { ColumnHeader } from "./roles";

/**
 * The header of a plan column for a year other than the planning year in the row, when no column of the row
 * belongs to this year's plan; undefined otherwise.
 */
export function otherYearsPlan(headers: ReadonlyArray<ColumnHeader | undefined>, planYear: number | undefined): string | undefined {
  if (planYear === undefined || headers.some((h) => h?.role === "current")) return undefined;
  return headers.find((h) => {
    if (!h) return false;
    const c = readColumn(h.text);
    return c.kind === "plan" && c.year !== undefined && c.year !== planYear;
  })?.text;
}
