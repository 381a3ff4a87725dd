// Which contract figure a phrase denotes, by meaning: the ONE place where the document check uses the
// mapper's label matching (`matchLabelText`, src/core/mapper, the same matcher that reads a workbook's
// labels). A member row ("darunter Männer") is matched together with the label of the row it stands under.
import { CONTRACT, contractName, type CellKind } from "../contract";
import { matchLabelText } from "../mapper";
import type { Role } from "../mapper/labels";
import { LEVEL2, looseLabel } from "../resolve/labels";

export interface NameHit {
  name: string;
  score: number;
}

export interface PhraseContext {
  planYear?: number;
  /** Label of the row a member label ("darunter Männer") stands under, e.g. "Integrationsquote gesamt (JFW in %)". */
  parentLabel?: string;
}

/**
 * Contract names a label-like phrase denotes ("Verwaltungshaushalt", "davon kommunaler Finanzierungsanteil
 * (Kommune)", "Integrationsquote gesamt (JFW in %)", "darunter Männer" under the IQ row), best first; the
 * caller picks the family member by role ({@link nameForRole}).
 */
export function figureNamesFor(phrase: string, ctx: PhraseContext = {}): NameHit[] {
  const opts = ctx.planYear !== undefined ? { planYear: ctx.planYear } : {};
  if (ctx.parentLabel && LEVEL2.test(looseLabel(phrase))) {
    // "darunter Männer" under "Integrationsquote gesamt (JFW in %)" → "Integrationsquote (JFW in %) Männer".
    const member = phrase.replace(/^\s*\S+\s*/, "");
    const parent = ctx.parentLabel.replace(/\b(gesamt|insgesamt)\b/gi, " ");
    return matchLabelText(`${parent} ${member}`, opts);
  }
  return matchLabelText(phrase, opts);
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
