// "eLb | 2026 | 2027 (vorl.) | Ziel 2028" on a group's sheet: a customer figure (as of the latest year reported)
// stands in the latest year's column; the target column beside it holds the plan's value of that row, no
// customer figure and no rival of the latest year ("In der Zeile stehen 2 Zahlen"). Only when the latest year's
// column is there: a customer figure typed under a lone "Plan" column is left as it was read.
import { readColumn } from "../columnRoles";
import { fold } from "./normalize";
import type { RoleOrNone } from "./roles";

export function withTargetColumnsAsNone(latest: Array<RoleOrNone | undefined> | undefined, headers: Array<{ text: string } | undefined>): Array<RoleOrNone | undefined> | undefined {
  if (!latest?.includes("current")) return latest;
  return latest.map((role, i) => (role === undefined && headers[i] !== undefined && readColumn(fold(headers[i]!.text)).kind === "plan" ? "none" : role));
}
