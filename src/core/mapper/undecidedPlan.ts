// A change belongs to the plan it compares with the previous year ("Veränderung ggü. VJ" beside the target).
// When a row offers two plan columns no header decides between ("Ziel lt. Zielvereinbarung | Ziel angepasst"),
// the plan is undecided, and so is which plan the change column was computed from: the change is not sure either.
import type { Low } from "./candidate";
import type { LabelSpec } from "./labels";

/** The low for a change value when the same row holds several plan values with no header choosing one. */
export function undecidedPlanLow(spec: LabelSpec, name: string, planValues: number): Low | undefined {
  if (spec.names.change !== name || planValues < 2) return undefined;
  return {
    id: "spalte",
    text: `In der Zeile stehen ${planValues} Planwerte; zu welchem die Veränderung gehört, sagt kein Spaltenkopf.`,
  };
}
