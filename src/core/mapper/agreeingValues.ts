// A figure that stands twice with one value ("Integrationsquote | =B3/B4" under "Ergebnis 2024" and the same quota
// in the "Ist 2024" column below): the planning workbook says figures that appear twice agree, and where both
// places are read without doubt and hold the same number, either is the figure. Their agreement is no ambiguity;
// only a difference would be one. Only on one sheet: the same number on another sheet may be another figure's
// (the LZB count among the customer structure beside the LZB target of the previous year). And only for the
// previous year's results (…_VJ): a result is one fact wherever it is shown, while plan and budget lines have
// versions and directions (an amount moved into and out of a budget can be the same number).
import type { Candidate } from "./candidate";

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Whether several candidates on one sheet, each without doubt, all hold the same number. */
export function agreeOnOneValue(candidates: readonly Candidate[]): boolean {
  if (candidates.length < 2 || !/_VJ$/.test(candidates[0].name) || candidates.some((c) => c.lows.length > 0 || typeof c.value !== "number" || c.sheet !== candidates[0].sheet)) return false;
  const first = candidates[0].value as number;
  return candidates.every((c) => same(c.value as number, first));
}
