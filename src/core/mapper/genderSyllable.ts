// "IQ Mä", "LZB-Bestand Mä": the first syllable of "Männer" without its period, after a figure's word, is the men's
// part, as "IQ Fr" is the women's (./tokens.ts reads "Fr" beside a figure). Only the umlaut spelling counts:
// "MAE" (Mehraufwandsentschädigung, "AGH MAE") folds to the same letters and names no gender.
import type { Token } from "./tokens";

/** The cell's last word is "Mä" (also in parentheses). */
const LAST_MAE = /[\p{L}\d)]\.?[\s-]+\(?mä\)?\s*$/iu;

/** Tokens with a trailing "mä" read as Männer when a word before it names a figure. */
export function readGenderSyllable(raw: string, tokens: Token[]): Token[] {
  const n = tokens.length;
  if (n < 2 || tokens[n - 1].text !== "mae" || tokens[n - 1].concepts.length > 0) return tokens;
  if (!tokens.slice(0, -1).some((t) => t.concepts.length > 0 && !t.filler) || !LAST_MAE.test(raw)) return tokens;
  return [...tokens.slice(0, n - 1), { text: "mae", concepts: ["maenner"], filler: false }];
}
