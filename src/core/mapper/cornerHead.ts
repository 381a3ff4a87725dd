// A block headed "Basis Vorjahr 2023 | Wert" (or "Personal 2024 | Wert", "Gesamtbudget 2024 | Euro"): the value
// column's own head names only the unit of its numbers, the label column's head (the corner) names their year
// or role. The corner then heads the column, as a section title over the block would.
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

/** Value heads that name neither a figure nor a year: the numbers' unit or a plain "value". */
const PLAIN_VALUE_HEAD = /^(wert|werte|betrag|betraege|euro|eur|€|in €|zahl|zahlen)$/;
/** "Anzahl" heads a count column; only as the one value head of its row ("Grundlagen 2023 | Anzahl") is it plain. */
const COUNT_HEAD = /^(anzahl|absolut)$/;

/** The corner's text when the head at (row, col) is a plain value head and the corner names a role. */
export function cornerHead(sheet: SheetGrid, row: number, col: number, labelCol: number, head: string, namesRole: (text: string) => boolean): string | undefined {
  const h = fold(head).replace(/[.:()]/g, "").trim();
  const plain = PLAIN_VALUE_HEAD.test(h) || (COUNT_HEAD.test(h) && sheet.filledColumns(row).filter((c) => c > labelCol).length === 1);
  if (labelCol < 0 || labelCol >= col || !plain) return undefined;
  const corner = sheet.ownText(row, labelCol);
  return corner !== undefined && namesRole(corner) ? corner : undefined;
}
