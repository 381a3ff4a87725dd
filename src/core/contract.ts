// The named-range contract of the AIP planning workbook, as data: the one place that says which names
// exist, what they mean, what they hold and in which shape. Used by the rules, the example workbook,
// the docs and the template ("Vorlage anlegen").

/** What a single cell holds. Percentages are fractions (0.164), money in euros. */
export type CellKind =
  | "text"
  | "date" // Excel serial date
  | "year"
  | "money" // euros, may have cents, non-negative
  | "moneySigned" // euros that may be negative (BUD_VH_Umschichtung: money moved the other way)
  | "count" // persons / Förderungen: whole, non-negative
  | "stock" // Bestand: the mean of monthly stocks (ELB, LZB), non-negative, fractions allowed (4.559,58)
  | "share" // fraction in [0, 1]
  | "change" // relative change vs previous year, a fraction that may be negative
  | "vzae" // full-time equivalents, one or two decimals
  | "level"; // Ebene in FOE_Tabelle: 0, 1 or 2

export type Family = "namen" | "typen" | "abstimmung" | "istplan" | "ziele" | "quer" | "verlauf";

export interface TableColumn {
  key: string;
  title: string;
  kind: CellKind;
  /** Blank allowed in this column (e.g. Begründung). */
  optional?: boolean;
}

export interface ContractName {
  name: string;
  /** German meaning, as shown in messages and docs. */
  meaning: string;
  /** Single cell kind, or "table" with columns. */
  kind: CellKind | "table";
  /** Expected rows; "any" means at least one row (the tables). */
  rows: number | "any";
  /**
   * Columns: exact for single cells; for tables the columns of the template's layout, while a workbook's
   * range may hold them in other shapes (see src/core/resolve/tableLayout.ts).
   */
  cols: number;
  columns?: TableColumn[];
  required: boolean;
}

const cell = (name: string, meaning: string, kind: CellKind, required = true): ContractName => ({
  name,
  meaning,
  kind,
  rows: 1,
  cols: 1,
  required,
});

/** FOE_Tabelle's columns, in the template's order; Ebene and Begründung may be absent in a workbook. */
export const FOE_COLUMNS: TableColumn[] = [
  { key: "instrument", title: "Instrument", kind: "text" },
  { key: "ebene", title: "Ebene", kind: "level" },
  { key: "ist", title: "Ist (Vorjahr)", kind: "count", optional: true },
  { key: "plan", title: "Plan (Planjahr)", kind: "count", optional: true },
  { key: "begruendung", title: "Begründung", kind: "text", optional: true },
  // Money per instrument (issue 15), found only by header (resolve/tableLayout.ts): Vorbindungen,
  // Neubewilligungen, or money that names neither (Mittel, Budget, Kosten, Ausgaben, €), each as Ist or Plan.
  { key: "vorbindungenIst", title: "Vorbindungen Ist (€)", kind: "money", optional: true },
  { key: "vorbindungenPlan", title: "Vorbindungen Plan (€)", kind: "money", optional: true },
  { key: "neubewilligungenIst", title: "Neubewilligungen Ist (€)", kind: "money", optional: true },
  { key: "neubewilligungenPlan", title: "Neubewilligungen Plan (€)", kind: "money", optional: true },
  { key: "mittelIst", title: "Mittel Ist (€)", kind: "money", optional: true },
  { key: "mittelPlan", title: "Mittel Plan (€)", kind: "money", optional: true },
  // Plan split by location or team (issue 15 §4) beside the total Plan column, found only by header.
  ...[1, 2, 3, 4, 5, 6].map((i): TableColumn => ({ key: `standort${i}`, title: `Plan Standort/Team ${i}`, kind: "count", optional: true })),
];

/** The keys of FOE_Tabelle's location/team columns, in table order. */
export const FOE_LOCATION_KEYS = [1, 2, 3, 4, 5, 6].map((i) => `standort${i}`);

/** The money columns of FOE_Tabelle: which budget figure each reconciles with, Ist or Plan. */
export const FOE_MONEY_COLUMNS = [
  { key: "vorbindungenIst", kind: "vorbindungen", year: "ist" },
  { key: "vorbindungenPlan", kind: "vorbindungen", year: "plan" },
  { key: "neubewilligungenIst", kind: "neubewilligungen", year: "ist" },
  { key: "neubewilligungenPlan", kind: "neubewilligungen", year: "plan" },
  { key: "mittelIst", kind: "mittel", year: "ist" },
  { key: "mittelPlan", kind: "mittel", year: "plan" },
] as const;

export const CONTRACT: readonly ContractName[] = [
  cell("AIP_Jobcenter", "Name des Jobcenters", "text"),
  cell("AIP_Planjahr", "Planjahr", "year"),
  cell("AIP_Stand", "Stand (Datum des Programms)", "date"),

  cell("BUD_VH_Gesamt", "Verwaltungshaushalt gesamt", "money"),
  cell("BUD_VH_EinglMV", "Verwaltungshaushalt davon gemäß Eingliederungsmittelverordnung (Bund)", "money"),
  // Negative when money moves from the administrative into the integration budget, as some Jobcenters plan.
  cell("BUD_VH_Umschichtung", "Verwaltungshaushalt davon aus Eingliederungstitel für Umschichtungen (Bund)", "moneySigned"),
  cell("BUD_VH_KFA", "Verwaltungshaushalt davon kommunaler Finanzierungsanteil", "money"),
  cell("BUD_EB_Gesamt", "Eingliederungsbudget (inkl. BEZ)", "money"),
  cell("BUD_EB_Vorbindungen", "Eingliederungsbudget Vorbindungen", "money"),
  cell("BUD_EB_Neubewilligungen", "Eingliederungsbudget Neubewilligungen", "money"),
  // The Gesamtbudget's allocations (§ 46 Abs. 1 SGB II, EinglMV), optional: the EGT before Umschichtung as the
  // Eingliederungsbudget counts it (e.g. incl. BEZ), the federal VWT, and the allocation's date (often provisional).
  cell("BUD_EGT_Zuteilung", "Zuteilung Eingliederungstitel (vor Umschichtung)", "money", false),
  cell("BUD_VWT_Zuteilung", "Zuteilung Verwaltungskostentitel (Bund)", "money", false),
  cell("BUD_Zuteilung_Stand", "Stand der Mittelzuteilung", "date", false),

  cell("PER_Beschaeftigte", "Beschäftigte (Köpfe)", "count"),
  cell("PER_VZAE_Gesamt", "Vollzeitäquivalente gesamt", "vzae"),
  {
    name: "PER_VZAE_Bereiche",
    meaning: "Vollzeitäquivalente nach Bereichen",
    kind: "table",
    rows: "any",
    cols: 2,
    columns: [
      { key: "bereich", title: "Bereich", kind: "text" },
      { key: "vzae", title: "VZÄ", kind: "vzae" },
    ],
    required: true,
  },
  cell("PER_Anteil_BA", "Personalanteil Bundesagentur für Arbeit", "share"),
  cell("PER_Anteil_Kommune", "Personalanteil Kommune (Landratsamt)", "share"),
  cell("PER_Anteil_Frauen", "Anteil Frauen am Personal", "share", false),
  cell("PER_Anteil_Maenner", "Anteil Männer am Personal", "share", false),

  {
    name: "FOE_Tabelle",
    meaning: "Förderübersicht (Ist Vorjahr, Plan Planjahr)",
    kind: "table",
    rows: "any",
    cols: 5,
    columns: FOE_COLUMNS,
    required: true,
  },
  cell("FOE_Eintritte_Plan", "Planeintritte laut Text (erste Aufstellung)", "count"),

  cell("ZIE_Integrationen_VJ", "Integrationen im Vorjahr", "count"),
  cell("ZIE_ELB_VJ", "durchschnittlicher ELB-Bestand im Vorjahr", "stock"),
  cell("ZIE_IQ_VJ", "Integrationsquote des Vorjahres", "share"),
  cell("ZIE_IQ", "Ziel Integrationsquote gesamt", "share"),
  cell("ZIE_IQ_Maenner", "Ziel Integrationsquote Männer", "share"),
  cell("ZIE_IQ_Frauen", "Ziel Integrationsquote Frauen", "share"),
  cell("ZIE_IQ_Veraenderung", "Veränderung IQ gesamt ggü. Vorjahr", "change"),
  cell("ZIE_IQ_Maenner_Veraenderung", "Veränderung IQ Männer ggü. Vorjahr", "change"),
  cell("ZIE_IQ_Frauen_Veraenderung", "Veränderung IQ Frauen ggü. Vorjahr", "change"),
  cell("ZIE_LZB", "Ziel Bestand Langzeitleistungsbeziehende (JDW)", "stock"),
  cell("ZIE_LZB_Maenner", "Ziel Bestand LZB Männer", "stock"),
  cell("ZIE_LZB_Frauen", "Ziel Bestand LZB Frauen", "stock"),
  cell("ZIE_LZB_Veraenderung", "Veränderung LZB gesamt ggü. Vorjahr", "change"),
  cell("ZIE_LZB_Maenner_Veraenderung", "Veränderung LZB Männer ggü. Vorjahr", "change"),
  cell("ZIE_LZB_Frauen_Veraenderung", "Veränderung LZB Frauen ggü. Vorjahr", "change"),
  // Previous year by gender (optional): when given, the stated changes of men and women are checked too.
  cell("ZIE_IQ_Maenner_VJ", "Integrationsquote Männer im Vorjahr", "share", false),
  cell("ZIE_IQ_Frauen_VJ", "Integrationsquote Frauen im Vorjahr", "share", false),
  cell("ZIE_LZB_VJ", "Bestand Langzeitleistungsbeziehende im Vorjahr (JDW)", "stock", false),
  cell("ZIE_LZB_Maenner_VJ", "Bestand LZB Männer im Vorjahr", "stock", false),
  cell("ZIE_LZB_Frauen_VJ", "Bestand LZB Frauen im Vorjahr", "stock", false),
  // Local targets and Ergänzungsgrößen (§ 48b Abs. 3 SGB II), optional. Vorjahr and Ziel hold rates, stocks or
  // counts alike (hence "stock": non-negative, fractions allowed); the change is relative unless the header says %-Pkt.
  {
    name: "ZIE_Weitere",
    meaning: "weitere Ziele und Ergänzungsgrößen",
    kind: "table",
    rows: "any",
    cols: 5,
    columns: [
      { key: "kennzahl", title: "Kennzahl", kind: "text" },
      { key: "vorjahr", title: "Vorjahr", kind: "stock" },
      { key: "ziel", title: "Ziel", kind: "stock" },
      { key: "veraenderung", title: "Veränderung ggü. VJ", kind: "change" },
      { key: "einheit", title: "Einheit", kind: "text", optional: true },
    ],
    required: false,
  },
  cell("ZIE_ELB", "geplanter durchschnittlicher ELB-Bestand im Planjahr", "stock", false),
  // Previous-year values in a programme written in February are forecasts (the BA's Wartezeit is three months).
  cell("ZIE_VJ_Stand", "Stand der Vorjahreswerte", "date", false),
  cell("ZIE_VJ_Status", "Status der Vorjahreswerte (voraussichtlich/endgültig)", "text", false),

  cell("KUN_ELB", "durchschnittlicher ELB-Bestand (Kundenbestand)", "stock"),
  cell("KUN_Anteil_LZB", "Anteil LZB am Bestand", "share"),
  cell("KUN_Anteil_LZB_VJ", "Anteil LZB am Bestand im Vorjahr", "share", false),
  cell("KUN_Anteil_Auslaender", "Anteil ausländischer Arbeitsloser", "share", false),
  cell("KUN_Anteil_Jugendliche", "Anteil arbeitsloser Jugendlicher", "share", false),
  cell("KUN_Anteil_Jugendliche_VJ", "Anteil arbeitsloser Jugendlicher im Vorjahr", "share", false),
  cell("KUN_Alleinerziehende", "Alleinerziehende im Leistungsbezug", "count", false),
  cell("KUN_Alleinerziehende_VJ", "Alleinerziehende im Leistungsbezug im Vorjahr", "count", false),
  {
    name: "KUN_BG_Groesse",
    meaning: "Bedarfsgemeinschaften nach Größe",
    kind: "table",
    rows: "any",
    cols: 2,
    columns: [
      { key: "groesse", title: "Haushaltsgröße", kind: "text" },
      { key: "anteil", title: "Anteil", kind: "share" },
    ],
    required: false,
  },
];

/** The names of kind "stock" (means of monthly stocks, fractions allowed), for readers outside the rules. */
export const STOCK_NAMES: ReadonlySet<string> = new Set(CONTRACT.filter((c) => c.kind === "stock").map((c) => c.name));

const BY_NAME = new Map(CONTRACT.map((c) => [c.name.toUpperCase(), c]));

/** Contract entry for a name (Excel names are case-insensitive). */
export function contractName(name: string): ContractName | undefined {
  return BY_NAME.get(upperCaseName(name));
}

// ---------------------------------------------------------------------------------------------------
// Area "Verlauf": the monthly tracking sheet (optional). Its names are kept apart from CONTRACT because
// their shapes differ (13 or 12 cells in a column OR a row, a month table) and the area is optional as a
// whole: the template, Einrichten and namen/* know only CONTRACT, and a workbook without any MON_ name
// gives no finding. Cells are read directly: a blank cell is "not reported yet", 0 is a reported 0.
// Read by src/core/verlauf/read.ts.
// ---------------------------------------------------------------------------------------------------

/** months13: previous December, then January…December; months12: January…December; table: header row Instrument | Jan … Dez. */
export type MonthlyShape = "months13" | "months12" | "table";

export interface MonthlyName {
  name: string;
  meaning: string;
  meaningEn: string;
  shape: MonthlyShape;
  /** What each month cell holds: whole counts, stocks (whole persons as reported), cumulative euros. */
  kind: "count" | "stock" | "money";
}

const mon = (name: string, meaning: string, meaningEn: string, shape: MonthlyShape, kind: MonthlyName["kind"]): MonthlyName => ({
  name,
  meaning,
  meaningEn,
  shape,
  kind,
});

const monthlyPair = (base: string, meaning: string, meaningEn: string, shape: MonthlyShape, kind: MonthlyName["kind"]): MonthlyName[] => [
  mon(base, meaning, meaningEn, shape, kind),
  mon(`${base}_VJ`, `${meaning} im Vorjahr`, `${meaningEn}, previous year`, shape, kind),
];

export const MONTHLY_PREFIX = "MON_";

export const MONTHLY_NAMES: readonly MonthlyName[] = [
  ...monthlyPair("MON_ELB", "ELB-Bestand Dezember Vorjahr und Januar bis Dezember", "ELB stock, December of the previous year and January to December", "months13", "stock"),
  ...monthlyPair("MON_Integrationen", "Integrationen Januar bis Dezember", "integrations, January to December", "months12", "count"),
  ...monthlyPair("MON_LZB", "Bestand Langzeitleistungsbeziehende Januar bis Dezember", "stock of long-term benefit recipients, January to December", "months12", "stock"),
  ...monthlyPair("MON_ELB_Frauen", "ELB-Bestand Frauen (Dezember Vorjahr bis Dezember)", "ELB stock, women (December of the previous year to December)", "months13", "stock"),
  ...monthlyPair("MON_ELB_Maenner", "ELB-Bestand Männer (Dezember Vorjahr bis Dezember)", "ELB stock, men (December of the previous year to December)", "months13", "stock"),
  ...monthlyPair("MON_Integrationen_Frauen", "Integrationen Frauen Januar bis Dezember", "integrations, women, January to December", "months12", "count"),
  ...monthlyPair("MON_Integrationen_Maenner", "Integrationen Männer Januar bis Dezember", "integrations, men, January to December", "months12", "count"),
  ...monthlyPair("MON_Eintritte", "Eintritte je Instrument und Monat", "entries by instrument and month", "table", "count"),
  mon("MON_Mittel", "Bindungen und Ausgaben (kumuliert, Euro)", "commitments and expenditure (cumulative, euros)", "table", "money"),
];

const MONTHLY_BY_NAME = new Map(MONTHLY_NAMES.map((c) => [c.name.toUpperCase(), c]));

// The upper-case spelling of each contract and Verlauf name, made once: nearly every lookup by name (the
// view, the rules, the readers ask for each name of each workbook) comes in the contract's own spelling,
// and toUpperCase would make (and hash) a new string on every call.
const UPPER_CASE = new Map([...CONTRACT, ...MONTHLY_NAMES].map((c) => [c.name, c.name.toUpperCase()]));

/** `name.toUpperCase()`, without a new string for the contract's and Verlauf's own names. */
export function upperCaseName(name: string): string {
  return UPPER_CASE.get(name) ?? name.toUpperCase();
}

/** The Verlauf entry for a name (case-insensitive), or undefined. */
export function monthlyName(name: string): MonthlyName | undefined {
  return MONTHLY_BY_NAME.get(upperCaseName(name));
}
