// "VZÄ (inkl. Erziehungszeit, Befristete, LZ-Erkrankte)", "Beschäftigte (einschl. Auszubildende)": an aside in
// parentheses saying what the figure includes counts it whole; words that name no figure there name no part of it.
// An aside with a word of the vocabulary stays: "(inkl. BEZ)" tells the Eingliederungsbudget apart, "(inkl.
// Umschichtung)" the whole Verwaltungshaushalt. ("ohne …" excludes and stays: ./excludingLabels.ts.)
import { isFillerConcept, tokenize } from "./tokens";

/** A parenthesised aside opening with an inclusion word; group 1 holds what it includes. */
const INCLUDED = /\(\s*(?:inkl|incl|inklusive|einschl|einschließlich|einschliesslich|including)\b\.?([^()]*)\)/giu;

/** The label without its inclusion asides of unknown words (the text unchanged when it has none). */
export function withoutInclusionAside(text: string): string {
  if (!text.includes("(")) return text;
  const out = text.replace(INCLUDED, (all, inner: string) => (tokenize(inner).every((t) => t.concepts.every(isFillerConcept)) ? " " : all));
  return out.trim() === "" ? text : out;
}
