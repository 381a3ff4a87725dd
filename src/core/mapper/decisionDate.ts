// "Beschluss der Trägerversammlung vom | 15.12.2025" over "Stand | 21.01.2026": a decision's or agreement's date
// reads as the programme's Stand only when no label says "Stand" itself (./versionWording.ts). Beside a literal
// "Stand" it dates the decision, which the Stand already follows: no rival (a reader takes the date named "Stand").
import type { Candidate } from "./candidate";
import { fold } from "./normalize";
import { namesAgreedDate } from "./versionWording";

/** A label naming the as-of date itself ("Stand", "Stand:", "Stand der Fassung"), not through a decision. */
const STAND = /\bstand\b/;

/** Decision dates ("Beschluss … vom", "abgestimmt am") are no rival to an AIP_Stand candidate labelled "Stand". */
export function withoutDecisionDates(name: string, pool: Candidate[]): Candidate[] {
  if (name !== "AIP_Stand") return pool;
  const decisions = pool.filter((c) => namesAgreedDate(c.label));
  if (decisions.length === 0) return pool;
  const stands = pool.filter((c) => !decisions.includes(c) && STAND.test(fold(c.label)));
  return stands.length > 0 ? pool.filter((c) => !decisions.includes(c)) : pool;
}
