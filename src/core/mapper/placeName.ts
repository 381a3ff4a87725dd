// "davon gestellt vom Landkreis Weimarer Land", "Personal der Stadt Bad Salzungen": the capitalised words after a
// municipality's word are its proper name, no word of the figure ("Weimarer", "Land" are no vocabulary of any
// figure). Read without them, the label names the municipality's share as written. Only words the vocabulary does
// not know, up to three at the label's end: "Landkreis Personal (VZÄ)" keeps its "Personal".
import { tokenize } from "./tokens";

const PLACE_NAME = /(\b(?:Landkreis|Landkreises|Kreis|Kreises|Stadt|Landratsamt|Kommune|Gemeinde)\s+)((?:[A-ZÄÖÜ][\p{L}-]*\.?\s*){1,3})$/u;

/** The label without a municipality's proper name after its word. */
export function withoutPlaceName(text: string): string {
  const m = PLACE_NAME.exec(text);
  if (!m) return text;
  const words = m[2].trim().split(/\s+/);
  if (words.some((w) => tokenize(w).some((t) => t.concepts.length > 0))) return text;
  return text.slice(0, m.index) + m[1].trimEnd();
}
