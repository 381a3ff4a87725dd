// Customer structure reported for part of the latest year beside a whole earlier year ("2025 (Jan–Jun) | 2024"):
// the part-year column is the latest year reported, not a monthly column to pass over. Customer figures are shares
// and stocks as of the latest period, so a reader takes the half-year's column as that year's current figure.
import { readColumn } from "../columnRoles";
import { isPartOfYear } from "./partYear";
import type { ColumnHeader } from "./roles";

/**
 * For figures of the latest year reported (`latestYear`), each column headed by a month range within one year
 * that is later than every other year in the row reads as that year. Other columns and figures stay as they are.
 */
export function periodsAsYears<C extends { header: ColumnHeader | undefined }>(latestYear: boolean | undefined, columns: C[]): C[] {
  if (!latestYear || columns.length < 2) return columns;
  const read = columns.map((c) => (c.header ? readColumn(c.header.text) : undefined));
  const isPeriod = (i: number) => read[i]?.kind === "month" && read[i]?.year !== undefined && isPartOfYear(columns[i].header!.text);
  const others = read.filter((r, i) => !isPeriod(i) && r?.year !== undefined).map((r) => r!.year!);
  if (others.length === 0) return columns;
  return columns.map((c, i) => (isPeriod(i) && read[i]!.year! > Math.max(...others) ? { ...c, header: { ...c.header!, text: String(read[i]!.year) } } : c));
}
