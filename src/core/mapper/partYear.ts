// A part of a year beside the whole year: "Ist 01–09/2024 | Hochrechnung 2024", "Jan–Okt 2025 | Jan–Dez,
// hochgerechnet", "Ist bis Sep. 2024 | Prognose 2024". The year's value is the whole-year column (the forecast
// of the full year is what the programme uses as the previous year's result); the part-year Ist is no candidate.
import { COLUMN_WORDS } from "../columnRoles";
import { fold, yearsIn } from "./normalize";

interface Column {
  header: { text: string } | undefined;
}

// Month words, once per text (folded): "jan okt 2025" names two.
const MONTH_WORD = new RegExp(COLUMN_WORDS.month.source, "g");
/** "01–09/2024", "1-9.2024": a range of month numbers before the year (raw text). */
const MONTH_NUMBER_RANGE = /\b(0?[1-9]|1[0-2])\s*[–—-]\s*(0?[1-9]|1[0-2])\s*[./]\s*(19|20)?\d\d\b/;
/** "bis 09/2024", "bis Sept.", "kumuliert", "1.–3. Quartal", "Q1–Q3", "1. Halbjahr": up to a point in the year (folded). */
const UP_TO = /\bbis (0?[1-9]|1[0-2]|jan\w*|feb\w*|maer\w*|apr\w*|mai|jun\w*|jul\w*|aug\w*|sep\w*|okt\w*|nov\w*)\b|\bkumuliert\b|\bq[1-3] q[2-4]\b|\b[1-3] [2-4] quartal\b/;

/** Whether a header names only part of a year (a month range within one year, up to a month). */
export function isPartOfYear(text: string): boolean {
  const f = fold(text);
  const years = new Set(yearsIn(f));
  if (years.size > 1) return false; // "Dez 2023 – Nov 2024" is twelve months
  if (MONTH_NUMBER_RANGE.test(text) || UP_TO.test(f)) return !/\b(jan\w* dez\w*|01 12)\b/.test(f);
  const months = f.match(MONTH_WORD) ?? [];
  return months.length === 2 && !/^jan/.test(months[0]!) ? true : months.length === 2 && !/^dez/.test(months[1]!);
}

/** Whether a header names a whole year's value: a forecast or extrapolation, or a range "Jan–Dez". */
function isWholeYear(text: string): boolean {
  const f = fold(text);
  if (isPartOfYear(text)) return false;
  return COLUMN_WORDS.prognose.test(f) || /\bhochgerechnet\b|\bjan\w* dez\w*\b/.test(f);
}

/**
 * The columns without the part-year ones, when a whole-year column of the same year (or one naming no year)
 * stands beside them; undefined when nothing is dropped.
 */
export function withoutPartYear<C extends Column>(columns: C[]): { kept: C[]; parts: C[] } | undefined {
  const texts = columns.map((c) => c.header?.text);
  const parts = columns.filter((_, i) => texts[i] !== undefined && isPartOfYear(texts[i]!));
  if (parts.length === 0) return undefined;
  const yearOf = (t: string) => yearsIn(fold(t))[0];
  const wholes = texts.filter((t): t is string => t !== undefined && isWholeYear(t));
  const dropped = parts.filter((p) => wholes.some((w) => yearOf(w) === undefined || yearOf(p.header!.text) === undefined || yearOf(w) === yearOf(p.header!.text)));
  if (dropped.length === 0) return undefined;
  return { kept: columns.filter((c) => !dropped.includes(c)), parts: dropped };
}

/**
 * Candidates whose label names only part of a year ("Integrationen Jan–Okt 2025 (Ist)") are no rival to one
 * without doubt whose label does not ("Integrationen 2025 (Jan–Dez, hochgerechnet)"); else the pool.
 */
export function withoutPartYearLabels<P extends { label: string; lows: unknown[] }>(pool: P[]): P[] {
  if (pool.length < 2) return pool;
  const parts = pool.filter((c) => isPartOfYear(c.label));
  if (parts.length === 0) return pool;
  const whole = pool.filter((c) => !parts.includes(c) && c.lows.length === 0);
  return whole.length > 0 ? pool.filter((c) => !parts.includes(c)) : pool;
}

/** A quarter's head that is also the year's ("Q4 = Jahresziel 2026", "Q4 / Gesamtjahr"): the whole year (folded). */
export const NAMES_WHOLE_YEAR = /\b(jahresziel\w*|jahreswert\w*|gesamtjahr\w*|jahressumme|jahr gesamt)\b/;
