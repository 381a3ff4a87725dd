// "Personal 2025 | Köpfe" over "Beschäftigte gesamt", "davon Frauen", … and then "VZÄ gesamt | 131,9": a row whose
// own label names the VZÄ says what its number counts; the head count head above the column does not make it a
// head count. Only the VZÄ words themselves ("VZÄ", "Vollzeitäquivalente"), never "Stellen" or a staff noun.
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

const VZAE_WORDS = /\b(vzae?|vollzeitaequivalent\w*|fte)\b/;

/** Whether the row's first text (its label) names the VZÄ itself. */
export function labelNamesVzae(sheet: SheetGrid, row: number): boolean {
  const first = sheet.filledColumns(row).find((c) => sheet.ownText(row, c) !== undefined);
  const text = first === undefined ? undefined : sheet.ownText(row, first);
  return text !== undefined && VZAE_WORDS.test(fold(text));
}
