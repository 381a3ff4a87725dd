// A label naming another year than the planning year ("Verwaltungshaushalt 2025" in a 2026 workbook) may only be
// worded so (the value still this year's), so it stays a low rival. Under a section title of that same year
// ("nachrichtlich: Ist 2025 (vorläufig)") label and section agree: the value is that year's, no rival at all.
import type { Scope } from "./context";
import type { RoleOrNone } from "./roles";

/** Whether the section (or sheet) title gives the same year's role as the label's own year or word. */
export function sectionAgrees(labelRole: RoleOrNone, scope: Scope): boolean {
  return scope.role !== undefined && scope.role === labelRole && !scope.low;
}
