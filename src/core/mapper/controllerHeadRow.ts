// A controller's long sheet: one head row at the top ("| Ist 2025 (vorläufig) | Plan 2026 | Veränderung"), opened
// by a section title ("1. Budget"), then numbered sections ("4. Ziele", "5. Kundenstruktur") with no head of their
// own whose rows fill the same columns. That head row heads every later section, as a reader carries it down the
// sheet. A table's own head row between ("Instrument | Ist 2025 | Plan 2026 | Veränd.") repeats it and does not end
// it when it gives the row's columns the same roles; a head with other roles, a title naming a year or role of its
// own, or a row of texts that is no title ends it.
import type { SheetGrid } from "./grid";
import { groupTitleKind, opensWithGroupTitle } from "./groupTitle";

/** How far up a value row the sheet's head row is looked for (a long sheet, not a whole workbook). */
const MAX_REACH = 200;

const numberColumns = (sheet: SheetGrid, row: number) => sheet.filledColumns(row).filter((c) => sheet.number(row, c) !== undefined);

/**
 * The head row at the top of the controller's sheet that heads value row `row` (label in `labelCol`), or undefined.
 * `isHead` says whether a row is a head row, `headingAt` a head row's text over a column, `roleAt` a head's role.
 */
export function controllerHeadRow(
  sheet: SheetGrid,
  row: number,
  labelCol: number,
  isHead: (r: number) => boolean,
  headingAt: (r: number, c: number) => string | undefined,
  roleAt: (text: string) => string | undefined,
): number | undefined {
  const nums = numberColumns(sheet, row);
  if (labelCol < 0 || nums.length < 2 || nums.some((c) => c <= labelCol)) return undefined;
  const repeats: number[] = [];
  const filled = new Set<number>();
  let titles = 0;
  let top: number | undefined;
  for (let r = row - 1; r >= Math.max(sheet.r0, row - MAX_REACH) && top === undefined; r--) {
    if (sheet.rowBlank(r)) continue;
    if (isHead(r)) {
      if (!nums.every((c) => headingAt(r, c) !== undefined)) return undefined;
      if (titles > 0 && opensWithGroupTitle(sheet, r, labelCol)) top = r;
      else repeats.push(r);
      continue;
    }
    const rowNums = numberColumns(sheet, r);
    if (rowNums.length > 0) {
      rowNums.forEach((c) => filled.add(c));
      continue;
    }
    // A row of text only: a section title in the label column passes, unless it names a year or role of its own.
    const kind = groupTitleKind(sheet, r, sheet.filledColumns(r), labelCol, row);
    if (kind !== "plain" && kind !== "unit") return undefined;
    titles++;
  }
  if (top === undefined) return undefined;
  const roleOver = (h: number, c: number) => roleAt(headingAt(h, c)!);
  // Every number column of the row has a role in the top head, and every row passed fills only headed columns.
  if (!nums.every((c) => roleOver(top, c) !== undefined)) return undefined;
  if ([...filled].some((c) => c <= labelCol || headingAt(top, c) === undefined)) return undefined;
  return repeats.every((h) => nums.every((c) => roleOver(h, c) === roleOver(top, c))) ? top : undefined;
}
