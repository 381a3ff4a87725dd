// Who a label's people are (tokens of a lower-cased, folded label, ./tokens.ts):
// - "nicht erwerbsfähige Leistungsberechtigte", "nicht Erwerbsfähige", "Nichterwerbsfähige" (NEF): the benefit
//   recipients who are NOT eLb; their word is no eLb ("Bürgergeldbeziehende insgesamt (inkl. nicht Erwerbsfähige)"
//   counts more people than the eLb and is no eLb stock), read as one word "nichterwerbsfaehige" (./vocabulary.ts);
// - "Integrationen von erwerbsfähigen Leistungsberechtigten", "Integrationen der eLb": the integrations the
//   Jobcenter counts are always of its eLb, so the population after "von"/"der" names no other figure;
//   "Integrationen je eLb", "Integrationen / eLb" (the quota) and "Integrationen und eLb" keep the eLb word.
const NOT_EMPLOYABLE = /\bnicht\s*-?\s*(erwerbsfaehig\w*)/g;
const INTEGRATIONS_OF_ELB = /\b(integration(?:en)?)\s+(?:von|der|unter den)\s+(?:den\s+)?(?:erwerbsfaehigen\s+leistungsberechtigten|elbs?)\b/g;

/** A folded label with the populations read as above. */
export function readPopulationWords(t: string): string {
  if (!t.includes("erwerbsfaehig") && !t.includes("elb")) return t;
  return t.replace(NOT_EMPLOYABLE, "nicht$1").replace(INTEGRATIONS_OF_ELB, "$1");
}
