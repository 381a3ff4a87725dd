// Customer structure is reported as of the latest year, the planning year's previous one (KUN_ELB = ZIE_ELB_VJ).
// A bare planning-year column among customer figures ("2022 … 2025" in a 2025 workbook, "2025 | 2026" in 2026)
// is what the Jobcenter expects for the year it plans: neither the current customer figure nor its _VJ.
import type { ColumnRole } from "../columnRoles";
import { fold } from "./normalize";
import type { RoleOrNone } from "./roles";

/**
 * The years of a customer table's columns with those of the planning year or later, and plan columns, set aside
 * (their role is "none") when an earlier year stands beside them; the others are read as before. Undefined
 * planning year: nothing is set aside.
 */
export function withoutExpectations(years: Array<number | undefined>, planYear: number | undefined, plans: boolean[] = []): { years: Array<number | undefined>; expected: boolean[] } {
  // Only a column beside an earlier year is an expectation; a lone planning-year column keeps its old reading.
  const earlier = years.some((y) => y !== undefined && planYear !== undefined && y < planYear);
  if (!earlier) return { years, expected: years.map(() => false) };
  // A plan column ("Plan 2025", "Erwartung") beside the latest year reported is an expectation too.
  const expected = years.map((y, i) => plans[i] === true || (planYear !== undefined && y !== undefined && y >= planYear));
  return { years: years.map((y, i) => (expected[i] ? undefined : y)), expected };
}

/** Roles with the expectation columns marked "none". */
export function markExpectations(roles: Array<RoleOrNone | undefined>, expected: boolean[]): Array<RoleOrNone | undefined> {
  return roles.map((r, i) => (expected[i] ? "none" : r));
}

/**
 * A head saying what is planned or expected ("Plan 2025", "Soll", "Erwartung 2026", "Prognose 2026"): an
 * expectation beside the latest year reported. A target ("Ziel 2025") is not: customer structure has no
 * targets, so such a head belongs to a targets table beside or above and says nothing about the rows.
 */
export function isExpectationHead(text: string | undefined, read: ColumnRole | undefined, planYear: number | undefined): boolean {
  if (text === undefined || read === undefined) return false;
  if (read.kind === "plan") return !/\bziel/.test(fold(text));
  return read.kind === "prognose" && read.year !== undefined && planYear !== undefined && read.year >= planYear;
}
