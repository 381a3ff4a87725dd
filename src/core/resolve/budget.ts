// Whether a budget total equals the sum of its parts, decided once for the abstimmung/* rules and the
// Übersicht, so the page can never call reconciled what the check reports (or the other way round).

/**
 * Absolute tolerance for comparing floating sums: a few ulps of the larger magnitude. Only finite values
 * count: an open interval end (Infinity) would make the slack infinite and every comparison pass.
 */
export function floatSlack(...xs: number[]): number {
  return 1e-9 * Math.max(1, ...xs.filter(Number.isFinite).map(Math.abs));
}

export interface Reconciliation {
  sumOfParts: number;
  /** total − sumOfParts. */
  difference: number;
  /** Within `toleranzen.betrag` (plus float slack). */
  reconciles: boolean;
}

export function reconcile(total: number, parts: readonly number[], tolerance: number): Reconciliation {
  const sumOfParts = parts.reduce((s, p) => s + p, 0);
  const difference = total - sumOfParts;
  return { sumOfParts, difference, reconciles: Math.abs(difference) <= tolerance + floatSlack(sumOfParts) };
}
