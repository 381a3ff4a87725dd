// Words in a label that look like a role but do not say which year the value is for.
// - "gleitender JD", "rollierender Jahresdurchschnitt": how a stock is averaged, not the previous year's value (a
//   rolling *sum* over "die letzten 12 Monate" as a column header stays the previous year's result, ./roles.ts).
// - "Zielwert IQ lt. Zielvereinbarung" in a target's row under "Ergebnis 2024 | Zielwert 2025": a target word with
//   no year names the kind of figure; when the row's own headers tell the previous year's column from the planning
//   year's, they decide which value is which.
import { readColumn } from "../columnRoles";
import { yearsIn } from "./normalize";
import type { RoleOrNone } from "./roles";

const AVERAGING = /\b(gleitend\w*|rollierend\w*) (jd|jdw|jahresdurchschnitt\w*|durchschnitt\w*|mittel|mittelwert\w*)\b/g;

/** The folded label without an averaging method ("bestand lzb gleitender jd" → "bestand lzb "). */
export const withoutAveraging = (folded: string): string => folded.replace(AVERAGING, " ");

/** Whether a target's yearless plan word ("Zielwert …") yields to headers that name both the previous and the planning year. */
export function targetWordYieldsToHeaders(names: Record<string, string>, ownWords: string, headerRoles: Array<RoleOrNone | undefined>): boolean {
  if (!Object.values(names).every((n) => n.startsWith("ZIE_"))) return false;
  if (yearsIn(ownWords).length > 0 || readColumn(ownWords).kind !== "plan") return false;
  return headerRoles.includes("previous") && headerRoles.includes("current");
}
