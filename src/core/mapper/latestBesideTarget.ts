// "eLb | 2026 | 2027 (vorl.) | Ziel 2028" on a group's sheet: a customer figure (as of the latest year reported)
// stands in the latest year's column; the target column beside it holds the plan's value of that row, no
// customer figure and no rival of the latest year ("In der Zeile stehen 2 Zahlen"). Only when the latest year's
// column and the year before it are there (a history of the row, the plan appended): a customer figure typed
// under a lone "Plan" column is left as it was read, and "Ist 2025 | Ziel 2026" over customer rows stays a targets
// table whose column is not sure.
import { readColumn } from "../columnRoles";
import { fold } from "./normalize";
import type { RoleOrNone } from "./roles";

export function withTargetColumnsAsNone(latest: Array<RoleOrNone | undefined> | undefined, headers: Array<{ text: string } | undefined>): Array<RoleOrNone | undefined> | undefined {
  if (!latest?.includes("current") || !latest.includes("previous")) return latest;
  return latest.map((role, i) => (role === undefined && headers[i] !== undefined && readColumn(fold(headers[i]!.text)).kind === "plan" ? "none" : role));
}
