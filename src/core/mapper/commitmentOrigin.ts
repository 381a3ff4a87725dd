// "commitments PY", "Vorbindungen (Vorjahre)", "Bindungen VJ": Vorbindungen are by definition commitments entered
// in earlier years that burden the planning year's Eingliederungsbudget, so a previous-year word beside them says
// where they come from, not that the value is last year's ("aus Vorjahren" is read so for every label in
// ./findCells.ts). An explicit year ("Vorbindungen 2024 (Ist)") still names its year.
import type { LabelSpec } from "./labels";

const COMMITMENTS = "BUD_EB_Vorbindungen";
const PREVIOUS_YEAR_WORD = /\b(py|pys|vj|vorjahr\w*|prior years?|previous years?|earlier years?)\b/g;

/** The folded label without the previous-year words that give the Vorbindungen' origin (unchanged for other figures). */
export function withoutCommitmentOrigin(spec: LabelSpec, folded: string): string {
  return Object.values(spec.names).includes(COMMITMENTS) ? folded.replace(PREVIOUS_YEAR_WORD, " ") : folded;
}
