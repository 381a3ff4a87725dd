// "Ausgangslage 2023 (vorauss.)", "Ausgangswerte 2024", "Basis 2023 (vorläufig)", "Referenzjahr 2023": a title
// naming the starting point of the plan (or a provisional result) with the year before the planning year holds that
// year's results, the base the targets are set from. Without a role word such a title would give no year, and a
// sheet named "Planung 2024" would make its rows targets. A bare year alone ("2023") or another year decides nothing.
import type { SheetGrid } from "./grid";
import { fold, yearsIn } from "./normalize";

const BASELINE = /\b(ausgangs\w*|basis\w*|referenz\w*|bezugsjahr\w*|vorlaeufig\w*|voraussichtlich\w*)\b/;

/** The role a baseline title gives (folded text): the previous year when it names the year before the plan year. */
export function baselineRole(folded: string, planYear: number | undefined): "previous" | undefined {
  if (planYear === undefined || !BASELINE.test(folded)) return undefined;
  const years = [...new Set(yearsIn(folded))];
  // "Basis Vorjahr (Hochrechnung)": the base named as the previous year, without its number.
  if (years.length === 0 && /\b(vorjahr\w*|vj)\b/.test(folded)) return "previous";
  return years.length === 1 && years[0] === planYear - 1 ? "previous" : undefined;
}

/** Whether a title names a baseline and one year ("Basiswerte IQ 2024*"): a title, even when it names a figure. */
export function isBaselineTitle(text: string): boolean {
  const f = fold(text);
  return BASELINE.test(f) && new Set(yearsIn(f)).size === 1;
}

/** A section title's baseline role for `row`: only the block right under it; past a blank row
 *  ("Zielwerte 2025 | insgesamt | Männer") the rows are the plan's own. */
export function baseBlockRole(sheet: SheetGrid, title: { row: number; text: string }, row: number, planYear: number | undefined): "previous" | undefined {
  for (let r = title.row + 1; r < row; r++) if (sheet.rowBlank(r)) return undefined;
  return baselineRole(fold(title.text), planYear);
}
