// An overview sheet ("Übersicht", "Zusammenfassung", "Dashboard", "Cockpit") repeats key figures of the area sheets
// ("Eckwerte Ziele | 2025 | 2026" beside the sheet "Ziele" with the whole targets table). Where a figure stands on
// the overview and, with the same number, on the sheet named for the figure's own area, that sheet is the figure's
// home and the overview's cell its summary: no rival. A different number (another version, a rounding) or an area
// sheet whose candidate is itself in doubt leaves both, and so does an overview without such an area sheet.
import type { Candidate } from "./candidate";
import { areaNamed, type SheetGrid } from "./grid";
import { fold } from "./normalize";
import { areaOf } from "../areas";

const OVERVIEW = /^(uebersicht|ueberblick|zusammenfassung|kurzfassung|gesamtuebersicht|summary|overview|dashboard|cockpit|management summary)\b/;

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Whether a sheet's name says it is an overview of the workbook. */
export function isOverviewSheet(g: SheetGrid): boolean {
  return OVERVIEW.test(fold(g.name).trim());
}

/** Of one figure's candidates, those on an overview sheet yield to equal clean ones on the figure's area sheet. */
export function withoutOverviewCopies(pool: Candidate[], grids: readonly SheetGrid[]): Candidate[] {
  if (pool.length < 2) return pool;
  const home = areaOf(pool[0].name)?.id;
  if (home === undefined || home === "eckdaten") return pool;
  const sheetOf = (c: Candidate) => grids.find((g) => g.index === c.sheet);
  const onOverview = pool.filter((c) => {
    const g = sheetOf(c);
    return g !== undefined && isOverviewSheet(g);
  });
  if (onOverview.length === 0) return pool;
  const onHome = pool.filter((c) => {
    const g = sheetOf(c);
    return g !== undefined && !isOverviewSheet(g) && areaNamed(fold(g.name)) === home;
  });
  if (onHome.length === 0 || onHome.some((c) => c.lows.length > 0)) return pool;
  const values = new Set(onHome.map((c) => c.value));
  if (values.size !== 1) return pool;
  const value = onHome[0].value;
  if (typeof value !== "number" || !onOverview.every((c) => typeof c.value === "number" && same(c.value, value))) return pool;
  return pool.filter((c) => !onOverview.includes(c));
}
