// "Beschäftigte lt. Stellenplan (Köpfe)", "Mitarbeitende gemäß Stellenplan 2026": the Stellenplan is the document
// the head count is taken from, not the word "Stellen" (VZÄ) plus "Plan". After a head-count word, "laut/gemäß/
// nach (dem) Stellenplan" names the source and no part of the figure. Labels of posts ("Stellen lt. Stellenplan",
// "VZÄ laut Stellenplan") and a label that is nothing else keep their reading: posts planned are no head count.
// A label naming the full-time equivalents in words ("Stellen (VZÄ) laut Stellenplan 2028", "VZÄ lt. Stellenplan")
// counts them as the source states them: the source goes, its year stays the label's (a Stellenplan of the year
// before is that year's), and ./staffPlanColumn.ts still ranks the AIP's own planned VZÄ above it. Bare posts
// ("Stellen laut Stellenplan | 165") stay doubtful: a count of posts, no VZÄ named.
import { fold } from "./normalize";
import { tokenize } from "./tokens";

/** The full-time equivalents named in words, not only as posts ("Stellen"). */
const FTE_WORD = /\b(vzae|vollzeitaequivalent\w*|vollzeitstellen|vollkraefte|fte)\b/;

/** "lt. Stellenplan", "laut dem Stellenplan 2026", "gem. Stellenplan", "nach Stellenplan": after some word. */
const SOURCE = /(?<=\p{L}\.?\)?\s+)(?:lt\.?|laut|gem\.?|gemäß|nach)\s+(?:(?:dem|des)\s+)?stellenplan(?:es|s)?(?:\s+((?:19|20)\d\d))?(?![\p{L}-])/giu;

/** The label without a Stellenplan named as its source (unchanged when it has none or would be empty). */
export function withoutStaffingPlanSource(text: string): string {
  if (!/stellenplan/i.test(text)) return text;
  const out = text.replace(SOURCE, " ");
  if (out === text) return text;
  const concepts = tokenize(out).flatMap((t) => t.concepts);
  if (concepts.includes("beschaeftigte") && !concepts.includes("vzae")) return out;
  return FTE_WORD.test(fold(out)) && !concepts.includes("beschaeftigte") ? text.replace(SOURCE, (_, year?: string) => ` ${year ?? ""} `) : text;
}
