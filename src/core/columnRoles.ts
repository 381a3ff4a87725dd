// Column roles: one vocabulary for what a column header (or a section title, or a sheet name) says about the
// numbers under it, shared by the mapper (src/core/mapper/roles.ts), the check's table layout
// (src/core/resolve/tableLayout.ts) and namen/jahr-kopf. Words decide the kind (Plan/Soll/Ziel, Ist/VJ/
// Ergebnis, Prognose/Hochrechnung, Veränderung, Zielerreichung, Anteil, Köpfe, VZÄ, a location, a total, a month;
// English too: Target/Goal = plan, Actual/Result/PY/prior year = Ist, Change/Delta/Variance/vs. = change); the year
// against the planning year decides what the column is for the programme (./mapper/roles.ts roleFor).
import { fold, rememberText, yearsIn } from "./mapper/normalize";
import { expandChangeStubs } from "./changeAbbreviation";
import { withoutNonForecastHr } from "./hrAbbreviation";
import { isShareOfBaseHead } from "./mapper/shareOfBaseHead";
import { shortDateYears } from "./mapper/shortDateYear";

export type ColumnKind = "attainment" | "plan" | "ist" | "prognose" | "change" | "share" | "heads" | "vzae" | "location" | "total" | "month" | "latest" | "money";

/**
 * How strictly a header is read. "loose" (the mapper, whose proposals a person confirms, and namen/jahr-kopf):
 * every word controllers use for a year's role, so Vorjahr/VJ/Ergebnis are Ist and Ziel/Planjahr are Plan.
 * "strict" (the check's FOE_Tabelle layout, src/core/resolve/tableLayout.ts, which reads the columns of a
 * named range without anyone confirming them): only the words Ist and Plan/Soll themselves ("Ist 2023", "IST
 * 23", "Ist2023", "Istwerte", "Planung", "Sollwert", "Plan-Eintritte"), neither when a header names both (a
 * comparison such as "Plan/Ist"), and a header naming money, a change or a share is that, never Ist or Plan.
 * So "Vorjahr | Planjahr" or "Ist 2023 | Ziel" are no readable FOE header (the user is asked), while the
 * mapper still reads "Vorjahr 2023" as the previous year.
 */
export type Strictness = "loose" | "strict";

// The Ist and Plan/Soll words themselves: all the strict reading accepts, and part of the loose one.
const IST_ITSELF = /(^| )ist( |$|\d)|^ist(eintritt\w*|zahl\w*|wert\w*)( |$|\d)/;
const PLAN_ITSELF = /(^| )(plan|soll|planung|planwert|sollwert)( |$|\d)|^(plan|soll)(eintritt\w*|zahl\w*|wert\w*)( |$|\d)/;

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
  // How far a target was reached ("Zielerreichung in %", "Erfüllungsgrad", "Zielerfüllung", "Erfüllung %"): neither a target nor a change.
  attainment: /\b(zielerreichung\w*|erfuellung\w*|zielerreichungsgrad\w*|erfuellungsgrad\w*|zielerfuellung\w*|erreichungsgrad\w*|zielabweichung\w*|achievement|attainment)\b/,
  change: /\b(veraenderung\w*|veraend(g|r|rg)?|abw|vgl|ggue|gegenueber|delta|abweichung|differenz|diff|entwicklung|zu vj|vj in %|%-?pkt|pkt|prozentpunkte|change|variance|vs)\b|(^| )\+( |$)|\bver (?=vj\b|vorjahr)/, // "+/-" and "+-" fold to a lone "+"; "Ver. VJ" abbreviates the change to the previous year
  prognose: /\b(prognose\w*|hochrechnung\w*|erwartung\w*|erwartet\w*|hr)\b/,
  ist: /\b(ist|ist\w*wert|vj|vorjahr\w*|ergebnis\w*|tatsaechlich\w*|actual\w*|py|results?|(prior|previous|last) year)\b|^ist(eintritt\w*|zahl\w*|wert\w*)\b|\bist(?=\d)/,
  // "PJ" abbreviates the Planjahr as "VJ" the Vorjahr ("VJ | PJ | Δ", "PJ (VZÄ)").
  plan: /\b(ziel\w*|plan\w*|soll\w*|geplant\w*|target\w*|goals?|planned|pj)\b/,
  share: /\b(anteil\w*|quote)\b|^%$|\bin %$/,
  // "Beschäftigte", "Kräfte", "Mitarbeiter/innen", "HC" over a staff table's numbers count persons as "Köpfe" does.
  heads: /\b(koepfe|kopfzahl|personen|ma|mitarbeitende|mitarbeiter\w*|beschaeftigte|kraefte|headcount|hc)\b/,
  vzae: /\b(vzae|vollzeitaequivalent\w*|stellen)\b/,
  location: /\b(standort\w*|geschaeftsstelle\w*|gst|gs|dienststelle\w*|aussenstelle\w*|regionalstelle\w*|region|regionen|bezirk|bezirke|bezirksamt\w*|stadtbezirk\w*)\b/,
  total: /^(gesamt|insgesamt|summe|total|zusammen)\b|\b(gesamt|insgesamt)$/,
  month: /\b(jan|januar|feb|februar|maerz|maer|mrz|apr|april|mai|jun|juni|jul|juli|aug|august|sep|sept|september|okt|oktober|nov|november|dez|dezember)\b/,
  latest: /\b(aktuell\w*|neueste\w*|letzte\w*)\b/,
  // Money (issue 15: the Förderung table's money columns); read only strictly, the mapper takes money by its label.
  money: /\b(kosten|eur|euro|ausgaben|mittel|betrag|budget|vorbindung\w*|neubewilligung\w*)\b|€/,
};

// Precedence: how far a target was reached is that whatever it names ("Zielerreichung Ist/Ziel 2024"); a change column is a change whatever else it names; a forecast is never the plan; Ist with
// Plan words ("Ist-Plan-Vergleich") is a comparison, taken as change by its words or left open.
const ORDER: ColumnKind[] = ["attainment", "change", "prognose", "ist", "plan", "share", "heads", "vzae", "location", "month", "latest", "total"];

/** A date: "31.12.2024", "31.12.24", "12/2024", "12.2024". */
const DATE = /\b\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})\b|\b\d{1,2}[./](19|20)\d\d\b/;

/** A period "Dez 2023 – Nov 2024" names the year it ends in. */
function periodYear(folded: string): number | undefined {
  const years = yearsIn(folded);
  if (years.length === 2 && COLUMN_WORDS.month.test(folded) && years[1] === years[0] + 1) return years[1];
  return undefined;
}

/**
 * The strict kind (see Strictness): a change or share first ("Veränderung Mittel", "Ist 2023 in %"), then money
 * (a rate "Kosten je Eintritt" is no amount), then Ist or Plan by their own words, neither when both.
 */
function strictKind(f: string): ColumnKind | undefined {
  if (COLUMN_WORDS.change.test(f)) return "change";
  if (COLUMN_WORDS.share.test(f) || /\bprozent\b|%/.test(f)) return "share";
  if (COLUMN_WORDS.money.test(f)) return /\bje\b/.test(f) ? undefined : "money";
  const ist = IST_ITSELF.test(f);
  const plan = PLAN_ITSELF.test(f);
  return ist && plan ? undefined : ist ? "ist" : plan ? "plan" : undefined;
}

/** Whether a header names the Ist by the word itself ("Kosten Ist 2023": the money column of the Ist). */
export function namesIst(text: string): boolean {
  return IST_ITSELF.test(fold(text));
}

/** What a header text says: its kind and its year; `strictness` as above (the mapper's reading by default). */
export function readColumn(text: string, strictness: Strictness = "loose"): ColumnRole {
  // The finders read the same headers on every row they try: remembered per text, handed out as a copy.
  return { ...(strictness === "strict" ? readStrict(text) : readLoose(text)) };
}

const readLoose = rememberText((text) => readColumnOnce(text, "loose"));
const readStrict = rememberText((text) => readColumnOnce(text, "strict"));

function readColumnOnce(text: string, strictness: Strictness): ColumnRole {
  const raw = withoutNonForecastHr(text).replace(/[Δ±]/g, " delta ");
  const f = expandChangeStubs(fold(raw));
  // "Stand 31.01.26": a date's two-digit year is its year when the text names no other (./mapper/shortDateYear.ts).
  const fourDigitYears = [...new Set(yearsIn(f))];
  const years = fourDigitYears.length > 0 ? fourDigitYears : [...new Set(shortDateYears(raw))];
  const year = periodYear(f) ?? (years.length === 1 ? years[0] : undefined);
  // "in % EGT" heads a share of the EGT as "Anteil am EGT" does (./mapper/shareOfBaseHead.ts).
  const kind = strictness === "strict" ? strictKind(f) : ORDER.find((k) => COLUMN_WORDS[k].test(f) || (k === "share" && isShareOfBaseHead(f)));
  const pointInTime = years.length === 1 && (DATE.test(raw) || COLUMN_WORDS.month.test(f));
  return { kind, ...(year !== undefined ? { year } : {}), provisional: /\b(vorlaeufig\w*|voraussichtlich\w*)\b/.test(f), asOf: pointInTime };
}

/**
 * A row label naming a table's total: "Gesamt", "Summe", "Insgesamt", also with the table's unit or subject
 * ("VZÄ gesamt", "Summe VZÄ", "Eintritte insgesamt", "Gesamt (Köpfe)"); "Zwischensumme" is a subtotal. An Excel
 * table's or pivot's total row reads "Gesamtergebnis" (a group's "Nord Ergebnis" is a subtotal, not matched).
 */
export function isTotalLabel(text: string): boolean {
  const f = fold(text);
  return /\b(gesamt|insgesamt|summe|gesamtsumme|gesamtergebnis|total|zusammen)\b/.test(f) && !/\bzwischensumme\b/.test(f);
}
