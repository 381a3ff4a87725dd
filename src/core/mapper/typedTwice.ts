// The same figure typed in two places ("Integrationen | 655" on the review sheet "Rückblick 2024" and in the plan
// sheet's "VJ 2024" column; "Beschäftigte | 158" on "Personal" and on "Eckdaten für Trägerversammlung"): when nothing
// says which is the source (no formula fetching one from the other, no copy title), either may be where the user
// types it, so a name pointing at one is a guess. Rules that prefer a figure's own area or the planning year's sheet
// settle different numbers of similar labels; two equal typed numbers they would set aside keep the figure unsure.
// A typed number that only shows a computed one rounded ("16,3 %" beside "=B8/B9" = 16,289 %) is a copy of it:
// the formula is the figure.
import { parseCell, splitAddress } from "../address";
import type { Candidate, Low } from "./candidate";
import type { SheetGrid } from "./grid";

export interface Cell {
  grid: SheetGrid;
  row: number;
  col: number;
}

export function cellOf(grids: readonly SheetGrid[], c: Candidate): Cell | undefined {
  const { range } = splitAddress(c.ref);
  if (range.includes(":")) return undefined;
  const grid = grids.find((g) => g.index === c.sheet);
  if (!grid) return undefined;
  const at = parseCell(range.replace(/\$/g, ""));
  return { grid, row: at.row, col: at.col };
}

export const typed = (x: Cell): boolean => !x.grid.hasFormula(x.row, x.col) && !x.grid.formula(x.row, x.col);
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Whether `shown` is `exact` rounded to the decimals `shown` is typed with (at least one digit dropped). */
export function roundedOf(shown: number, exact: number): boolean {
  if (same(shown, exact)) return false;
  const digits = (String(shown).split(".")[1] ?? "").length;
  if (digits > 6) return false;
  return Math.abs(shown - exact) <= 0.5 * 10 ** -digits + 1e-12;
}

export interface TwiceSettled {
  pool: Candidate[];
  /** A doubt for the chosen candidate: the same number typed at a place the rules had set aside. */
  low?: Low;
}

/**
 * `kept`: the pool after the area and planning-year-sheet rules; `setAside`: the candidates those rules removed.
 * A computed candidate set aside whose rounding a clean typed candidate shows replaces it; a clean typed candidate
 * set aside with the same number as the clean typed one kept makes the figure unsure.
 */
export function settleTypedTwice(grids: readonly SheetGrid[], kept: Candidate[], setAside: readonly Candidate[]): TwiceSettled {
  if (setAside.length === 0 || kept.length !== 1) return { pool: kept };
  const best = kept[0];
  const at = cellOf(grids, best);
  if (!at || best.lows.length > 0 || typeof best.value !== "number" || !typed(at)) return { pool: kept };
  const value = best.value;
  const clean = setAside.filter((c) => c.lows.length === 0 && c.sheet !== best.sheet && typeof c.value === "number");
  const computed = clean.filter((c) => {
    const x = cellOf(grids, c);
    return x !== undefined && !typed(x) && roundedOf(value, c.value as number);
  });
  if (computed.length === 1) return { pool: computed };
  const twin = clean.find((c) => {
    const x = cellOf(grids, c);
    return x !== undefined && typed(x) && same(value, c.value as number);
  });
  if (!twin) return { pool: kept };
  return { pool: kept, low: { id: "mehrdeutig", text: `Dieselbe Zahl steht auch in ${twin.ref}, ebenfalls eingetippt; keine der beiden Stellen ist als Quelle oder Kopie erkennbar.` } };
}
