// Which contract figure a phrase denotes, by meaning: the ONE place where the document check uses the
// mapper's label matching. Today it runs the mapper's label data (src/core/mapper/labels.ts) on the phrase
// as a label; when the mapper exposes `matchLabelText(text, { planYear })` this function becomes a call to it.
import { CONTRACT, contractName, type CellKind } from "../contract";
import { LABELS, type Role } from "../mapper/labels";
import { normalizeLabel, withoutFillers, withoutYears } from "../mapper/normalize";

export interface NameHit {
  name: string;
  score: number;
}

export interface PhraseContext {
  planYear?: number;
  /** Name of the row a member label ("darunter Männer") stands under, e.g. ZIE_IQ. */
  parent?: string;
}

/**
 * Contract names a label-like phrase denotes ("Verwaltungshaushalt", "davon kommunaler Finanzierungsanteil
 * (Kommune)", "Integrationsquote gesamt (JFW in %)", "darunter Männer" under ZIE_IQ), best first; every name
 * of the figure's family (planning year, previous year, change), the caller picks by role ({@link nameForRole}).
 */
export function figureNamesFor(phrase: string, ctx: PhraseContext = {}): NameHit[] {
  const { core } = normalizeLabel(phrase);
  const keys = [...new Set([withoutYears(core), withoutFillers(withoutYears(core))])].filter(Boolean);
  const hits: NameHit[] = [];
  const parent = ctx.parent;
  const parentSpec = parent ? LABELS.find((s) => Object.values(s.names).includes(parent)) : undefined;
  for (const spec of LABELS) {
    const member = parentSpec !== undefined && spec.under?.includes(parentSpec.id) && spec.memberPatterns?.some((p) => keys.some((k) => p.test(k)));
    const own = spec.patterns.some((p) => keys.some((k) => p.test(k))) && !(spec.exclude && keys.some((k) => spec.exclude?.test(k)));
    if (!member && !own) continue;
    const score = member ? 1 : keys[0] && spec.patterns.some((p) => p.test(keys[0])) ? 0.9 : 0.8;
    for (const name of Object.values(spec.names)) if (!hits.some((h) => h.name === name)) hits.push({ name, score });
  }
  return hits.sort((a, b) => b.score - a.score);
}

/** The role a contract name plays in its family: "_VJ" the previous year, "_Veraenderung" the change. */
export function roleOfName(name: string): Role {
  if (/_VJ$/.test(name)) return "previous";
  if (/_Veraenderung$/.test(name)) return "change";
  return "current";
}

/** The name of the family of `names` in the given role (ZIE_IQ + "change" → ZIE_IQ_Veraenderung). */
export function nameForRole(names: readonly string[], role: Role): string | undefined {
  const direct = names.find((n) => roleOfName(n) === role);
  if (direct) return direct;
  const base = names.find((n) => roleOfName(n) === "current");
  if (!base) return undefined;
  const guess = role === "previous" ? `${base}_VJ` : role === "change" ? `${base}_Veraenderung` : base;
  return contractName(guess) ? guess : undefined;
}

/** What a single-cell contract figure holds; undefined for tables and unknown names. */
export function kindOf(name: string): CellKind | undefined {
  const c = contractName(name);
  return c && c.kind !== "table" ? c.kind : undefined;
}

/** Shares and changes are stored as fractions and printed in percent. */
export const isPercentKind = (kind: CellKind | undefined) => kind === "share" || kind === "change";

export const CONTRACT_NAMES: readonly string[] = CONTRACT.map((c) => c.name);
