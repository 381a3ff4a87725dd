// A correction or adjustment sheet ("Nachsteuerung Feb. 2025", "Korrekturen", "Anpassungen") lists what was changed
// in the programme, old beside new; the programme's own sheets carry the result. So a figure found there is no rival
// to one found on another sheet (alone it stays as it is read). Change logs are ./changeLog.ts.
import type { Candidate } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

const CORRECTION = /\b(nachsteuerung\w*|korrektur\w*|anpassung\w*|aenderungs\w*|aenderungen)\b/;

const isCorrectionSheet = (grids: readonly SheetGrid[], index: number) => {
  const g = grids.find((x) => x.index === index);
  return g !== undefined && CORRECTION.test(fold(g.name));
};

/** Candidates on correction sheets are no rival to ones elsewhere. */
export function withoutCorrectionSheets(pool: Candidate[], grids: readonly SheetGrid[]): Candidate[] {
  if (pool.length < 2) return pool;
  const kept = pool.filter((c) => !isCorrectionSheet(grids, c.sheet));
  return kept.length > 0 && kept.length < pool.length ? kept : pool;
}
