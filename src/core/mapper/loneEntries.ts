// "geplante Eintritte gesamt" in a small workbook's only key-figure sheet: the planned entries' label is weak
// by itself (it belongs under a Förderung section), but a workbook without any Förderung table and without a
// second such label has no other place for them. Only on a sheet naming no area that holds the key figures
// of at least two other areas (budget, targets, staff, customers) sure: in another area's block ("Ziele",
// "Personal") or alone on a sheet it stays a question.
import type { Candidate } from "./candidate";

const ENTRIES = "FOE_Eintritte_Plan";
const AREA_PREFIX = /^(BUD|ZIE|PER|KUN)_/;

/** The candidates with the weak-label low lifted from a lone planned-entries label in a workbook without a Förderung table. */
export function liftLoneEntries(candidates: Candidate[]): Candidate[] {
  const entries = candidates.filter((c) => c.name === ENTRIES);
  if (entries.length !== 1 || candidates.some((c) => c.name === "FOE_Tabelle")) return candidates;
  const [only] = entries;
  if (only.lows.length === 0 || !only.lows.every((l) => l.weakLabel && !l.area)) return candidates;
  const areas = new Set(candidates.filter((c) => c.sheet === only.sheet && c.lows.length === 0).map((c) => AREA_PREFIX.exec(c.name)?.[1]));
  areas.delete(undefined);
  if (areas.size < 2) return candidates;
  const lifted: Candidate = { ...only, lows: [] };
  return candidates.map((c) => (c === only ? lifted : c));
}
