// Dashboard tiles: "IQ Ziel 2025" over "16,8 %" (./findTransposed.ts findHeadRow), and right under the value, inside
// the tile's columns, "Δ VJ | +3,1 %". A reader takes that line for the change of the tile's figure, as a change
// row under a figure's row is its change (./changeRow.ts): the label names only the change, the tile the figure.
import type { SheetGrid } from "./grid";
import { isChangeOnlyLabel } from "./changeRow";

export interface TileChange {
  row: number;
  labelCol: number;
  col: number;
  label: string;
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
  const inTile = sheet.filledColumns(row).filter((c) => c >= headCol && c <= end);
  if (inTile.length !== 2) return undefined;
  const [labelCol, col] = inTile;
  const label = sheet.ownText(row, labelCol);
  if (label === undefined || sheet.number(row, col) === undefined || !isChangeOnlyLabel(label)) return undefined;
  return { row, labelCol, col, label };
}
