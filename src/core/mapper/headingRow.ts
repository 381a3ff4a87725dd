// A row of column headings ("Merkmal | Standort Nord | JC gesamt 2024 | JC gesamt 2023") is no label beside its
// text value: when the cells under both the label and the text hold numbers, the texts head those columns.
import type { SheetGrid } from "./grid";

export function headsNumberColumns(sheet: SheetGrid, row: number, labelCol: number, valueCol: number): boolean {
  return row + 1 <= sheet.lastRow && sheet.number(row + 1, labelCol) !== undefined && sheet.number(row + 1, valueCol) !== undefined;
}
