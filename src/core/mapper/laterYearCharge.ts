// "VE zu Lasten 2027", "Bindungen für 2028 ff.", "Verpflichtungsermächtigung 2027", "Bindungen für Folgejahre": a
// column of what the planning year's grants charge to later years (a Verpflichtungsermächtigung, the bindings of
// the years after it) belongs to no year the programme maps — never the plan beside it, nor a rival number of its
// row. A plain later year ("2027" in a mittelfristige Planung, "Plan 2027") is left to the other role readers.
const COMMITMENT_WORD = /\b(ve|verpflichtungsermaechtigung\w*|zu lasten|bindung\w*|gebunden\w*|vorbelastung\w*|ff)\b/;
const LATER_YEARS = /\b(folgejahr\w*|folgende\w* jahr\w*|kuenftige\w* jahr\w*)\b/;

/** "none" for a folded head naming a charge on years after the planning year, else undefined. */
export function laterYearChargeRole(folded: string, years: number[], planYear: number | undefined): "none" | undefined {
  if (!COMMITMENT_WORD.test(folded)) return undefined;
  if (LATER_YEARS.test(folded)) return "none";
  return planYear !== undefined && years.length > 0 && years.every((y) => y > planYear) ? "none" : undefined;
}
