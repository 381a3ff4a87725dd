// A typo in the last part of a compound ("Eingliederungsbudegt", "Integrationsqoutenziel" aside): the known head
// ("eingliederungs-") and a tail one swap, insertion or deletion from a vocabulary stem ("budegt" → budget).
// typos.ts compares whole words against long stems only; here the tail must be at least TAIL_MIN letters, the
// head a known compound, and exactly one reading may fit (else the word stays unknown).
import { oneEditApart, MIN_LENGTH, type TypoForm } from "./typos";

const TAIL_MIN = 6;
const HEAD_MIN = 4;

/** Concepts of an unknown compound read as known head + misspelt tail; null when none or several readings fit. */
export function compoundTypoConcepts(
  word: string,
  decompose: (w: string) => string[] | null,
  forms: readonly TypoForm[],
  endings: readonly string[],
): string[] | null {
  if (word.length < MIN_LENGTH) return null;
  const readings = new Map<string, string[]>();
  for (let i = HEAD_MIN; i <= word.length - TAIL_MIN; i++) {
    const head = word.slice(0, i);
    const headConcepts = decompose(head) ?? (head.endsWith("s") ? decompose(head.slice(0, -1)) : null);
    if (!headConcepts) continue;
    const tail = word.slice(i);
    const hits = new Map<string, string[]>();
    for (const f of forms) {
      if (f.form.length < TAIL_MIN - 1 || Math.abs(f.form.length - tail.length) > 4) continue;
      if (endings.some((e) => oneEditApart(tail, f.form + e))) hits.set([...f.concepts].sort().join("+"), f.concepts);
    }
    if (hits.size !== 1) continue;
    const concepts = [...new Set([...headConcepts, ...[...hits.values()][0]])];
    readings.set([...concepts].sort().join("+"), concepts);
  }
  return readings.size === 1 ? [...readings.values()][0] : null;
}
