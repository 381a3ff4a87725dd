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

/** "Jobcenter", "JC" alone among bare names: the whole Jobcenter, as "gesamt" would say (folded). */
const BARE_JOBCENTER = /^(jobcenter|jc)$/;

const isTotal = (h: ColumnHeader | undefined, acrossBlank: boolean) => h !== undefined && (acrossBlank || !h.acrossBlank) && (readColumn(fold(h.text)).kind === "total" || BARE_JOBCENTER.test(fold(h.text).trim()));

/** A bare name as head: words only, no column role, no year. */
const isBareName = (h: ColumnHeader | undefined, acrossBlank: boolean) => {
  if (!h || (h.acrossBlank && !acrossBlank) || h.role !== undefined) return false;
  const f = fold(h.text).trim();
  return NAME.test(f) && !BARE_JOBCENTER.test(f) && yearsIn(f).length === 0 && readColumn(f).kind === undefined;
};

/**
 * The columns without the named parts, when there are at least two of them and exactly one total column; else undefined.
 * A head row above a blank row (and the table's total row) still heads a row below that fills exactly its columns
 * ("Köpfe | 30 | 37 | 17 | 84" under "Bereich | Schleiz | Pößneck | Bad Lobenstein | Jobcenter gesamt"): the same split.
 */
export function withoutPartsBesideTotal<C extends Column>(columns: C[]): { kept: C[]; parts: C[] } | undefined {
  const oneHeadRow = columns.every((c) => c.header !== undefined && c.header.row !== undefined && c.header.row === columns[0].header!.row);
  const acrossBlank = oneHeadRow && columns.every((c) => isTotal(c.header, true) || isBareName(c.header, true));
  const totals = columns.filter((c) => isTotal(c.header, acrossBlank));
  const parts = columns.filter((c) => isBareName(c.header, acrossBlank));
  if (totals.length !== 1 || parts.length < 2) return undefined;
  return { kept: columns.filter((c) => !parts.includes(c)), parts };
}
