// Side-by-side sections: "Ist 2024" over columns A–C and "Planung 2025" over E–G on the same row, each block with
// its own table below. A reader takes each title for the block under it, as a lone title row for the whole sheet.
import type { SheetGrid } from "./grid";

/**
 * The column of the title of `col`'s block in a row of side-by-side titles: the row splits into at least two
 * blocks (apart by two or more empty columns), and every block holds exactly one cell, a text. A row with a
 * number or with several cells in a block (a label and its value, a header row) is no row of titles.
 */
export function sideTitleColumn(sheet: SheetGrid, row: number, col: number): number | undefined {
  const blocks = sheet.blocks(row);
  if (blocks.length < 2) return undefined;
  const titles = blocks.map((b) => sheet.titleColumns(row, b.cols));
  if (!titles.every((cols) => cols.length === 1 && sheet.ownText(row, cols[0]) !== undefined)) return undefined;
  const at = blocks.findIndex((b) => col >= b.from && col <= b.to);
  return at < 0 ? undefined : titles[at][0];
}
