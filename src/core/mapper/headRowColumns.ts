// The columns of a table's head row. A block set beside the table ("Entgeltgruppe | Dienstherr | Köpfe | VZÄ",
// then after one empty column "Frauen | 86 %" of a small share table) shares the row but is not its head: when
// the whole row is not text, the head is the run of text cells up to the first empty column.
import type { SheetGrid } from "./grid";

/** The head row's columns: all filled columns when all are text, else the leading text run before a gap. */
export function headRowColumns(sheet: SheetGrid, row: number): number[] {
  const cols = sheet.filledColumns(row);
  const isText = (c: number) => sheet.ownText(row, c) !== undefined;
  if (cols.every(isText)) return cols;
  const run: number[] = [];
  for (const c of cols) {
    if (run.length > 0 && c !== run[run.length - 1] + 1) break;
    if (!isText(c)) return [];
    run.push(c);
  }
  // Only when something else stands after the gap: a row whose own numbers follow its text is no head row.
  return run.length < cols.length && sheet.isBlank(row, run[run.length - 1] + 1) ? run : [];
}
