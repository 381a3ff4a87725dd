// "thereof commitments PY (VB)", "Neubewilligungen (NB)" under the Eingliederungsbudget: the short form a row group
// uses for a part ("VB" for Vorbindungen there, else the Vermittlungsbudget) written beside the part's full word is
// that part's own abbreviation, no word of another figure, once the row stands in the group where the short form
// means the part (the group head decides as for a bare "davon VB", ./findCells.ts specsAt).
import type { LabelSpec } from "./labels";
import { FOREIGN_COST, type Score } from "./match";
import { tokenize } from "./tokens";

/** The score with the part's group abbreviations no longer counted as foreign words. */
export function withGroupAbbreviation(score: Score, spec: LabelSpec): Score {
  const own = new Set(spec.member?.all.flat() ?? []);
  if (own.size === 0 || score.foreign.length === 0) return score;
  const foreign = score.foreign.filter((w) => !tokenize(w).some((t) => t.concepts.some((c) => own.has(c))));
  if (foreign.length === score.foreign.length) return score;
  return { ...score, foreign, score: Math.min(1, score.score + FOREIGN_COST * (score.foreign.length - foreign.length)) };
}
