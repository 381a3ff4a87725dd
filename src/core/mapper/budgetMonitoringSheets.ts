// A budget monitoring sheet beside the programme ("Haushaltsüberwachung EGT/VWT 2025 – Stand 30.09.2025" with
// "Soll 2025 | gebunden | Ausgaben | Rest"): it follows how the year's money is bound and spent, its Soll column
// restating the budget (or the title's whole VWT, where the programme splits off the Umschichtung). So it is no
// rival to the programme's own figure found elsewhere; alone it stays what it is (a Haushalt's own overview may be
// the only budget there is). A title that also names the planning ("Haushaltsüberwachung 2024 / Planung 2025")
// is a plan sheet too.
import type { Candidate } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import { oncePerSheet, sheetTitleTexts } from "./sheetMemo";

const MONITORING = /(haushalts|mittel|budget)(ueberwachung|vollzug|kontrolle)|mittelabfluss/;
const PLANNING = /\bplan|\bansatz\b/;

/** Whether a sheet monitors the budget by its name or title, naming no planning. */
export const isBudgetMonitoringSheet = oncePerSheet((g: SheetGrid): boolean => {
  const folded = sheetTitleTexts(g).map((t) => fold(t));
  return folded.some((t) => MONITORING.test(t)) && !folded.some((t) => PLANNING.test(t));
});

/** Of one figure's candidates, those on budget monitoring sheets yield to any elsewhere. */
export function withoutBudgetMonitoringSheets(pool: Candidate[], grids: SheetGrid[]): Candidate[] {
  if (pool.length < 2) return pool;
  const onMonitoring = (c: Candidate) => {
    const g = grids.find((x) => x.index === c.sheet);
    return g !== undefined && isBudgetMonitoringSheet(g);
  };
  const elsewhere = pool.filter((c) => !onMonitoring(c));
  return elsewhere.length > 0 && elsewhere.length < pool.length ? elsewhere : pool;
}
