// Who a label's people are (tokens of a lower-cased, folded label, ./tokens.ts):
// - "nicht erwerbsfähige Leistungsberechtigte", "nicht Erwerbsfähige", "Nichterwerbsfähige" (NEF): the benefit
//   recipients who are NOT eLb; their word is no eLb ("Bürgergeldbeziehende insgesamt (inkl. nicht Erwerbsfähige)"
//   counts more people than the eLb and is no eLb stock), read as one word "nichterwerbsfaehige" (./vocabulary.ts);
// - "Integrationen von erwerbsfähigen Leistungsberechtigten", "Integrationen der eLb": the integrations the
//   Jobcenter counts are always of its eLb, so the population after "von"/"der" names no other figure;
//   "Integrationen je eLb", "Integrationen / eLb" (the quota) and "Integrationen und eLb" keep the eLb word;
// - "bezogen … Leistungen" (a sentence's verb with its object) is the Leistungsbezug ("Alleinerziehende bezogen
//   Leistungen" = Alleinerziehende im Leistungsbezug), "(Menschen) bezogen langfristig Leistungen" are the
//   Langzeitleistungsbeziehenden; "Leistungen" without the verb keeps its word;
// - "(hatten) keine deutsche Staatsangehörigkeit", "ohne deutsche Staatsangehörigkeit", "nicht deutscher
//   Staatsangehörigkeit": the foreigners, read as "Ausländer" ("deutsche Staatsangehörigkeit" alone stays).
const NOT_EMPLOYABLE = /\bnicht\s*-?\s*(erwerbsfaehig\w*)/g;
const INTEGRATIONS_OF_ELB = /\b(integration(?:en)?)\s+(?:von|der|unter den)\s+(?:den\s+)?(?:erwerbsfaehigen\s+leistungsberechtigten|elbs?)\b/g;

const DRAWING = /\b(?:bezogen|beziehen|bezieht|bezog)\b/;
const LONG_TERM = /\b(?:(?:menschen|personen)\s+)?(?:langfristig|dauerhaft|langzeitig)\s+(?:leistungen|grundsicherungsleistungen|buergergeld)\b/;
const NOT_GERMAN = /\b(?:(?:hatten|haben|hat|hatte|besitzen|besassen)\s+)?(?:keine|keiner|ohne|nicht|nichtdeutsche[rn]?)\s+(?:(?:die\s+)?deutsche[rn]?\s+)?staatsangehoerigkeit(?:en)?\b/;
const BENEFITS = /\b(?:leistungen|grundsicherungsleistungen|buergergeld)\b/;

/** A folded label with the populations read as above. */
export function readPopulationWords(t: string): string {
  let out = t;
  if (out.includes("staatsangehoerigkeit")) out = out.replace(NOT_GERMAN, "auslaender");
  if (DRAWING.test(out) && BENEFITS.test(out)) {
    out = LONG_TERM.test(out) ? out.replace(LONG_TERM, "langzeitleistungsbeziehende") : out.replace(BENEFITS, "leistungsbezug");
    out = out.replace(DRAWING, " ");
  }
  if (!out.includes("erwerbsfaehig") && !out.includes("elb")) return out;
  return out.replace(NOT_EMPLOYABLE, "nicht$1").replace(INTEGRATIONS_OF_ELB, "$1");
}
