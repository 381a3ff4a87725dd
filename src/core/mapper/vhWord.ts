// "VH" in a controller's label: the Verwaltungshaushalt ("VH gesamt", "Summe VH", "VH-Ansatz 2025") or "vom
// Hundert" (per cent: "15,2 vH", "Anteil in vH", "VH-Quote", "v. H."). The label's other words decide; a money
// figure read from a share-formatted value is still lowered by the value's kind (./context.ts).

/** The concepts of the Verwaltungshaushalt, as "VWH" carries them (./vocabulary.ts COMPOSITES). */
const BUDGET = ["verwaltung", "haushalt"];
/** Concepts that make a label a share or percentage: there "vH" is the unit. */
const SHARE = new Set(["anteil", "prozent"]);
/** Words before "vH" that make it a unit ("in vH", "je vH", "v. H." split). */
const UNIT_BEFORE = new Set(["in", "je", "pro", "v", "von", "vom", "%"]);

interface Tok {
  text: string;
  concepts: string[];
  filler: boolean;
}

/**
 * Tokens with a plain "vh" (no period: "vH." is cut, "v.H." never forms the word) read as the Verwaltungshaushalt
 * when the label is no share: not after a number ("15,2 vH") or a unit preposition, no share word beside it,
 * and not alone (a lone "vH" heads a unit column).
 */
export function readVhWord<T extends Tok>(folded: string, tokens: T[], cutAt: (i: number) => boolean): T[] {
  const at = tokens.findIndex((t) => t.text === "vh");
  if (at < 0 || tokens.length < 2) return tokens;
  if (/\d\s*vh\b/.test(folded)) return tokens;
  if (tokens.some((t) => t.concepts.some((c) => SHARE.has(c) && t.text !== "vh"))) return tokens;
  return tokens.map((t, i) => (t.text === "vh" && !cutAt(i) && !UNIT_BEFORE.has(tokens[i - 1]?.text ?? "") ? { ...t, concepts: [...BUDGET], filler: false } : t));
}
