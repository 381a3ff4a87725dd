// The arithmetic of a stated relative change (target / previous − 1) under rounding, shared by the
// ziele/* rules: which changes the rounded inputs allow, and what would reconcile a stated change that
// does not fit — the range of the previous-year value (for the exact target), or of the target (for the
// previous-year value as rounded).

export interface ChangeInputs {
  target: number;
  /** Previous-year value and its half-unit (0 for a formula result). */
  previous: number;
  hPrevious: number;
  /** Stated change and its half-unit. */
  stated: number;
  hStated: number;
}

/** Changes the inputs allow: target over the previous-year interval. Upper end Infinity when that may be 0. */
export function computedRange(i: ChangeInputs): [number, number] {
  const lo = i.previous - i.hPrevious;
  const hi = i.previous + i.hPrevious;
  return [i.target / hi - 1, lo > 0 ? i.target / lo - 1 : Infinity];
}

/**
 * What would reconcile the stated change: previous-year values target / (1 + stated ± hStated), and targets
 * previous (± hPrevious) × (1 + stated ± hStated). Undefined when the stated change allows −100 % or less.
 */
export function reconcilingRanges(i: ChangeInputs): { previous: [number, number]; target: [number, number] } | undefined {
  const fLo = 1 + i.stated - i.hStated;
  const fHi = 1 + i.stated + i.hStated;
  if (fLo <= 0) return undefined;
  return {
    previous: [i.target / fHi, i.target / fLo],
    target: [Math.max(0, i.previous - i.hPrevious) * fLo, (i.previous + i.hPrevious) * fHi],
  };
}

/** The previous-year value implied by a target and a stated change, as an interval over the change's rounding. */
export function impliedPrevious(target: number, stated: number, hStated: number): [number, number] | undefined {
  const fLo = 1 + stated - hStated;
  if (fLo <= 0) return undefined;
  return [target / (1 + stated + hStated), target / fLo];
}
