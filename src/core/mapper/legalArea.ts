// "Integrationsquote Bürgergeld (K2)", "Integrationen Alg II/Bürgergeld 2024": the benefit system's name
// (Bürgergeld, formerly Alg II, SGB II) is what every figure of the programme belongs to. In a label it names no
// other figure, so it is never a foreign word that makes the label doubtful. Not for a share: there it may name the
// share's base ("Ausländeranteil im SGB II" is of all eLb, not of the unemployed), which the label data decides —
// unless the label names the unemployed as the base itself ("Anteil arbeitsloser Jugendlicher im Rechtskreis SGB
// II"): the BA's statistics count the unemployed by Rechtskreis, so there it is the scope, no base.
const LEGAL_AREA = "buergergeld";

/** Whether a concept is the benefit system itself, neutral in a label that names no share. */
export function isNeutralLegalArea(concept: string, present: ReadonlySet<string>): boolean {
  return concept === LEGAL_AREA && (!present.has("anteil") || present.has("arbeitslos"));
}
