// "Zuteilung VWT (Bundesanteil)" summed with "Umschichtung EGT → VWT" and "KFA" into "Verwaltungsbudget insg.":
// the Verwaltungshaushalt is its federal part plus the move from the EGT plus the municipal share (domain), so
// when no row names the federal part and the total is the allocation plus the other two parts, the allocated
// VWT is that federal part: one number under two names (BUD_VWT_Zuteilung and BUD_VH_EinglMV), like the eLb twin.
import type { Candidate, Low } from "./candidate";
import type { MissingName } from "./types";

export const FEDERAL_TWINS = ["BUD_VWT_Zuteilung", "BUD_VH_EinglMV"] as const;

interface Chosen {
  best: Candidate;
  extra: Low[];
  all?: Candidate[];
}

/**
 * Gives BUD_VH_EinglMV the sure VWT allocation's cell when BUD_VH_EinglMV has no candidate anywhere and the sure
 * Verwaltungshaushalt total on the same sheet equals the allocation plus the sure Umschichtung and KFA there.
 * Returns the shared ref, or undefined.
 */
export function shareFederalPart(chosen: Map<string, Chosen>, candidatesOf: (name: string) => readonly Candidate[], missingReasons: MissingName[], defined: ReadonlySet<string>): string | undefined {
  if (FEDERAL_TWINS.some((n) => defined.has(n.toUpperCase())) || candidatesOf("BUD_VH_EinglMV").length > 0) return undefined;
  const sure = (n: string) => {
    const c = chosen.get(n);
    return c && c.best.lows.length === 0 && c.extra.length === 0 && typeof c.best.value === "number" ? c.best : undefined;
  };
  const [allocation, total, moved, municipal] = ["BUD_VWT_Zuteilung", "BUD_VH_Gesamt", "BUD_VH_Umschichtung", "BUD_VH_KFA"].map(sure);
  if (!allocation || !total || !moved || !municipal) return undefined;
  if ([total, moved, municipal].some((c) => c.sheet !== allocation.sheet)) return undefined;
  const sum = (allocation.value as number) + Math.abs(moved.value as number) + (municipal.value as number);
  if (Math.abs(sum - (total.value as number)) >= 0.5) return undefined;
  chosen.set("BUD_VH_EinglMV", { best: { ...allocation, name: "BUD_VH_EinglMV" }, extra: [], all: [{ ...allocation, name: "BUD_VH_EinglMV" }] });
  const at = missingReasons.findIndex((m) => m.name === "BUD_VH_EinglMV");
  if (at >= 0) missingReasons.splice(at, 1);
  return allocation.ref;
}
