// "VZÄ (inkl. Erziehungszeit, Befristete, LZ-Erkrankte)", "Beschäftigte (einschl. Auszubildende)": an aside in
// parentheses saying what the figure includes counts it whole; words that name no figure there name no part of it.
// An aside with a word of the vocabulary stays: "(inkl. BEZ)" tells the Eingliederungsbudget apart, "(inkl.
// Umschichtung)" the whole Verwaltungshaushalt. ("ohne …" excludes and stays: ./excludingLabels.ts.)
// A programme included ("Eingliederungsmittel (inkl. Bundesprogramme BEZ)", "(inkl. ESF-Projekte)") is a part
// the total holds, so the label is no programme's own budget: the programme word goes, the rest of the aside stays.
import { isFillerConcept, tokenize } from "./tokens";

/** A parenthesised aside opening with an inclusion word; group 1 holds what it includes. */
const INCLUDED = /\(\s*(?:inkl|incl|inklusive|einschl|einschließlich|einschliesslich|including)\b\.?([^()]*)\)/giu;

/** The concept of a project or programme (./vocabulary.ts): outside an inclusion aside it rules a total out. */
const PROGRAMME = "projekt";

const namesProgramme = (word: string) => tokenize(word).some((t) => t.concepts.includes(PROGRAMME));

/** The label without its inclusion asides of unknown words (the text unchanged when it has none). */
export function withoutInclusionAside(text: string): string {
  if (!text.includes("(")) return text;
  const out = text.replace(INCLUDED, (all, inner: string) => {
    const words = inner.split(/[\s,;/]+/).filter((w) => w !== "");
    const kept = words.filter((w) => !namesProgramme(w));
    if (tokenize(kept.join(" ")).every((t) => t.concepts.every(isFillerConcept))) return " ";
    return kept.length === words.length ? all : `(inkl. ${kept.join(" ")})`;
  });
  return out.trim() === "" ? text : out;
}
