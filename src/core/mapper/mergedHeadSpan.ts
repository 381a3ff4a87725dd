// "Merkmal" merged over A3:B3 above "Anteil LZB | an allen eLb": a head merged across columns heads each column
// of its span, so a label split over them is read under one head.
import type { SheetGrid } from "./grid";

/** The last column a head at (row, col) spans: its merge's end when it is the master of a merge in that row. */
export function mergedHeadEnd(sheet: SheetGrid, row: number, col: number): number {
  const m = sheet.mergeOf(row, col);
  return m !== undefined && m.start.row === row && m.start.col === col ? m.end.col : col;
}
