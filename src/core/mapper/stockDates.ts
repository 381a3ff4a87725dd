// "aktueller Stand (Sep. 2024) | Vorjahreswert (Sep. 2023)": when every value column of a row is dated, a month
// in a head is the date of a stock, not a monitoring month beside a year's value. Such a month column stays a
// candidate (./context.ts whichNumbers otherwise prefers the columns that are no months).
import { readColumn } from "../columnRoles";

/** Whether all heads are dates of a stock (a month or day with its year), so none is a month's part of a year. */
export function allStockDates(heads: ReadonlyArray<string | undefined>): boolean {
  if (heads.length < 2) return false;
  return heads.every((h) => {
    if (h === undefined) return false;
    const c = readColumn(h);
    return c.asOf && c.year !== undefined;
  });
}
