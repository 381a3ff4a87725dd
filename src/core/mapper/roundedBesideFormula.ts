// "Integrationsquote | 24,6" (typed, "Zielwerte 2025 (Quoten in %)") and, on the same sheet, "Herleitung der
// Integrationsquote" with "=C12/C13" = 24,57 %: the typed number only shows the computed one rounded — one figure in
// two places, no ambiguity. As for a rounded copy on another sheet (./typedTwice.ts), the formula is the figure. A
// share typed as a percent number (24,6 meaning 24,6 %) is compared as its fraction. Both places must be read
// without doubt; a typed number that differs by more than its rounding (24,8 beside 24,57 %; "20,0 %" beside
// 16,45 %: the decimals its format shows count, not those typed), two formulas, or a second typed number of its
// own keep the figure unsure.
import { contractName } from "../contract";
import type { Candidate } from "./candidate";
import type { SheetGrid } from "./grid";
import { cellOf, typed, type Cell } from "./typedTwice";

/** Of one figure's candidates, typed ones on the formula's sheet showing its value rounded drop out. */
export function withoutRoundedBesideFormula(pool: Candidate[], grids: readonly SheetGrid[]): Candidate[] {
  const unique = [...new Map(pool.map((c) => [c.ref, c])).values()];
  if (unique.length < 2 || unique.some((c) => c.lows.length > 0 || typeof c.value !== "number")) return pool;
  const cells = unique.map((c) => ({ c, at: cellOf(grids, c) }));
  if (cells.some((x) => x.at === undefined)) return pool;
  const computed = cells.filter((x) => !typed(x.at!));
  if (computed.length !== 1) return pool;
  const exact = computed[0].c.value as number;
  const share = contractName(computed[0].c.name)?.kind === "share";
  const shows = (v: number, at: Cell) => {
    const d = shownDecimals(v, at.grid.format(at.row, at.col));
    return roundedTo(v, exact, d.decimals + (d.percent ? 2 : 0)) || (share && !d.percent && Math.abs(exact) < 1.5 && roundedTo(v / 100, exact, d.decimals + 2));
  };
  const copies = cells.filter((x) => x !== computed[0]);
  if (!copies.every((x) => x.c.sheet === computed[0].c.sheet && shows(x.c.value as number, x.at!))) return pool;
  return pool.filter((c) => c.ref === computed[0].c.ref);
}

/** The decimals a number shows: those its format shows ("0.0%" one, percent) or, in General, those typed. */
function shownDecimals(v: number, format: string | undefined): { decimals: number; percent: boolean } {
  const f = (format ?? "General").split(";")[0];
  const percent = /%/.test(f.replace(/"[^"]*"/g, ""));
  if (/general|standard/i.test(f) || !/[0#]/.test(f)) return { decimals: (String(v).split(".")[1] ?? "").length, percent: false };
  return { decimals: (f.replace(/"[^"]*"/g, "").match(/\.([0#]+)/)?.[1] ?? "").length, percent };
}

/** Whether `shown` equals `exact` rounded to `decimals` (a digit dropped: not equal itself). */
function roundedTo(shown: number, exact: number, decimals: number): boolean {
  if (decimals > 8 || Math.abs(shown - exact) <= 1e-12) return false;
  return Math.abs(shown - exact) <= 0.5 * 10 ** -decimals + 1e-12;
}
