// A text merged from the label column across the value columns ("Kundenstruktur …, Jahresdurchschnitt 2024"
// over A1:C1) is the block's title, as it would be unmerged: its year is the section's, not a column's. A
// group heading over a header row ("Ziel 2024" over "Wert | Veränderung") stands right of the labels.
import type { SheetGrid } from "./grid";

/** Whether the merged area at (row, col) starts in or left of the label column and spans several columns. */
export function isMergedTitle(sheet: SheetGrid, row: number, col: number, labelCol: number): boolean {
  const m = sheet.mergeOf(row, col);
  return labelCol >= 0 && m !== undefined && m.end.col > m.start.col && m.start.col <= labelCol;
}
