// "Jobcenter gesamt" merged over "Ist 2025 | Ziel 2026 | Veränd. in %" beside "Ziel 2026 nach Standorten" over
// "Nord | Mitte | Süd", or heads "JC gesamt 2024 | JC gesamt 2025 | Nord 2025 | Süd 2025": a head (or the group head
// above it) naming the Jobcenter's total says which numbers of the row are the Jobcenter's. A column outside it
// with a role one of the total's columns has (another plan, another year's value) is a part, no rival.
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import type { ColumnHeader } from "./roles";

interface Column {
  cell: { col: number };
  header: ColumnHeader | undefined;
}

/** "Jobcenter gesamt", "JC insgesamt", "Gesamt-JC", "Summe Jobcenter" (folded): the whole Jobcenter named as a total. */
const JOBCENTER_TOTAL = /\b(jobcenter|jc)( \w+)? (gesamt|insgesamt)\b|\b(gesamt|insgesamt|summe) (jobcenter|jc)\b|\bgesamt ?jc\b/;

export function namesJobcenterTotal(text: string | undefined): boolean {
  return text !== undefined && JOBCENTER_TOTAL.test(fold(text).replace(/-/g, " "));
}

/** Whether the column's head, or the group head right above its head row, names the Jobcenter's total. */
function underTotal(sheet: SheetGrid, c: Column): boolean {
  const h = c.header;
  if (!h || h.acrossBlank) return false;
  if (namesJobcenterTotal(h.text)) return true;
  return h.row !== undefined && h.row > sheet.r0 && namesJobcenterTotal(sheet.text(h.row - 1, c.cell.col));
}

/** The columns without the parts beside the Jobcenter's total group; undefined when no column is under such a head. */
export function withoutOutsideTotalGroup<C extends Column>(columns: C[], sheet: SheetGrid): { kept: C[]; parts: C[] } | undefined {
  const total = columns.filter((c) => underTotal(sheet, c));
  if (total.length === 0 || total.length === columns.length) return undefined;
  const roles = new Set<string>(total.map((c) => c.header!.role).filter((r) => r !== undefined && r !== "none"));
  const parts = columns.filter((c) => !total.includes(c) && c.header?.role !== undefined && roles.has(c.header.role));
  return parts.length > 0 ? { kept: columns.filter((c) => !parts.includes(c)), parts } : undefined;
}
