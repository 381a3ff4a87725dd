// "EGT | VWT | Summe": the sum column adds the budget's titles (the Gesamtbudget of § 46 SGB II), and every budget
// figure of the contract belongs to one title or its part; so that sum is no figure's value, unlike a total over
// places or units (./partsBesideTotal.ts), which is the Jobcenter's figure.
import { readColumn } from "../columnRoles";
import { fold } from "./normalize";
import type { ColumnHeader } from "./roles";

interface Column {
  cell: { col: number };
  header: ColumnHeader | undefined;
}

/** A head naming one budget title: the EGT or the federal VWT, by abbreviation or in words. */
const TITLE = /\b(egt|vwt|eingliederungs(titel|mittel|budget)|verwaltungs(kosten)?(titel|mittel|budget)|verwaltungskosten)\b/;

const isTitle = (h: ColumnHeader | undefined) => h !== undefined && !h.acrossBlank && TITLE.test(fold(h.text)) && readColumn(fold(h.text)).kind !== "total";
const isTotal = (h: ColumnHeader | undefined) => h !== undefined && !h.acrossBlank && readColumn(fold(h.text)).kind === "total";

/** The columns without the sum of the titles, when two title columns stand beside exactly one total; else undefined. */
export function withoutTitleSum<C extends Column>(columns: C[]): { kept: C[]; sums: C[] } | undefined {
  const sums = columns.filter((c) => isTotal(c.header));
  if (sums.length !== 1 || columns.filter((c) => isTitle(c.header)).length < 2) return undefined;
  return { kept: columns.filter((c) => !sums.includes(c)), sums };
}
