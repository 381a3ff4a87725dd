// "Kundenstruktur | aktuell | Vorjahr": a column of the current state ("aktuell", "neuester Stand") reports a
// stock as it is now (the customers' latest figure, KUN_ELB). A target of the programme (ZIE_ELB, ZIE_IQ …) is
// planned, never the current state, so such a column is none of the target's years.
import { readColumn } from "../columnRoles";
import type { LabelSpec } from "./labels";

/** Whether the column head is the current state and the figure a target (no customer figure read as of the latest year). */
export function currentStateIsNoTarget(spec: Pick<LabelSpec, "names" | "latestYear">, head: string | undefined): boolean {
  if (head === undefined || spec.latestYear) return false;
  if (!spec.names.current?.startsWith("ZIE_")) return false;
  return readColumn(head).kind === "latest";
}
