// A date set apart from its label on a form ("Vorlage erstellt am | | | | 20.11.2025"): when the row holds nothing
// but the label and that one value, the value is the label's however many empty columns lie between (up to a
// screen's width). With other cells in the row only a near value counts: a far one may belong to a block beside.
import type { SheetGrid } from "./grid";

/** How far right of a label's end a date may stand in a row of label and value only; nearer in any other row. */
const FAR = 8;
const NEAR = 3;

/** The column of the value right of the label ending at `labelEnd`, or undefined when none stands close enough. */
export function valueColumnBeside(sheet: SheetGrid, row: number, col: number, labelEnd: number): number | undefined {
  const filled = sheet.filledColumns(row);
  const next = filled.find((c) => c > col);
  if (next === undefined) return undefined;
  const alone = filled.length === 2 && filled[0] === col;
  return next - labelEnd <= (alone ? FAR : NEAR) ? next : undefined;
}
