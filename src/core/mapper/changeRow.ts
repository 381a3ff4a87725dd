// "K2 Integrationsquote – Planwert 2026 | 17,2 %" over "Veränderung ggü. 2025 in % | −0,7 %": a row labelled only
// by a change, right under a figure's row in the same label column, is that figure's change (the reader carries
// the figure down, as in "davon" rows). Its label alone names no figure, so without the row above it is nothing.
import { readColumn } from "../columnRoles";
import type { SheetGrid } from "./grid";
import { matchLabel } from "./matchLabel";

/** The label cell of the figure row right above a change-only row, or undefined. */
export function changeRowHead(sheet: SheetGrid, row: number, namesFigure: (r: number, c: number) => boolean): { row: number; col: number } | undefined {
  const cols = sheet.filledColumns(row);
  const first = cols[0];
  const text = first === undefined ? undefined : sheet.ownText(row, first);
  if (text === undefined || readColumn(text).kind !== "change" || matchLabel(text).standalone.length > 0) return undefined;
  if (!cols.some((c) => c > first && sheet.number(row, c) !== undefined)) return undefined;
  const above = row - 1;
  if (above < sheet.r0 || sheet.filledColumns(above)[0] !== first || sheet.ownText(above, first) === undefined) return undefined;
  if (!sheet.filledColumns(above).some((c) => c > first && sheet.number(above, c) !== undefined)) return undefined;
  // The row above is itself a figure's row, not another change row or a heading.
  if (readColumn(sheet.ownText(above, first)!).kind === "change" || !namesFigure(above, first)) return undefined;
  return { row: above, col: first };
}
