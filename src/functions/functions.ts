/**
 * Placeholder (replaced by the custom functions work).
 * @customfunction
 * @param a first
 * @returns a
 */
export function placeholder(a: number): number {
  return a;
}
