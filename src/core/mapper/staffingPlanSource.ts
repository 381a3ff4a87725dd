// "Beschäftigte lt. Stellenplan (Köpfe)", "Mitarbeitende gemäß Stellenplan 2026": the Stellenplan is the document
// the head count is taken from, not the word "Stellen" (VZÄ) plus "Plan". After a head-count word, "laut/gemäß/
// nach (dem) Stellenplan" names the source and no part of the figure. Labels of posts ("Stellen lt. Stellenplan",
// "VZÄ laut Stellenplan") and a label that is nothing else keep their reading: posts planned are no head count.
import { tokenize } from "./tokens";

/** "lt. Stellenplan", "laut dem Stellenplan 2026", "gem. Stellenplan", "nach Stellenplan": after some word. */
const SOURCE = /(?<=\p{L}\.?\s+)(?:lt\.?|laut|gem\.?|gemäß|nach)\s+(?:(?:dem|des)\s+)?stellenplan(?:es|s)?(?:\s+(?:19|20)\d\d)?(?![\p{L}-])/giu;

/** The label without a Stellenplan named as its source (unchanged when it has none or would be empty). */
export function withoutStaffingPlanSource(text: string): string {
  if (!/stellenplan/i.test(text)) return text;
  const out = text.replace(SOURCE, " ");
  if (out === text) return text;
  const concepts = tokenize(out).flatMap((t) => t.concepts);
  return concepts.includes("beschaeftigte") && !concepts.includes("vzae") ? out : text;
}
