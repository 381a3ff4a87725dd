// "Kundenstruktur | 2022 | 2023": a row whose only numbers are successive years, typed as numbers without a count
// format, is the head of the block under it, not a figure's values. A minimal guard (issue 13, set 32): the value
// stays a candidate, only never sure. (fix31 reads such year heads fully; this keeps the wrong "sicher" away.)
import type { Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { isYearNumber } from "./normalize";
import type { ValueCell } from "./valuesRight";

/** A count, money or percent format shows a number, not a year heading ("2.010" eLb as `#,##0`). */
const NUMBER_FORMAT = /#,##0|0[.,]0|%|€/;

/** A low when the row's numbers are two or more successive years in no number format; undefined otherwise. */
export function yearRowLow(sheet: SheetGrid, row: number, cells: readonly ValueCell[]): Low | undefined {
  const numbers = cells.filter((c) => typeof c.value === "number");
  if (numbers.length < 2 || numbers.length !== cells.length) return undefined;
  const years = numbers.map((c) => c.value as number);
  if (!years.every((y) => isYearNumber(y)) || numbers.some((c) => NUMBER_FORMAT.test(sheet.format(row, c.col) ?? ""))) return undefined;
  const step = years[1] - years[0];
  if (Math.abs(step) !== 1 || years.some((y, i) => i > 0 && y - years[i - 1] !== step)) return undefined;
  return { id: "kein-wert", text: `Die Zahlen der Zeile (${years.join(", ")}) sind Jahreszahlen eines Tabellenkopfs, keine Werte.` };
}
