// "Gruppe | Ø 25 | % | Ø 26 | %", "Merkmal | 2025 | Anteil | 2026 | Anteil": a share head without a year right of a
// year's head, the pair repeated for two or more years, is that year's share column — the count and its share
// side by side per year, as the merged "Ø 2025" over "Anzahl | Anteil" would say. A lone "Plan 2025 | %" (perhaps
// the change) stays as it was.
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import { readColumn } from "../columnRoles";

const SHARE_HEAD = /^(in )?(%|anteil|anteile|quote|v ?h)( in %| %| \(%\))?$/;
// Asked of every head cell: a long text is none before folding.
const isShareHead = (text: string | undefined): boolean => text !== undefined && text.length <= 16 && SHARE_HEAD.test(fold(text).replace(/[.:]/g, "").trim());

/** The year head of a year-and-share pair ending at `col`, when the row repeats such pairs for other years. */
function pairYear(sheet: SheetGrid, row: number, col: number): number | undefined {
  if (col - 1 < sheet.c0 || !isShareHead(sheet.ownText(row, col))) return undefined;
  const left = sheet.ownText(row, col - 1);
  if (left === undefined || isShareHead(left)) return undefined;
  const read = readColumn(left);
  return read.year !== undefined && read.kind === undefined ? read.year : undefined;
}

/** The share head at (row, col) with its year ("% Ø 2025"), or undefined when it is no repeated pair. */
export function shareHeadWithYear(sheet: SheetGrid, row: number, col: number, own: string): string | undefined {
  if (!isShareHead(own)) return undefined;
  const year = pairYear(sheet, row, col);
  if (year === undefined) return undefined;
  const years = new Set(sheet.filledColumns(row).map((c) => pairYear(sheet, row, c)).filter((y) => y !== undefined));
  return years.size >= 2 ? `${own} ${sheet.ownText(row, col - 1)}` : undefined;
}
