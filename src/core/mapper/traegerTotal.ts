// "Beschäftigte (Köpfe) | 93 | 29 | 122" under the heads "Bereich | BA | Kommune | gesamt" of the staff table above:
// the Träger's columns hold the parts of the BA's and the municipality's staff, the total column beside them the
// Jobcenter's whole count. The heads may stand above the table's total row and a blank row: the Träger words are
// specific enough to head the rows below the table too ("Köpfe" under "VZÄ BA | VZÄ Kommune | VZÄ gesamt").
import { totalOverParts } from "./staffTableColumns";
import type { ColumnHeader } from "./roles";

interface Column {
  cell: { col: number };
  header: ColumnHeader | undefined;
}

/** Figure kinds the parts add up to: counts, VZÄ and money (a share or a year is no sum). */
const SUMMED = new Set(["count", "vzae", "stock", "money"]);

/** The columns without the Träger's parts when the last one totals them; else undefined. */
export function withoutTraegerParts<C extends Column>(kind: string, columns: C[]): { kept: C[]; parts: C[] } | undefined {
  if (!SUMMED.has(kind) || columns.length < 3 || columns.some((c) => c.header === undefined)) return undefined;
  const sorted = [...columns].sort((a, b) => a.cell.col - b.cell.col);
  const total = totalOverParts(
    sorted.map((c) => c.cell.col),
    (col) => sorted.find((c) => c.cell.col === col)?.header?.text,
  );
  if (total === undefined) return undefined;
  return { kept: columns.filter((c) => c.cell.col === total), parts: columns.filter((c) => c.cell.col !== total) };
}
