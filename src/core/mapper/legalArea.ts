// "Integrationsquote Bürgergeld (K2)", "Integrationen Alg II/Bürgergeld 2024": the benefit system's name
// (Bürgergeld, formerly Alg II, SGB II) is what every figure of the programme belongs to. In a label it names no
// other figure, so it is never a foreign word that makes the label doubtful.
const LEGAL_AREA = "buergergeld";

/** Whether a concept is the benefit system itself (neutral in every figure's label). */
export function isLegalAreaConcept(concept: string): boolean {
  return concept === LEGAL_AREA;
}
