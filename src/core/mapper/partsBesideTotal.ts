// Columns headed by bare names beside a total ("Mitte | Nord | Süd | Ost | gesamt", "Nord | Süd | Jobcenter
// insgesamt"): the names are places or units whose parts add up to the total, so the Jobcenter's figure is the total
// column, not the first number. A header with a role or a year ("Ist 2024", "Vorjahr (gesamt)", "Plan") is no such part.
import { readColumn } from "../columnRoles";
import { fold, yearsIn } from "./normalize";
import type { ColumnHeader } from "./roles";

interface Column {
  cell: { col: number };
  header: ColumnHeader | undefined;
}

const NAME = /^[a-z][a-z .\-/]*$/;

const isTotal = (h: ColumnHeader | undefined) => h !== undefined && !h.acrossBlank && readColumn(fold(h.text)).kind === "total";

/** A bare name as head: words only, no column role, no year. */
const isBareName = (h: ColumnHeader | undefined) => {
  if (!h || h.acrossBlank || h.role !== undefined) return false;
  const f = fold(h.text).trim();
  return NAME.test(f) && yearsIn(f).length === 0 && readColumn(f).kind === undefined;
};

/** The columns without the named parts, when there are at least two of them and exactly one total column; else undefined. */
export function withoutPartsBesideTotal<C extends Column>(columns: C[]): { kept: C[]; parts: C[] } | undefined {
  const totals = columns.filter((c) => isTotal(c.header));
  const parts = columns.filter((c) => isBareName(c.header));
  if (totals.length !== 1 || parts.length < 2) return undefined;
  return { kept: columns.filter((c) => !parts.includes(c)), parts };
}
