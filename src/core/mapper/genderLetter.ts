// "IQ F", "LZB F", "LZB-Bestand (F)": a one-letter F after a figure's word is the women's part, as "IQ M" is the
// men's (vocabulary.ts reads "m" and "w" everywhere). "F" alone is read only there: a paragraph's letter after its
// number ("§ 16 f", "§ 16f") or an F among other words stays unknown.
import type { Token } from "./tokens";

/** The label's last word a lone "f" right after a word (not a number): its text (lowercased, folded) ends so. */
const LAST_LETTER_F = /[a-z]\.?[\s-]+\(?f\.?\)?\s*$/;

/** Tokens with a trailing lone "f" read as Frauen when the words before it name a figure. */
export function readGenderLetter(text: string, tokens: Token[]): Token[] {
  const n = tokens.length;
  if (n < 2 || tokens[n - 1].text !== "f" || tokens[n - 1].concepts.length > 0) return tokens;
  const before = tokens[n - 2];
  // The word before may be a filler ("LZB-Bestand F") when a figure's word stands earlier.
  if (before.concepts.length === 0 || !tokens.some((t) => t.concepts.length > 0 && !t.filler) || !LAST_LETTER_F.test(text)) return tokens;
  return [...tokens.slice(0, n - 1), { text: "f", concepts: ["frauen"], filler: false }];
}
