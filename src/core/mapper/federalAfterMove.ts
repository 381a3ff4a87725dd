// The VH's federal part is the VWT as allotted by the EinglMV (BUD_VH_EinglMV); with the move out of the EGT it is
// the money the Bund gives the administration after the move ("Bundesanteil (VWT verfügbar)", "=C7" under a budget
// matrix's "verfügbar" row), no contract figure. Of two readings of the federal part, one that is the other plus a
// clean Umschichtung of the same sheet is that sum: no rival to the allotment. A federal part whose own words say
// it is after the move ("Bundesanteil nach Umschichtung", "Bundesmittel VWT inkl. Umschichtung") is that sum too,
// even with no allotment beside it: never the EinglMV part.
import type { Candidate } from "./candidate";
import { afterReallocation } from "./notAllocation";

const FEDERAL = "BUD_VH_EinglMV";
const MOVE = "BUD_VH_Umschichtung";

/** The federal part's pool without the readings that are another reading plus the move. */
export function withoutFederalAfterMove(name: string, pool: Candidate[], candidatesOf: (name: string) => readonly Candidate[]): Candidate[] {
  if (name !== FEDERAL) return pool;
  pool = pool.filter((c) => !afterReallocation(c.label));
  if (pool.length < 2) return pool;
  const moves = candidatesOf(MOVE).filter((m) => m.lows.length === 0 && typeof m.value === "number" && m.value !== 0);
  if (moves.length === 0) return pool;
  const sums = pool.filter((c) =>
    typeof c.value === "number" &&
    pool.some((base) => base !== c && base.sheet === c.sheet && typeof base.value === "number" && moves.some((m) => m.sheet === c.sheet && Math.abs((base.value as number) + Math.abs(m.value as number) - (c.value as number)) < 0.5)),
  );
  return sums.length > 0 && sums.length < pool.length ? pool.filter((c) => !sums.includes(c)) : pool;
}
