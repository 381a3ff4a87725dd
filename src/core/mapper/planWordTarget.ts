// "geplanter Ø eLb-Bestand 2025", "Plan-IQ", "LZB (geplant)": before a target figure the plan word says which year's
// value it is (the plan year's, the target), as "Ziel" does; it names no other figure. For figures without a
// plan-year value ("Integrationen" of the previous year, customer stocks) it stays a foreign word.
import { areaOf } from "../areas";
import type { LabelSpec } from "./labels";
import type { FigureDescription } from "./match";

const PLAN_CONCEPT = "plan";
const withPlanWord = new WeakMap<LabelSpec, FigureDescription>();

/** Whether a spec is a target with a plan-year value of its own beside the previous year's. */
function isPlannedTarget(spec: LabelSpec): boolean {
  const { current, previous } = spec.names;
  return current !== undefined && previous !== undefined && current !== previous && areaOf(current)?.id === "ziele";
}

/** The description a label is scored against: for a planned target the plan word is one of its own (cached per spec). */
export function describeWithPlanWord(spec: LabelSpec): FigureDescription {
  let d = withPlanWord.get(spec);
  if (!d) {
    const own = [...spec.describe.all.flat(), ...(spec.describe.optional ?? [])];
    const none = spec.describe.none ?? [];
    d = isPlannedTarget(spec) && !own.includes(PLAN_CONCEPT) && !none.includes(PLAN_CONCEPT) ? { ...spec.describe, optional: [...(spec.describe.optional ?? []), PLAN_CONCEPT] } : spec.describe;
    withPlanWord.set(spec, d);
  }
  return d;
}
