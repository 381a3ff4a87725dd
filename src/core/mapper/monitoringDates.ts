// Two dates in a workbook that also monitors its year: the programme's own ("Stand AIP", "Datum der Fassung") and
// the monitoring's ("Berichtsstand", "Datenstand Ist-Werte", "letzte Aktualisierung Monitoring") later in the
// planning year. The later one dates the in-year report or its Ist figures: it is neither the programme's date
// (AIP_Stand) nor the date of the previous year's values the programme was planned with (ZIE_VJ_Stand): those
// values were known when the programme was written, so their date is no later than the programme's.
import type { Candidate, Low } from "./candidate";
import { fold } from "./normalize";
import { serialToDate } from "../excelDate";

/** A label dating a report, the monitoring or the Ist data (folded). */
const REPORT_DATE = /\b(\w*bericht\w*|monitoring|aktualisier\w*|ist ?daten|ist ?werte?|datenstand)\b/;

const dateOf = (c: Candidate) => (typeof c.value === "number" && c.value > 20_000 && c.value < 80_000 ? c.value : undefined);
const yearOf = (serial: number) => serialToDate(serial).getUTCFullYear();

/** The latest date of the programme's own Stand: AIP_Stand candidates not labelled as a report's or data's date. */
function programmeDate(stands: Candidate[]): number | undefined {
  const own = stands.filter((c) => !REPORT_DATE.test(fold(c.label))).map(dateOf).filter((d): d is number => d !== undefined);
  return own.length > 0 ? Math.max(...own) : undefined;
}

/**
 * AIP_Stand: a report's or data's date later than the programme's own Stand is no rival to it. ZIE_VJ_Stand: a
 * date in the planning year after the programme's Stand gets a low (the in-year Ist data's date).
 */
export function withoutMonitoringDates(name: string, pool: Candidate[], stands: Candidate[], planYear: number | undefined): Candidate[] {
  if (planYear === undefined) return pool;
  const own = programmeDate(stands);
  if (own === undefined) return pool;
  const later = (c: Candidate) => {
    const d = dateOf(c);
    return d !== undefined && d > own && yearOf(d) === planYear;
  };
  if (name === "AIP_Stand") {
    const kept = pool.filter((c) => !(REPORT_DATE.test(fold(c.label)) && later(c)));
    return kept.length > 0 ? kept : pool;
  }
  if (name !== "ZIE_VJ_Stand") return pool;
  const low: Low = { id: "jahr", text: `Das Datum liegt im Planjahr ${planYear} nach dem Stand des Programms: es datiert die unterjährigen Ist-Werte, nicht die Vorjahreswerte.` };
  return pool.map((c) => (later(c) ? { ...c, lows: [...c.lows, low] } : c));
}
