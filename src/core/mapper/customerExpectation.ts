// Customer structure is reported as of the latest year, the planning year's previous one (KUN_ELB = ZIE_ELB_VJ).
// A bare planning-year column among customer figures ("2022 … 2025" in a 2025 workbook, "2025 | 2026" in 2026)
// is what the Jobcenter expects for the year it plans: neither the current customer figure nor its _VJ.
import type { RoleOrNone } from "./roles";

/**
 * The years of a customer table's columns with those of the planning year or later set aside (their role is
 * "none"); the others are read as before. Undefined planning year: nothing is set aside.
 */
export function withoutExpectations(years: Array<number | undefined>, planYear: number | undefined): { years: Array<number | undefined>; expected: boolean[] } {
  const expected = years.map((y) => planYear !== undefined && y !== undefined && y >= planYear);
  // Only a column beside an earlier year is an expectation; a lone planning-year column keeps its old reading.
  const earlier = years.some((y) => y !== undefined && planYear !== undefined && y < planYear);
  if (!earlier) return { years, expected: years.map(() => false) };
  return { years: years.map((y, i) => (expected[i] ? undefined : y)), expected };
}

/** Roles with the expectation columns marked "none". */
export function markExpectations(roles: Array<RoleOrNone | undefined>, expected: boolean[]): Array<RoleOrNone | undefined> {
  return roles.map((r, i) => (expected[i] ? "none" : r));
}
