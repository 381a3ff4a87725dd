// "K2 Integrationsquote – Planwert 2026 | 17,2 %" over "Veränderung ggü. 2025 in % | −0,7 %": a row labelled only
// by a change, right under a figure's row in the same label column, is that figure's change (the reader carries
// the figure down, as in "davon" rows). Its label alone names no figure, so without the row above it is nothing.
import { readColumn } from "../columnRoles";
import type { RoleOrNone } from "./roles";
import type { SheetGrid } from "./grid";
import { matchLabel } from "./matchLabel";
import { fold } from "./normalize";

/** Words a change-only label is made of ("Veränderung ggü. 2025 in %", "Veränd. zum VJ", "+/- Vorjahr"). */
const CHANGE_ONLY = new Set(["veraenderung", "veraend", "ver", "abweichung", "abw", "delta", "differenz", "ggue", "gegenueber", "zum", "zur", "zu", "vs", "vj", "vorjahr", "vorjahres", "in", "%", "+", "-", "prozent", "pkt"]);
const isChangeOnly = (text: string) => {
  const words = fold(text).replace(/\b(19|20)\d\d\b/g, " ").split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => CHANGE_ONLY.has(w));
};

/** A label of change words only ("Δ VJ", "Veränderung ggü. 2025 in %"), naming no figure of its own. */
export function isChangeOnlyLabel(text: string): boolean {
  return readColumn(text).kind === "change" && isChangeOnly(text) && matchLabel(text).standalone.length === 0;
}

/**
 * The label columns of a row: its first filled cell, and a text after an empty column that opens a group of its own
 * beside it (tile groups side by side: "Veränd. | -1,3 % | | Veränd. | -1,0 %").
 */
export function labelColumnsOf(sheet: SheetGrid, row: number): number[] {
  const cols = sheet.filledColumns(row);
  return cols.filter((c, i) => i === 0 || (sheet.ownText(row, c) !== undefined && sheet.value(row, c - 1) === null && sheet.mergeOf(row, c - 1) === undefined));
}

/** The label cell of the figure row right above a change-only row (its label at `first`), or undefined. */
export function changeRowHead(sheet: SheetGrid, row: number, namesFigure: (r: number, c: number) => boolean, first = sheet.filledColumns(row)[0]): { row: number; col: number } | undefined {
  const cols = sheet.filledColumns(row).filter((c) => c >= first);
  const text = first === undefined ? undefined : sheet.ownText(row, first);
  // Only change words: "K1 Veränderung Summe LLU" names a figure of its own, no change of the row above.
  if (text === undefined || !isChangeOnlyLabel(text)) return undefined;
  if (!cols.some((c) => c > first && sheet.number(row, c) !== undefined)) return undefined;
  const above = row - 1;
  if (above < sheet.r0 || !labelColumnsOf(sheet, above).includes(first) || sheet.ownText(above, first) === undefined) return undefined;
  // The figure's value stands in its own group: right of its label, before the next group's label.
  const next = labelColumnsOf(sheet, above).find((c) => c > first) ?? Infinity;
  if (!sheet.filledColumns(above).some((c) => c > first && c < next && sheet.number(above, c) !== undefined)) return undefined;
  // The row above is itself a figure's row, not another change row or a heading.
  if (readColumn(sheet.ownText(above, first)!).kind === "change" || !namesFigure(above, first)) return undefined;
  return { row: above, col: first };
}

/**
 * The role of a change row's value by its column: under the plan (or a column without a year) it is the planned
 * change; under the previous year's or another year's column it is that year's change, none of the programme's.
 */
export function changeRowRole(header: RoleOrNone | undefined): RoleOrNone {
  return header === "previous" || header === "none" ? "none" : "change";
}
