// A label carrying a qualifier that takes something out of a figure or moves it elsewhere ("Integrationen absolut
// (örtliches Ziel)", "Eingliederungsbudget ohne BEZ"; ./vocabulary.ts `excludes`) names another quantity than the
// contract's figure. It is never sure on its own (./match.ts counts the word against it), and beside a clean
// candidate it is no rival either: the plain label is the figure, the qualified one a local target or a remainder.
import type { Candidate } from "./candidate";
import { leadsWithDeduction } from "./deductions";
import { tokenize } from "./tokens";
import { CONCEPTS } from "./vocabulary";

const EXCLUDING = new Set(CONCEPTS.filter((c) => c.excludes).map((c) => c.id));

export const carriesExcludingWord = (label: string): boolean => tokenize(label).some((t) => t.concepts.some((c) => EXCLUDING.has(c)));

/** The pool without qualified labels, when a candidate without doubt and without such a word is there; else the pool. */
export function withoutExcludingLabels(pool: Candidate[]): Candidate[] {
  if (pool.length < 2) return pool;
  // A deduction ("abzgl. Umschichtung") is judged by its amount instead (./deductions.ts): only a mirror is no rival.
  const qualified = pool.filter((c) => carriesExcludingWord(c.label) && !leadsWithDeduction(c.label));
  if (qualified.length === 0) return pool;
  const clean = pool.filter((c) => !qualified.includes(c) && c.lows.length === 0);
  return clean.length > 0 ? pool.filter((c) => !qualified.includes(c)) : pool;
}
