// "Stand der Zuteilung | | | | 28.12.2024" in a table whose values stand in the rightmost column ("Ansatz 2025"):
// a date label's date may stand further right than a few columns when it is the row's only other cell, a date, and
// stands in the column of the values above it. A lone date far right of "Stand" on its own is a remark's, not its value.
import { isDateFormat } from "../excelDate";
import type { SheetGrid } from "./grid";

/** Whether the cell at (row, col) is a date, the only filled cell right of the label at `labelCol`, under a value above. */
export function loneDateRight(sheet: SheetGrid, row: number, labelCol: number, col: number): boolean {
  const right = sheet.filledColumns(row).filter((c) => c > labelCol);
  return right.length === 1 && right[0] === col && typeof sheet.value(row, col) === "number" && isDateFormat(sheet.format(row, col) ?? "") && row > sheet.r0 && sheet.number(row - 1, col) !== undefined;
}
