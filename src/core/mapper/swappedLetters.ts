// Two neighbouring letters typed the wrong way round inside a long compound ("Eingliederunsgbudget" for
// "Eingliederungsbudget"): a reader sees the compound. Read when exactly one such swap splits the whole word into
// vocabulary parts; the swap may sit in any part (./compoundTypo.ts only mends the compound's last part).

/** Shortest word read this way: short words have too many neighbours one swap away. */
const MIN_LENGTH = 12;

/** Concepts of the one compound a single swap of neighbouring letters turns the word into; null when none or several. */
export function swappedLetterConcepts(word: string, decompose: (w: string) => string[] | null): string[] | null {
  if (word.length < MIN_LENGTH || !/^\p{L}+$/u.test(word)) return null;
  const readings = new Map<string, string[]>();
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    const concepts = decompose(swapped);
    if (concepts && concepts.length > 0) readings.set(swapped, concepts);
  }
  return readings.size === 1 ? [...readings.values()][0] : null;
}
