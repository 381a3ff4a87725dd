// Spaces a reader cannot tell apart: a non-breaking, thin or figure space (text pasted from a PDF or the web),
// a zero-width space, two spaces typed between words. The labels read the same, so the mapper reads them as
// one plain space (or nothing) before any finder looks at a text. Leading spaces stay: they indent a part row.
import type { CellValue } from "../snapshot";

// Horizontal spaces other than " ": NBSP, en/em/thin/hair/figure/narrow spaces, ideographic space, tab.
const ODD_SPACE = /[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
// Zero-width characters: nothing a reader sees.
const ZERO_WIDTH = /[\u200b\u2060\ufeff]/g;
// Two or more spaces between words (not at the start of the text).
const SPACE_RUN = /(\S) {2,}(?=\S)/g;
const NEEDS_WORK = /[\t\u00a0\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]| {2}/;

/** The text as a reader sees it: odd spaces plain, zero-width ones gone, runs between words single. */
export function plainSpaces(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(ZERO_WIDTH, "").replace(ODD_SPACE, " ").replace(SPACE_RUN, "$1 ");
}

/** A sheet's values with every text's spaces plain; the same array when no text needs it (copied per row). */
export function plainSpaceValues(values: CellValue[][]): CellValue[][] {
  let out: CellValue[][] | undefined;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    let copy: CellValue[] | undefined;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string") continue;
      const plain = plainSpaces(v);
      if (plain === v) continue;
      copy ??= row.slice();
      copy[c] = plain;
    }
    if (copy) {
      out ??= values.slice();
      out[r] = copy;
    }
  }
  return out ?? values;
}
