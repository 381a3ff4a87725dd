// "nachrichtlich: LZB JDW 2024" under the 2025 targets: a memo line giving a target figure's value of the
// previous year is how a programme states that year's base. The memo word says "for information, not the target
// itself" — which is just what the _VJ figure is, so for it the memo is no doubt. Subtotals ("Zwischensumme …"),
// other years and figures without a previous-year name (a memo budget) keep their doubt.
import { fold, yearsIn } from "./normalize";

const MEMO = /^(nachrichtlich|nachrichtl|nachr|zur information|nur zur information|informativ)\b/;
const LAST_YEAR_WORD = /\b(vorjahr\w*|vj)\b/;

/** Whether `label` is a memo line stating the previous year's value of a target figure (`names`: the spec's, by role). */
export function isMemoOfLastYear(label: string, names: ReadonlyArray<string>, planYear: number | undefined): boolean {
  const f = fold(label);
  if (!MEMO.test(f) || names.length === 0 || !names.some((n) => /^ZIE_.*_VJ$/.test(n))) return false;
  const years = yearsIn(f);
  if (years.length > 0) return planYear !== undefined && years.every((y) => y === planYear - 1);
  return LAST_YEAR_WORD.test(f);
}
