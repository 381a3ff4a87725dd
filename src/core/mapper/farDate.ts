// A date set apart from its label on a form ("Vorlage erstellt am | | | | 20.11.2025"): when the row holds nothing
// but the label and that one value, and a neighbouring row has its label and value in the same two columns
// ("Planungsjahr | | | | 2026" above), the form's value column holds the date, however many empty columns lie
// between. Alone, a far date may be a remark column's, so only a near value counts then.
import type { SheetGrid } from "./grid";

const NEAR = 3;

/** Whether row `r` holds exactly a label in `col` and a value in `valueCol` (a form row of the same layout). */
function sameFormRow(sheet: SheetGrid, r: number, col: number, valueCol: number): boolean {
  if (r < sheet.r0 || r > sheet.lastRow) return false;
  const filled = sheet.filledColumns(r);
  return filled.length === 2 && filled[0] === col && filled[1] === valueCol && sheet.ownText(r, col) !== undefined;
}

/** The column of the value right of the label ending at `labelEnd`, or undefined when none stands close enough. */
export function valueColumnBeside(sheet: SheetGrid, row: number, col: number, labelEnd: number): number | undefined {
  const filled = sheet.filledColumns(row);
  const next = filled.find((c) => c > col);
  if (next === undefined) return undefined;
  if (next - labelEnd <= NEAR) return next;
  const alone = filled.length === 2 && filled[0] === col;
  return alone && (sameFormRow(sheet, row - 1, col, next) || sameFormRow(sheet, row + 1, col, next)) ? next : undefined;
}
