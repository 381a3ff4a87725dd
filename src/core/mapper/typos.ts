// A newcomer's typos ("Integrationsqoute", "Langzeitleistungsbezeiher"): a long word the vocabulary does not know
// is read as the vocabulary word it misses by one swap of neighbouring letters, one letter too many or one too
// few. Conservative on purpose: only words of at least MIN_LENGTH letters, against stems as long, no letter
// substitutions, and only when exactly one reading is that close (a word one edit from two figures' words is
// none of them). A word the vocabulary knows is never "corrected" (the tokeniser asks only for unknown words).

/** Letters a word and its stem need at least; shorter words are too easily one edit from another word. */
export const MIN_LENGTH = 10;

/** Whether b is a one swap of neighbours, one insertion or one deletion away from a (not equal, no substitution). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

export interface TypoForm {
  form: string;
  concepts: string[];
}

/** The concepts of the one stem (with an inflection ending) the word misses by one edit; null when none or several. */
export function typoConcepts(word: string, forms: readonly TypoForm[], endings: readonly string[]): string[] | null {
  if (word.length < MIN_LENGTH) return null;
  const hits = new Map<string, string[]>();
  for (const f of forms) {
    if (f.form.length < MIN_LENGTH || Math.abs(f.form.length - word.length) > 6) continue;
    if (endings.some((e) => oneEditApart(word, f.form + e))) hits.set([...f.concepts].sort().join("+"), f.concepts);
  }
  return hits.size === 1 ? [...hits.values()][0] : null;
}
