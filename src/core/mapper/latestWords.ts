// "Kundenstruktur | aktuell | Vorjahr": for a figure of the latest value only (KUN_ELB, no _VJ name), the
// words say which column is the latest as years would ("2024 | 2023"): "aktuell"/"neuester Stand" is it, a
// column of the previous year ("Vorjahr", "VJ") its previous value.
import { readColumn } from "../columnRoles";
import type { RoleOrNone } from "./roles";

/** Latest/previous per column by words, when exactly one column says "aktuell" and the others the previous year; else undefined. */
export function latestByWords(headers: Array<string | undefined>): Array<RoleOrNone | undefined> | undefined {
  const kinds = headers.map((h) => (h === undefined ? undefined : readColumn(h).kind));
  if (kinds.filter((k) => k === "latest").length !== 1) return undefined;
  if (!kinds.every((k) => k === undefined || k === "latest" || k === "ist")) return undefined;
  return kinds.map((k) => (k === "latest" ? "current" : k === "ist" ? "previous" : undefined));
}
