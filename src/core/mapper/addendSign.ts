// "Bundesanteil | + Umschichtung aus EGT | + kommunaler Finanzierungsanteil | = Verwaltungshaushalt gesamt": a
// leading "+" or "=" before words is the block's arithmetic (an addend, the result), not the "+/−" of a change
// column. Read without it, the label names its figure as written; "+/- Vorjahr" keeps its change.
const LEADING_SIGN = /^\s*[+=]\s+(?=\p{L})/u;

/** The label without a leading arithmetic sign before words. */
export function withoutAddendSign(label: string): string {
  return label.replace(LEADING_SIGN, "");
}
