// A title over columns right of a plan block: "Position | Ist 2024 | Plan 2025 | | Jan … Dez" under
// "Mittelabfluss 2025 (Ist lt. ERP, monatlich)" written (or merged) from the month columns on. It titles the
// monitoring columns under it; the block left of it is headed by its own year heads ("Plan 2025"), so the
// title gives the labels there neither its year nor its role (the title above still may).
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import { roleOf } from "./roles";

/** Rows looked at below the title for the head row of the columns. */
const HEAD_ROWS = 2;

/**
 * Whether the title at (`titleRow`, `titleCol`) begins right of the label column `labelCol` and the head row under
 * it names a year's role (plan or previous year) in a column between the label and the title's first column.
 */
export function titlesColumnsBeside(sheet: SheetGrid, titleRow: number, titleCol: number, labelCol: number): boolean {
  const m = sheet.mergeOf(titleRow, titleCol);
  const start = m ? m.start.col : titleCol;
  if (start <= labelCol + 1) return false;
  for (let r = titleRow + 1, seen = 0; r <= sheet.lastRow && seen < HEAD_ROWS; r++) {
    const cols = sheet.filledColumns(r);
    if (cols.length === 0) continue;
    seen++;
    for (const c of cols) {
      if (c <= labelCol || c >= start) continue;
      const t = sheet.ownText(r, c);
      const role = t === undefined ? undefined : roleOf(fold(t), undefined);
      if (role === "current" || role === "previous") return true;
    }
  }
  return false;
}
