// In-year monitoring beside the plan in the same row: "Ziel 2025 | Veränd. % | Q1 | … | Prognose 2025 |
// Zielerr.-grad | Ampel", "Soll 2025 | I. Quartal | … | Summe Ist | Rest", "Plan 2025 | Jan … Dez | kumuliert |
// Prognose JE | Ausschöpfung %". Months, quarters, running totals, the year-end forecast, the degree of
// attainment and the traffic light report how the planning year goes: never the plan, nor the previous year. A
// reader takes the plan column and reads the rest as monitoring, even where only one quarter is filled yet.
// The words: ./inYearWords.ts.
import { readColumn } from "../columnRoles";
import { PART_WORD, SO_FAR, SO_FAR_YEAR, YEAR_END } from "./inYearWords";
import { fold, yearsIn } from "./normalize";
import { isPartOfYearHead } from "./quarterColumns";
import type { ColumnHeader, RoleOrNone } from "./roles";

/** The previous year named by its word ("Vorjahr (HR)", "VJ Hochrechnung"). */
const PREVIOUS_YEAR_WORD = /\b(vorjahr\w*|vj)\b/;

/** Months or quarters in a row that make a series of their own. */
const MIN_STRIP = 3;

/** Whether a column head names in-year monitoring of the planning year (no plan of its own). */
export function isMonitoringHead(text: string, planYear: number | undefined): boolean {
  const f = fold(text).replace(/[./:-]/g, " ").replace(/\s+/g, " ").trim();
  if (isPartOfYearHead(text) || PART_WORD.test(f) || SO_FAR.test(f)) return true;
  const c = readColumn(text);
  if (c.kind === "month" || c.kind === "attainment") return true;
  // A forecast of the planning year or the year's end ("Prognose JE", "Hochrechnung 2025"); one of the previous year is its value.
  const years = yearsIn(f);
  // "Vorjahr (HR)": the previous year's forecast, named by the word, is that year's value (as roleOf reads it).
  if (years.length === 0 && PREVIOUS_YEAR_WORD.test(f)) return false;
  return c.kind === "prognose" && (years.length === 0 ? YEAR_END.test(f) || planYear !== undefined : planYear !== undefined && years.includes(planYear));
}

/**
 * The row's value columns without the monitoring columns, when a column beside them is headed as the planning
 * year's plan ("Ziel 2025", "Soll 2025", "Plan 2026") and is no monitoring itself. All columns otherwise (a
 * month strip alone, a forecast table without a plan column: the other readers decide).
 */
export function withoutMonitoringColumns<C extends { header: ColumnHeader | undefined }>(columns: C[], planYear: number | undefined): C[] {
  // A row of the planning year's months only ("EGT Ausgaben kum. | Jan 26 | Feb 26 | …"), or of a run of three or
  // more months or quarters of any year without a year's column, states no figure at all (a strip closing with its
  // average or sum is ./findMonthStrip.ts's).
  if (columns.length > 0 && columns.every((c) => c.header !== undefined && isPlanYearPart(c.header.text, planYear))) return [];
  if (columns.length >= MIN_STRIP && columns.every((c) => c.header !== undefined && isPartOfYearHead(c.header.text))) return [];
  const monitoring = columns.map((c) => c.header !== undefined && isMonitoringHead(c.header.text, planYear));
  // Months closing with the year so far ("Jan … Sep | Summe/Ø bisher"): the running year's actuals, unfinished;
  // their average or sum is no plan and no whole year's value.
  const soFar = columns.map((c) => c.header !== undefined && SO_FAR_YEAR.test(fold(c.header.text)));
  if (columns.length >= MIN_STRIP && soFar.some(Boolean) && monitoring.every((m, i) => m || soFar[i])) return [];
  const plan = columns.some((c, i) => !monitoring[i] && c.header?.role === "current" && readColumn(c.header.text).kind === "plan");
  if (!plan || !monitoring.some(Boolean)) return columns;
  return columns.filter((_, i) => !monitoring[i]);
}

/** "Jan 26", "März 2025", "Q1 2025": a part of the planning year by its head (a two-digit year read as 20xx); no plan word. */
export function isPlanYearPart(text: string, planYear: number | undefined): boolean {
  if (planYear === undefined || !isPartOfYearHead(text) || readColumn(text).kind === "plan") return false;
  const f = fold(text);
  const years = [...yearsIn(f), ...[...f.matchAll(/(?:^|\s)(\d\d)$/g)].map((m) => 2000 + Number(m[1]))];
  return years.includes(planYear);
}

/**
 * A transposed table's row labelled by a month or quarter of the planning year ("Jan 2026" under "Monat |
 * Integrationen | eLb-Bestand | IQ (JFW)"): the month's monitoring values, no role of the programme.
 */
export function monthRowRole<R extends { label: string; role: RoleOrNone }>(row: R | undefined, planYear: number | undefined): R | undefined {
  return row !== undefined && isPlanYearPart(row.label, planYear) ? { ...row, role: "none" } : row;
}
