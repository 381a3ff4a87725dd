// Stand-in for jfwOfSeries of src/core/kennzahlen.ts (owned by the controller-checks work, same signature):
// the Jahresfortschrittswert of month `month` over series read from cells. integ[i] = integrations of month
// i+1, elb[i] = the ELB stock they are set against (month i's stock when elb is the 13 cells from the
// previous December). With blankDiffersFromZero a blank cell is "not reported" and makes the month unusable.
import type { KennzahlError, Result } from "../kennzahlen";

const fail = (code: KennzahlError["code"], message: string): KennzahlError => ({ kind: "kennzahlError", code, message });

export function jfwOfSeries(
  integ: readonly (number | null)[],
  elb: readonly (number | null)[],
  opts: { month?: number; blankDiffersFromZero: boolean },
): Result<{ value: number; month: number }> {
  const last = integ.reduce<number>((m, v, i) => (v !== null ? i + 1 : m), 0);
  const month = opts.month ?? last;
  if (month < 1 || month > 12 || !Number.isInteger(month)) return fail("#NUM!", `Monat ${month} liegt nicht in 1–12.`);
  let sum = 0;
  let stock = 0;
  for (let i = 0; i < month; i++) {
    const n = integ[i] ?? (opts.blankDiffersFromZero ? null : 0);
    const e = elb[i] ?? null;
    if (n === null || e === null) return fail("#N/A", `Monat ${i + 1} ist nicht gemeldet.`);
    sum += n;
    stock += e;
  }
  if (stock === 0) return fail("#DIV/0!", "ELB-Bestand 0: Division durch null.");
  return { value: sum / (stock / month), month };
}
