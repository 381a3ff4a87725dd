// Small helpers shared by rule modules: turning the view's names/types records into reports, and
// fetching several figures at once (a rule whose inputs are not all usable stays silent).
import { halfUnitOf } from "../format";
import { floatSlack } from "../resolve/budget";
import type { Figure, NameIssueCode, TypeIssueCode, View } from "../resolve/view";
import type { RuleContext, RuleReport } from "./types";

export function reportNameIssues(ctx: RuleContext, code: NameIssueCode): RuleReport[] {
  return ctx.view.nameIssues
    .filter((i) => i.code === code)
    .map((i) => ({ messageId: i.messageId, data: i.data, names: [i.name], cells: i.cells }));
}

export function reportTypeIssues(ctx: RuleContext, code: TypeIssueCode): RuleReport[] {
  return ctx.view.typeIssues
    .filter((i) => i.code === code)
    .map((i) => ({ messageId: i.messageId, data: i.data, names: [i.name], cells: [i.cell] }));
}

/** All named figures, or undefined when any of them is missing or broken (reported elsewhere). */
export function figures<N extends string>(view: View, ...names: N[]): Record<N, Figure> | undefined {
  const out = {} as Record<N, Figure>;
  for (const n of names) {
    const f = view.figure(n);
    if (!f) return undefined;
    out[n] = f;
  }
  return out;
}

/** Smallest and largest true value a figure may stand for, given how it was rounded when typed. */
export function interval(f: Figure): [number, number] {
  return [f.value - f.halfUnit, f.value + f.halfUnit];
}

export { floatSlack } from "../resolve/budget";

/**
 * Rounding of a share as stored: a formula result is exact; a constant stands for anything that prints
 * the same, half a unit of its last printed digit, or `fallback` when the format does not say.
 */
export function shareHalfUnit(formula: boolean, format: string | undefined, fallback: number): number {
  if (formula) return 0;
  return halfUnitOf(format) ?? fallback;
}

/** The two closed intervals overlap (with float slack); an end may be ±Infinity for an open side. */
export function overlaps(a: [number, number], b: [number, number]): boolean {
  const slack = floatSlack(a[0], a[1], b[0], b[1]);
  return a[0] <= b[1] + slack && b[0] <= a[1] + slack;
}
