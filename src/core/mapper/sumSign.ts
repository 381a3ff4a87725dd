// "Σ", "∑", "Σ Eintritte": the sum sign a controller writes for "Summe" in a table's closing row. Folding drops the
// sign, so the row would read as unlabelled; it is read from the cell's own text as the word "summe".
const SUM_SIGN = /^\s*[Σ∑]\s*(?=\S|$)/;

/** The label key of a cell whose text opens with the sum sign ("Σ" → "summe", "Σ Eintritte" → "summe eintritte"). */
export function sumSignKey(text: string | undefined, rest: (t: string) => string | undefined): string | undefined {
  if (text === undefined || !SUM_SIGN.test(text)) return undefined;
  const after = text.replace(SUM_SIGN, "").trim();
  const key = after === "" ? undefined : rest(after);
  return key === undefined ? (after === "" ? "summe" : undefined) : `summe ${key}`;
}
