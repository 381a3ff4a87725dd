// Dashboard tiles: "IQ Ziel 2025" over "16,8 %" (./findTransposed.ts findHeadRow), and right under the value, inside
// the tile's columns, "Δ VJ | +3,1 %". A reader takes that line for the change of the tile's figure, as a change
// row under a figure's row is its change (./changeRow.ts): the label names only the change, the tile the figure.
// Its line reader, tileLineAt, also reads the "Vorjahr:"/"Veränderung:" lines of ./labelAboveTiles.ts.
import type { SheetGrid } from "./grid";
import { isChangeOnlyLabel } from "./changeRow";

export interface TileChange {
  row: number;
  labelCol: number;
  col: number;
  label: string;
}

/**
 * A tile's small line in `row` within its columns `firstCol`..`lastCol` ("Veränderung: | -1,1 %", "Δ VJ | 3,1 %"):
 * the first filled cell is its label (a text), the first number right of it in the tile its value. `filled`
 * counts the tile's filled cells in the row. The one reader of such lines for ./labelAboveTiles.ts and this module.
 */
export function tileLineAt(sheet: SheetGrid, row: number, firstCol: number, lastCol: number): { labelCol: number; label: string; col: number | undefined; filled: number } | undefined {
  const inTile = sheet.filledColumns(row).filter((c) => c >= firstCol && c <= lastCol);
  if (inTile.length === 0) return undefined;
  const labelCol = inTile[0];
  const label = sheet.ownText(row, labelCol);
  if (label === undefined) return undefined;
  return { labelCol, label, col: inTile.find((c) => c > labelCol && sheet.number(row, c) !== undefined), filled: inTile.length };
}

/**
 * The change line of the tile headed at (headRow, headCol) with its value in `valueRow`: the row right under the
 * value holds, within the tile's columns (its merged head, at most up to the next tile's head `nextHead`), exactly
 * a change-only label and one number right of it. Undefined otherwise (a line across two tiles is neither's).
 */
export function tileChangeAt(sheet: SheetGrid, headRow: number, headCol: number, valueRow: number, nextHead: number | undefined): TileChange | undefined {
  const row = valueRow + 1;
  if (row > sheet.lastRow) return undefined;
  const merged = sheet.mergeOf(headRow, headCol);
  const end = Math.min(merged ? merged.end.col : headCol + 1, nextHead !== undefined ? nextHead - 1 : Number.MAX_SAFE_INTEGER);
  if (end <= headCol) return undefined;
  const line = tileLineAt(sheet, row, headCol, end);
  if (line === undefined || line.filled !== 2 || line.col === undefined || !isChangeOnlyLabel(line.label)) return undefined;
  return { row, labelCol: line.labelCol, col: line.col, label: line.label };
}
