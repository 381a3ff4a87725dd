// "Basis 2023 (vorläufig)", "Ausgangswerte 2023", "Referenzjahr 2023" over "Integrationen | eLb JDW | IQ": a
// section naming the previous year as the plan's base (or its provisional result) gives its rows the previous
// year, as "Ist 2023" would. A bare year alone ("2023") or another year decides nothing here. The base is the block
// right under the title: past a blank row ("Zielwerte 2025 | insgesamt | Männer") the rows are the plan's own.
import type { SheetGrid } from "./grid";
import { fold, yearsIn } from "./normalize";
import type { RoleOrNone } from "./roles";

const BASE_WORDS = /\b(basis\w*|ausgangs\w*|referenz\w*|bezugsjahr\w*|vorlaeufig\w*|voraussichtlich\w*)\b/;

/** "previous" for a row in the block under a title naming the planning year's previous year as the base; undefined otherwise. */
export function baseYearRole(sheet: SheetGrid, title: { row: number; text: string }, row: number, planYear: number | undefined): RoleOrNone | undefined {
  if (planYear === undefined) return undefined;
  for (let r = title.row + 1; r < row; r++) if (sheet.rowBlank(r)) return undefined;
  const text = title.text;
  const f = fold(text);
  if (!BASE_WORDS.test(f)) return undefined;
  const years = [...new Set(yearsIn(f))];
  return years.length === 1 && years[0] === planYear - 1 ? "previous" : undefined;
}
