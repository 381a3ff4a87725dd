// Column roles: one vocabulary for what a column header (or a section title, or a sheet name) says about the
// numbers under it, shared by the mapper (src/core/mapper/roles.ts), the check's table layout
// (src/core/resolve/tableLayout.ts) and namen/jahr-kopf. Words decide the kind (Plan/Soll/Ziel, Ist/VJ/
// Ergebnis, Prognose/Hochrechnung, Veränderung, Anteil, Köpfe, VZÄ, a location, a total, a month); the year
// against the planning year decides what the column is for the programme (./mapper/roles.ts roleFor).
import { fold, yearsIn } from "./mapper/normalize";

export type ColumnKind = "plan" | "ist" | "prognose" | "change" | "share" | "heads" | "vzae" | "location" | "total" | "month" | "latest";

export interface ColumnRole {
  kind: ColumnKind | undefined;
  /** The one year the text names, if exactly one. */
  year?: number;
  /** "vorläufig"/"voraussichtlich": a provisional result (still the previous year's value the programme uses). */
  provisional: boolean;
  /**
   * The year is a point in time, not a year's period: a date ("Stand 31.12.2024", "12/2024") or a month with
   * its year ("Dez 2024"). Staff and customer structure are stocks as of such a date; targets and budget are
   * year values, for which it stays a year (./mapper/context.ts asOfRoles).
   */
  asOf: boolean;
}

export const COLUMN_WORDS: Record<ColumnKind, RegExp> = {
  change: /\b(veraenderung\w*|veraend|vgl|ggue|gegenueber|delta|abweichung|differenz|entwicklung|zu vj|vj in %|%-?pkt|pkt|prozentpunkte)\b|\+ ?\/ ?-|\+-/,
  prognose: /\b(prognose\w*|hochrechnung\w*|erwartung\w*|erwartet\w*|hr)\b/,
  ist: /\b(ist|ist\w*wert|vj|vorjahr\w*|ergebnis\w*|tatsaechlich\w*)\b|^ist(eintritt\w*|zahl\w*|wert\w*)\b/,
  plan: /\b(ziel\w*|plan\w*|soll\w*|geplant\w*)\b/,
  share: /\b(anteil\w*|quote)\b|^%$|\bin %$/,
  heads: /\b(koepfe|kopfzahl|personen|ma|mitarbeitende)\b/,
  vzae: /\b(vzae|vollzeitaequivalent\w*|stellen)\b/,
  location: /\b(standort\w*|geschaeftsstelle\w*|gst|gs|dienststelle\w*|aussenstelle\w*|regionalstelle\w*)\b/,
  total: /^(gesamt|insgesamt|summe|total|zusammen)\b|\b(gesamt|insgesamt)$/,
  month: /\b(jan|januar|feb|februar|maerz|mrz|apr|april|mai|jun|juni|jul|juli|aug|august|sep|sept|september|okt|oktober|nov|november|dez|dezember)\b/,
  latest: /\b(aktuell\w*|neueste\w*|letzte\w*)\b/,
};

// Precedence: a change column is a change whatever else it names; a forecast is never the plan; Ist with
// Plan words ("Ist-Plan-Vergleich") is a comparison, taken as change by its words or left open.
const ORDER: ColumnKind[] = ["change", "prognose", "ist", "plan", "share", "heads", "vzae", "location", "month", "latest", "total"];

/** A date: "31.12.2024", "31.12.24", "12/2024", "12.2024". */
const DATE = /\b\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})\b|\b\d{1,2}[./](19|20)\d\d\b/;

/** A period "Dez 2023 – Nov 2024" names the year it ends in. */
function periodYear(folded: string): number | undefined {
  const years = yearsIn(folded);
  if (years.length === 2 && COLUMN_WORDS.month.test(folded) && years[1] === years[0] + 1) return years[1];
  return undefined;
}

/** What a header text says: its kind and its year. */
export function readColumn(text: string): ColumnRole {
  const raw = text.replace(/Δ/g, " delta ");
  const f = fold(raw);
  const years = [...new Set(yearsIn(f))];
  const year = periodYear(f) ?? (years.length === 1 ? years[0] : undefined);
  const kind = ORDER.find((k) => COLUMN_WORDS[k].test(f));
  const pointInTime = years.length === 1 && (DATE.test(raw) || COLUMN_WORDS.month.test(f));
  return { kind, ...(year !== undefined ? { year } : {}), provisional: /\b(vorlaeufig\w*|voraussichtlich\w*)\b/.test(f), asOf: pointInTime };
}

/**
 * A row label naming a table's total: "Gesamt", "Summe", "Insgesamt", also with the table's unit or subject
 * ("VZÄ gesamt", "Summe VZÄ", "Eintritte insgesamt", "Gesamt (Köpfe)"); "Zwischensumme" is a subtotal.
 */
export function isTotalLabel(text: string): boolean {
  const f = fold(text);
  return /\b(gesamt|insgesamt|summe|gesamtsumme|total|zusammen)\b/.test(f) && !/\bzwischensumme\b/.test(f);
}
