// "Bedarfsgemeinschaften nach Personenzahl | Anteil | Anzahl": the household sizes' table holds shares; of its
// number columns the one headed as a share is the table's value column, not the last one (the counts).
import { readColumn } from "../columnRoles";
import type { SheetGrid } from "./grid";

/** The one number column headed as a share (heads in `headRows`), or undefined. */
export function bgShareColumn(sheet: SheetGrid, headRows: ReadonlyArray<number | undefined>, cols: readonly number[]): number | undefined {
  const headOf = (c: number) => headRows.map((r) => (r === undefined || r < sheet.r0 ? undefined : sheet.ownText(r, c))).find((t) => t !== undefined);
  const shares = cols.filter((c) => readColumn(headOf(c) ?? "").kind === "share");
  return shares.length === 1 ? shares[0] : undefined;
}
