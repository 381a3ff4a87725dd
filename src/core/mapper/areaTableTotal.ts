// Two totals of the VZÄ, both read from total rows ("Stellen gesamt | 64,5" under the areas, "insgesamt | 61" under
// "Köpfe | VZÄ" by gender): the contract's PER_VZAE_Gesamt is the total of PER_VZAE_Bereiche, so the total row the
// sure area table's rows add up to wins over another table's column total. A labelled figure still wins over both.
import type { Candidate } from "./candidate";

/** The fallback pool narrowed to the area table's own total, when it is there beside other fallbacks. */
export function preferAreaTableTotal(pool: Candidate[]): Candidate[] {
  if (pool.length < 2 || !pool.every((c) => c.fallback)) return pool;
  const own = pool.filter((c) => c.addsUpTable);
  return own.length === 1 ? own : pool;
}
