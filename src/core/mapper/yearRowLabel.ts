// A transposed table's row labelled by a bare year number ("Jahr | eLb | Anteil LZB" over "2022 | …", "2023 | …";
// "Basis Vorjahr | Integrationen | eLb" over "2023 | …"): the year is the row's role as a year column's head is.
// The planning year and the one before keep their roles; an older year is a time series' earlier value ("none"),
// unless the customer structure's latest-year reading makes it current (./context.ts latestYearRoles).
// A change row naming a difference is no contract change.
import type { SheetGrid } from "./grid";
import type { LabelSpec } from "./labels";
import { ABSOLUTE_CHANGE } from "./context";
import { fold, isYearNumber } from "./normalize";
import { roleOf, type RoleOrNone } from "./roles";

export interface RowLabel {
  label: string;
  role: RoleOrNone;
}

/** The row's label and role: a text with a role, or a year number; undefined when the row has neither. */
export function roleRowLabel(sheet: SheetGrid, row: number, col: number, planYear: number | undefined): RowLabel | undefined {
  const text = sheet.ownText(row, col);
  if (text !== undefined) {
    const role = roleOf(fold(text), planYear);
    return role === undefined ? undefined : { label: text, role };
  }
  const year = sheet.number(row, col);
  if (year === undefined || !isYearNumber(year) || planYear === undefined || year > planYear) return undefined;
  const label = String(year);
  return { label, role: roleOf(label, planYear) ?? "none" };
}

/**
 * A customer figure without a _VJ name (KUN_ELB names both years): of "2022 | 2023" rows only the latest year's
 * is it, the earlier row is no second place of the same name.
 */
export function supersededByLatest(spec: LabelSpec, role: RoleOrNone, latest: ReadonlyArray<RoleOrNone | undefined>): boolean {
  return role === "previous" && spec.names.previous === spec.names.current && latest.includes("current");
}

/**
 * The contract's changes are relative (target / previous − 1): a change row naming a difference ("Veränderung in
 * %-Pkt. / absolut") is none of them, as a row-wise label or a column head of that kind is not (./context.ts).
 */
export function isAbsoluteChange(role: RoleOrNone, label: string): boolean {
  return role === "change" && ABSOLUTE_CHANGE.test(fold(label));
}
