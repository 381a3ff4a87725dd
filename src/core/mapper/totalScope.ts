// A column total under a section title or on a sheet naming another year's staff ("Stellenplan 2025 (Ist zum
// 31.12.2025) – nur zur Information" in a 2026 programme, a sheet "Personal VJ") is that year's total: the head
// "Köpfe" alone says no year, so the title and the sheet name do, as they do for a labelled figure. Such a total
// is never sure and no rival to the plan's total (./pastStaffLabel.ts withoutPastStaff).
import type { Low } from "./candidate";
import { scopeAt } from "./context";
import type { SheetGrid } from "./grid";
import type { Role } from "./labels";

const ROLE_TEXT: Record<string, string> = { previous: "das Vorjahr", current: "das Planjahr", change: "eine Veränderung", none: "weder Planjahr noch Vorjahr" };

/** The low of a total under the head row `headRow` when its section or sheet gives another role than `wanted`. */
export function totalScopeLow(sheet: SheetGrid, headRow: number, labelCol: number, planYear: number | undefined, wanted: Role, isLabel: (row: number, col: number) => boolean): Low | undefined {
  const scope = scopeAt(sheet, headRow, planYear, isLabel, labelCol);
  if (scope.low) return scope.low;
  if (scope.role === undefined || scope.role === wanted) return undefined;
  return { id: "jahr", text: `„${scope.text}“ nennt ${ROLE_TEXT[scope.role]}${planYear ? ` (Planjahr ${planYear})` : ""}; ob die Summe darunter gemeint ist, bitte prüfen.` };
}
