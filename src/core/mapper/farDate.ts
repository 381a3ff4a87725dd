// A date set apart from its label ("Vorlage erstellt am | | | | 20.11.2025", "Stand der Zuteilung | | | | 28.12.2024")
// is the label's value when the layout says so: on a form, a neighbouring row holds its label and value in the
// same two columns ("Planungsjahr | | | | 2026" above); in a table whose values stand in the rightmost column, the
// date is the row's only other cell and stands under the values above. Alone, a far date may be a remark column's,
// so only a near value counts then.
import { isDateFormat } from "../excelDate";
import type { SheetGrid } from "./grid";

const NEAR = 3;

/** Whether row `r` holds exactly a label in `col` and a value in `valueCol` (a form row of the same layout). */
function sameFormRow(sheet: SheetGrid, r: number, col: number, valueCol: number): boolean {
  if (r < sheet.r0 || r > sheet.lastRow) return false;
  const filled = sheet.filledColumns(r);
  return filled.length === 2 && filled[0] === col && filled[1] === valueCol && sheet.ownText(r, col) !== undefined;
}

/** The nearest row above `row` that is not blank, across at most one blank row (a block's closing gap). */
function rowAbove(sheet: SheetGrid, row: number): number | undefined {
  for (let r = row - 1; r >= sheet.r0 && r >= row - 2; r--) if (!sheet.rowBlank(r)) return r;
  return undefined;
}

/**
 * Whether (row, col) is a date, the only filled cell right of the label at `labelCol`, under a value above ("Gesamt
 * | … | 9.766.798", a blank row, then "Mittelzuteilung (vorläufig) vom | … | 12.12.2024").
 */
function loneDateUnderValues(sheet: SheetGrid, row: number, labelCol: number, col: number): boolean {
  const right = sheet.filledColumns(row).filter((c) => c > labelCol);
  if (right.length !== 1 || right[0] !== col || typeof sheet.value(row, col) !== "number" || !isDateFormat(sheet.format(row, col) ?? "")) return false;
  const above = rowAbove(sheet, row);
  return above !== undefined && sheet.number(above, col) !== undefined;
}

/** The column of the value right of the label ending at `labelEnd`, or undefined when none stands close enough. */
export function valueColumnBeside(sheet: SheetGrid, row: number, col: number, labelEnd: number): number | undefined {
  const filled = sheet.filledColumns(row);
  const next = filled.find((c) => c > col);
  if (next === undefined) return undefined;
  if (next - labelEnd <= NEAR) return next;
  const alone = filled.length === 2 && filled[0] === col;
  if (alone && (sameFormRow(sheet, row - 1, col, next) || sameFormRow(sheet, row + 1, col, next))) return next;
  return loneDateUnderValues(sheet, row, col, next) ? next : undefined;
}
