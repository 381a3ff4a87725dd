// "Zielnachhaltung 2025 – Kennzahlen je Berichtsmonat" in a 2026 workbook: a sheet tracking last year's targets
// month by month holds that year's results (its "Hochrechnung 2025" is the previous year's figure), not a plan of
// another year; and "je Berichtsmonat" names its columns, no single report month it was copied from.
import { yearsIn } from "./normalize";
import type { RoleOrNone } from "./roles";

export const TRACKING = /\b(zielnachhaltung|zielverfolgung|zielnachverfolgung|zielcontrolling|zielmonitoring)\b/;
const PER_MONTH = /\b(je|pro|nach) berichtsmonat\w*\b/g;

/** The previous year's role of a title tracking the targets of the year before the plan; undefined otherwise. */
export function trackingTitleRole(folded: string, planYear: number | undefined): RoleOrNone | undefined {
  if (planYear === undefined || !TRACKING.test(folded)) return undefined;
  const years = yearsIn(folded);
  return years.length === 1 && years[0] === planYear - 1 ? "previous" : undefined;
}

/** A folded title without "je Berichtsmonat" (monthly columns, no report month). */
export const withoutPerMonth = (folded: string): string => folded.replace(PER_MONTH, " ");
