// What a check covered: which rules ran and which could not, because names they need are missing or
// broken. The engine computes it once per check (checkWithCoverage), the hosts show it ("geprüft: N von
// M Regeln; nicht prüfbar: …"), and namen/bereich-fehlt names the rules an absent area takes away — all
// from the functions here, so the three never disagree.
//
// "Skipped" (nicht prüfbar): a rule reads the contract names of its meta.names. A name is unusable when
// the view cannot give the rule its value: not defined, broken at the names level (#REF!, sheet-scoped,
// wrong shape, …) or a single cell that failed its types check. A rule is skipped when one of its names
// that the contract requires is unusable — its check needs that figure, so it could not check anything
// (reporting it as run would make a silent pass look like a full check); a rule reading only optional
// names is skipped when all of them are unusable. A rule missing only some optional names counts as run.
// A rule that checks each name on its own (meta.eachNameAlone) is skipped only when none is usable; one
// that needs all its names (meta.needsAllNames: its check returns nothing when any is missing) when any is
// unusable; one that works on groups of names (meta.nameGroups) when no group is whole. A rule whose
// meta.applies is false on the view (istplan/gesamt on a Förderung table without a Gesamt row, which
// istplan/ohne-gesamt reports) is skipped with no missing names.
// Rules without meta.names (namen/*, typen/*) check the names themselves and always run — unless the
// workbook has no contract area at all: then no rule ran. Rules turned off in the settings count neither
// as run nor as skipped.
import { AREAS, areaOf, namesOfArea, type Area } from "./areas";
import { contractName, monthlyName } from "./contract";
import type { View } from "./resolve/view";
import type { RuleMeta } from "./rules/types";

export interface SkippedRule {
  rule: string;
  /** The unusable names that make the rule skip, in the rule's order (none when it does not apply, meta.applies). */
  missing: string[];
}

export interface Coverage {
  /** Rules that ran (severity not off, inputs usable). */
  rulesRun: number;
  /** Rules that were active (not off): rulesRun + rulesSkipped.length. */
  rulesTotal: number;
  rulesSkipped: SkippedRule[];
}

/** The view can give a rule this contract name's value. */
export function isUsableInput(view: View, name: string): boolean {
  if (monthlyName(name)) return view.monthly.series.has(monthlyName(name)!.name) || view.monthly.tables.has(monthlyName(name)!.name);
  const c = contractName(name);
  if (!c) return false;
  if (c.kind === "table") return view.table(name) !== undefined;
  if (c.kind === "text") return view.text(name) !== undefined;
  return view.hasFigure(name);
}

export type CoverageMeta = Pick<RuleMeta, "names" | "eachNameAlone" | "needsAllNames" | "nameGroups">;

/** Why a rule cannot run on this view: its unusable names, or undefined when it runs. */
export function skipReason(meta: CoverageMeta, view: View): string[] | undefined {
  const inputs = meta.names ?? [];
  if (!inputs.length) return undefined;
  const unusable = inputs.filter((n) => !isUsableInput(view, n));
  if (!unusable.length) return undefined;
  if (meta.needsAllNames) return unusable;
  if (meta.nameGroups?.length) {
    const whole = meta.nameGroups.some((g) => g.every((n) => isUsableInput(view, n)));
    if (!whole) return unusable.filter((n) => meta.nameGroups!.some((g) => g.includes(n)));
  }
  // A rule that checks each of its names on its own (outdated terms in any text cell) runs on what is there.
  if (meta.eachNameAlone) return unusable.length === inputs.length ? unusable : undefined;
  const requiredMissing = unusable.filter((n) => contractName(n)?.required);
  if (requiredMissing.length) return requiredMissing;
  const anyRequired = inputs.some((n) => contractName(n)?.required);
  return !anyRequired && unusable.length === inputs.length ? unusable : undefined;
}

/**
 * The rules a check counts: the optional area Verlauf (family verlauf) only where the workbook has a MON_
 * name (src/core/verlauf/read.ts), and a rule over another optional input only where the workbook has it
 * (meta.countsOnlyWith); otherwise they are neither run nor skipped. Undefined view: the snapshot could not
 * be read, so none of these inputs is known either.
 */
export function countedRules<T extends Partial<Pick<RuleMeta, "family" | "countsOnlyWith">>>(rules: readonly T[], view: View | undefined): T[] {
  return rules.filter((r) => (r.family !== "verlauf" || !!view?.monthly.present) && (!r.countsOnlyWith || (view !== undefined && r.countsOnlyWith(view))));
}

/** Coverage of `rules` (the active ones, in run order) on a view. */
export function coverageOf(allRules: readonly (CoverageMeta & Pick<RuleMeta, "id" | "applies"> & Partial<Pick<RuleMeta, "family">>)[], view: View): Coverage {
  const rules = countedRules(allRules, view);
  // No contract area at all (namen/keine-bereiche: nothing could be checked): no rule had anything to check,
  // not even namen/* and typen/*, so none counts as run (as when the engine cannot read the snapshot).
  if (presentAreas(view).length === 0) return { rulesRun: 0, rulesTotal: rules.length, rulesSkipped: rules.map((r) => ({ rule: r.id, missing: [] })) };
  const rulesSkipped: SkippedRule[] = [];
  for (const meta of rules) {
    const missing = skipReason(meta, view) ?? (meta.applies?.(view) === false ? [] : undefined);
    if (missing) rulesSkipped.push({ rule: meta.id, missing });
  }
  return { rulesRun: rules.length - rulesSkipped.length, rulesTotal: rules.length, rulesSkipped };
}

// A built view does not change, and a check asks for its mentioned names once per rule that counts only
// with a name (meta.countsOnlyWith) and once per presentAreas: worked out once per view.
const mentionedByView = new WeakMap<View, ReadonlySet<string>>();

/**
 * The contract names the workbook mentions: defined in any scope (usable or broken), or misspelt so that
 * namen/fehlt points at them. Optional names count too.
 */
export function mentionedNames(view: View): ReadonlySet<string> {
  const known = mentionedByView.get(view);
  if (known) return known;
  const out = new Set<string>();
  for (const area of AREAS) for (const c of namesOfArea(area.id)) if (view.has(c.name)) out.add(c.name);
  for (const i of view.nameIssues) if (i.code !== "fehlt" || i.messageId === "fehltAehnlich") out.add(i.name);
  mentionedByView.set(view, out);
  return out;
}

/** For meta.countsOnlyWith: the workbook mentions `name` (usable or broken, so a broken one still counts the rule as skipped). */
export const mentions =
  (name: string) =>
  (view: View): boolean =>
    mentionedNames(view).has(name);

/** The areas with at least one mentioned name. */
export function presentAreas(view: View): Area[] {
  const mentioned = mentionedNames(view);
  return AREAS.filter((a) => namesOfArea(a.id).some((c) => mentioned.has(c.name)));
}

/** The area of a contract name is present in the workbook (namen/fehlt reports only there). */
export function areaIsPresent(view: View, name: string): boolean {
  const area = areaOf(name);
  return !!area && presentAreas(view).some((a) => a.id === area.id);
}
