// "Basis IQ 2025: Integrationen", "IQ-Basis: ELB Ø", "Berechnungsgrundlage der Integrationsquote – eLb": the
// operands a quota is computed from, each named by its own words after the head that says which quota they serve
// (like "K2 Nenner", ./statisticsWording.ts). The head names no IQ: the figure is the integrations or the eLb. Only
// with such an operand after it: "Basis-IQ 2025" alone stays the IQ.
import { tokenize } from "./tokens";

const QUOTA = "(?:iq|integrationsquote|k2)";
const BASIS = "(?:basis|grundlage|berechnungsgrundlage|berechnungsbasis|datenbasis)";
/** "Basis IQ", "Basis der IQ", "Grundlage für die Integrationsquote", "IQ-Basis", "IQ Berechnungsgrundlage". */
const HEAD = new RegExp(`(?<!\\p{L})(?:${BASIS}\\s*(?:der\\s+|für\\s+die\\s+|fuer\\s+die\\s+|zur\\s+)?-?\\s*${QUOTA}|${QUOTA}\\s*-?\\s*${BASIS})(?!\\p{L})`, "iu");
/** The operands a quota's head may stand before. */
const OPERANDS = new Set(["integration", "elb"]);

/** The label without the quota's basis head when an operand of the quota follows (unchanged otherwise). */
export function withoutQuotaBasis(text: string): string {
  if (!/basis|grundlage/i.test(text)) return text;
  const m = HEAD.exec(text);
  if (!m) return text;
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
  return tokenize(rest).some((t) => t.concepts.some((c) => OPERANDS.has(c))) ? rest : text;
}
