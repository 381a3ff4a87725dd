// "Verwaltungskostenbudget | TEUR 14.152,4 | EUR 14.152.358": a controller who shows each amount both in thousands
// and in euros side by side writes the figure once; the thousands column is its rounded copy (often "=C4/1000").
// A reader takes the euro column and does not count the copy as a second number of the row. Only where the heads
// state both units and the two values agree (the thousands times 1,000, or millions times 1,000,000, within its
// rounding): a "T€" column beside a euro column of another figure (Ist in TEUR, Plan in EUR) stays a rival.
import type { SheetGrid } from "./grid";
import { textAbove } from "./benchmarkColumns";
import type { ColumnHeader } from "./roles";
import { unitStated } from "./statedUnit";
import type { ValueCell } from "./valuesRight";
import { fold } from "./normalize";

/** A millions head ("Mio. €"): its copy scales by a million, a thousands head's by a thousand. */
const MILLIONS = /\b(mio|millionen|mill)\b/;

/** How many euros one unit of a scaled head is. */
const scaleOf = (head: string): number => (MILLIONS.test(fold(head)) ? 1_000_000 : 1_000);

/** Whether `scaled` in units of `factor` is `euros` rounded (to the unit, or finer). */
export function isRoundedCopy(scaled: number, euros: number, factor: number): boolean {
  return euros !== 0 && Math.abs(scaled * factor - euros) <= factor / 2 + Math.abs(euros) * 1e-9;
}

/**
 * The value columns of a money row without a thousands (or millions) column that only repeats a euro column's
 * amount beside it; all of them when there is no such pair.
 */
export function withoutThousandsCopies<C extends { cell: ValueCell; header: ColumnHeader | undefined }>(columns: C[], sheet: SheetGrid, row: number, why?: string[]): C[] {
  if (columns.length < 2) return columns;
  const headOf = (c: C) => c.header?.text ?? textAbove(sheet, row, c.cell.col);
  const unit = columns.map((c) => {
    const head = headOf(c);
    return head === undefined ? undefined : unitStated(head);
  });
  const euros = columns.filter((c, i) => unit[i] === "euro" && typeof c.cell.value === "number");
  if (euros.length === 0) return columns;
  const copies = columns.filter((c, i) => {
    if (unit[i] !== "scaled" || typeof c.cell.value !== "number") return false;
    const factor = scaleOf(headOf(c)!);
    return euros.some((e) => isRoundedCopy(c.cell.value as number, e.cell.value as number, factor));
  });
  if (copies.length === 0) return columns;
  for (const c of copies) why?.push(`${sheet.ref({ row, col: c.cell.col }).replace(/\$/g, "")} unter „${headOf(c)}“ ist der gerundete Betrag der Euro-Spalte daneben`);
  return columns.filter((c) => !copies.includes(c));
}
