// A long list headed by two label heads, one of codes and one of words ("MERKMAL | MERKMAL_TXT", "Kennzahl |
// Bezeichnung" over "ANT_LZB | Anteil LZB am eLb-Bestand"): a database export keeps the key beside its text. A
// reader takes the words as the row's label; the code column is the key. Without such a contrast (both columns
// words: "Kennzahl | Merkmal") the heads stay undecided.
import type { SheetGrid } from "./grid";

/** A database key: capitals, digits and separators, no word of lower-case letters ("ANT_U25", "K2_W", "100"). */
const CODE = /^[A-Z0-9][A-Z0-9_.\-/]*$/;
/** Words: at least one lower-case letter run ("eLb Jahresdurchschn.", "Alleinerziehende"). */
const WORDS = /[a-zäöüß]{3}/;

function share(sheet: SheetGrid, from: number, to: number, col: number, re: RegExp): number {
  let hits = 0;
  let filled = 0;
  for (let r = from; r <= to; r++) {
    const t = sheet.ownText(r, col)?.trim();
    if (t === undefined || t === "") continue;
    filled++;
    if (re.test(t)) hits++;
  }
  return filled === 0 ? 0 : hits / filled;
}

/** Of two label columns, the one of words beside one of codes; undefined when the cells do not tell them apart. */
export function wordLabelColumn(sheet: SheetGrid, from: number, to: number, a: number, b: number): number | undefined {
  const codesA = share(sheet, from, to, a, CODE);
  const codesB = share(sheet, from, to, b, CODE);
  if (codesA >= 0.8 && codesB === 0 && share(sheet, from, to, b, WORDS) >= 0.8) return b;
  if (codesB >= 0.8 && codesA === 0 && share(sheet, from, to, a, WORDS) >= 0.8) return a;
  return undefined;
}
