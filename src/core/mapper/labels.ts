// The label data: for each figure of the contract one description of the concepts its label contains
// (./match.ts, words from ./vocabulary.ts), which column role maps to which contract name, and the context
// that makes a weak label unambiguous. No patterns: a label is tokenised (./tokens.ts) and matched by
// meaning, so an extra, inflected or reordered word does not veto it.
// `examples` are real label texts: docs/mapping.md lists them and a test requires each to match its spec.
import type { AreaId } from "../areas";
import { LEVEL2 } from "../resolve/labels";
import type { FigureDescription } from "./match";
import { CONCEPTS } from "./vocabulary";

/** What a value column holds: the planning year's figure, the previous year's, or the change between them. */
export type Role = "current" | "previous" | "change";

export interface LabelSpec {
  /** Stable id of the label family. */
  id: string;
  /** Contract name per column role. */
  names: Partial<Record<Role, string>>;
  /** The role of a value no header or label year marks; `sure` false makes such a proposal "low" (reason "jahr"). */
  plain: { role: Role; sure: boolean };
  /** The concepts of a label standing on its own. */
  describe: FigureDescription;
  /** The concepts of a label that counts only inside a row group ("darunter Männer" under the IQ row): see `under`. */
  member?: FigureDescription;
  /** Spec ids whose label heads the row group a member label belongs to. */
  under?: string[];
  /** Area whose sheet or section the label needs; elsewhere it is only "low" (reason "kontext"). */
  context?: AreaId;
  /** Customer structure: figures as of the latest year reported (normally the planning year's previous year), so of two year columns the later is current and the earlier `_VJ`. */
  latestYear?: boolean;
  /** Real labels (docs and tests). */
  examples: string[];
  /** Real member labels, valid under a row of `under` (docs and tests). */
  memberExamples?: string[];
}

// Concepts that mark a part of a total (a gender, an age group): a total's label must not carry them.
const PARTS = ["frauen", "maenner"];
const SHARE = ["anteil"];
/**
 * Sub-populations: a label naming one ("IQ Alleinerziehende", "Integrationen U25") is another group's figure, like
 * Frauen/Männer. So is the IQ of the LZB (a § 48a Ergänzungsgröße): the IQ and LZB descriptions exclude each other.
 */
// "IQ AE", "LZB Ü50": the abbreviated groups of a target list name a group too (AE among the targets is no
// Arbeitseinheit), as do the older and the severely disabled.
const GROUPS = ["alleinerziehend", "jugendliche", "auslaender", "ae", "aeltere", "schwerbehindert"];
// A share is named by "Anteil"/"Quote" or by "%" (in the label or the number format).
const SHARE_OR_PERCENT = ["anteil", "prozent"];
/**
 * The words of the IQ's definition (integrations of a year in employment, training or self-employment, in relation
 * to the average eLb stock): a label spelling it out ("Integrationsquote der weiblichen erwerbsfähigen
 * Leistungsberechtigten") names the IQ, not the eLb.
 */
const IQ_DEFINITION = ["integration", "integrationsziel", "elb", "verhaeltnis"];

export const LABELS: readonly LabelSpec[] = [
  // Eckdaten
  {
    id: "jobcenter",
    names: { current: "AIP_Jobcenter" },
    plain: { role: "current", sure: true },
    describe: { all: [["jobcenter", "gemeinsam"]], optional: ["name", "gemeinsam"], strict: true },
    examples: ["Jobcenter", "Name des Jobcenters", "Jobcenter:", "Dienststelle", "Bezeichnung der gemeinsamen Einrichtung"],
  },
  {
    id: "planjahr",
    names: { current: "AIP_Planjahr" },
    plain: { role: "current", sure: true },
    // "Planjahr" in one word, or plan (or the programme) and year apart ("Jahr der Planung", "AIP für das Jahr").
    describe: { all: [["planjahr", "plan", "programm"], ["planjahr", "jahr"]], optional: ["programm", "jahr", "plan"], strict: true },
    examples: ["Planjahr", "Planungsjahr", "Haushaltsjahr:", "Programmjahr", "AIP-Jahr (Planjahr)", "Jahr der Planung", "Plan year", "AIP für das Jahr"],
  },
  {
    id: "planjahr-schwach",
    names: { current: "AIP_Planjahr" },
    plain: { role: "current", sure: true },
    describe: { all: [["jahr"]], optional: ["programm"], strict: true },
    context: "eckdaten",
    examples: ["Jahr", "Berichtsjahr", "Jahr des Programms"],
  },
  {
    id: "stand",
    names: { current: "AIP_Stand" },
    plain: { role: "current", sure: true },
    describe: { all: [["stand"]], optional: ["programm", "plan", "aufstellung", "entwurf"], strict: true },
    examples: ["Stand", "Datum", "Stand vom", "erstellt am:", "Stichtag", "Fassung vom:", "Stand der Planung:", "Datum der Aufstellung", "aufgestellt am:"],
  },
  {
    // The date of the allocation (controller checks, issue 15): a date word with an allocation word.
    id: "zuteilung-stand",
    names: { current: "BUD_Zuteilung_Stand" },
    plain: { role: "current", sure: true },
    // The allocation's legal basis beside it ("Zuteilung gem. EinglMV vom") names whose allocation, no other figure.
    describe: { all: [["stand"], ["zuteilung"]], optional: ["haushalt", "einglmv", "verordnung", "bund"], strict: true },
    examples: ["Stand der Mittelzuteilung", "Zuteilung Stand", "Datum der Mittelzuweisung", "Stand der Zuteilung lt. EinglMV"],
  },

  {
    // The date of the previous year's figures (ZIE_VJ_Stand): a date word with the Ist figures ("Datenstand Ist-Werte").
    id: "vj-stand",
    names: { previous: "ZIE_VJ_Stand" },
    plain: { role: "previous", sure: true },
    describe: { all: [["stand", "datenstand"], ["istwerte", "statistik"]], optional: ["ziel", "ba"], strict: true },
    examples: ["Stand der Ist-Werte", "Datenstand Ist-Werte:", "Stand Vorjahreswerte", "Datum der Istwerte", "Datenstand BA-Statistik"],
  },
  {
    // "Datenstand" alone on a targets sheet dates the Ist figures there (on a cover sheet it says nothing sure).
    id: "vj-datenstand",
    names: { previous: "ZIE_VJ_Stand" },
    plain: { role: "previous", sure: true },
    describe: { all: [["datenstand"]], strict: true },
    context: "ziele",
    examples: ["Datenstand", "Datenstand:"],
  },
  {
    // "Datenstand" among the key data (beside the Jobcenter and the planning year) dates the programme itself.
    id: "datenstand-eckdaten",
    names: { current: "AIP_Stand" },
    plain: { role: "current", sure: true },
    describe: { all: [["datenstand"]], strict: true },
    context: "eckdaten",
    examples: ["Datenstand", "Datenstand:"],
  },
  {
    // Whether the previous year's figures are provisional or final (ZIE_VJ_Status): "Status der Ist-Werte: vorläufig".
    id: "vj-status",
    names: { previous: "ZIE_VJ_Status" },
    plain: { role: "previous", sure: true },
    describe: { all: [["status"], ["istwerte"]], strict: true },
    examples: ["Status der Ist-Werte", "Status Vorjahreswerte:", "Status der Vorjahreszahlen"],
  },

  // Haushalt
  {
    id: "vh-gesamt",
    names: { current: "BUD_VH_Gesamt" },
    plain: { role: "current", sure: true },
    describe: { all: [["verwaltung"], ["haushalt"]], optional: ["gesamtbudget"], none: ["umschichtung", "kommunal", "einglmv", "finanzierung", "bund"] },
    examples: [
      "Verwaltungshaushalt",
      "Verwaltungsbudget",
      "VWH gesamt",
      "Gesamtverwaltungskosten",
      "Verwaltungshaushalt 2024 in €",
      "Summe Verwaltungshaushalt¹",
      "Verwaltungskostenbudget insgesamt",
      "Haushalt der Verwaltung",
      "Budget Verwaltung (VWB)",
    ],
  },
  {
    id: "vh-emv",
    names: { current: "BUD_VH_EinglMV" },
    plain: { role: "current", sure: true },
    // "Bundesanteil (Zuteilung VWT)": the federal part is the allocated VWT, so an allocation word is no veto; the
    // label then reads as the allocation too, and its row block decides (./findCells.ts bySiblings).
    describe: { all: [["einglmv", "bund"]], optional: ["haushalt", "anteil", "verwaltung", "verordnung"], none: ["umschichtung", "zuteilung", "kommunal", "gesamtbudget"] },
    examples: ["davon gemäß Eingliederungsmittelverordnung (Bund)", "davon lt. EinglMV", "Bundesmittel lt. EMV", "davon Bundesanteil", "davon Bund (EinglMV)"],
  },
  {
    id: "vh-umschichtung",
    names: { current: "BUD_VH_Umschichtung" },
    plain: { role: "current", sure: true },
    // "Umschichtung EGT→VB": the budget money is moved into is the Verwaltungsbudget, whatever "VB" means elsewhere.
    describe: { all: [["umschichtung"]], optional: ["eingliederung", "haushalt", "verwaltung", "bund", "plan", "vb"], none: ["gesamtbudget"] },
    examples: ["davon aus Eingliederungstitel für Umschichtungen geplant (Bund)", "Umschichtung EGT → VWH", "davon Umschichtungen", "Umschichtungsbetrag EGT in VWH"],
  },
  {
    id: "vh-kfa",
    // Municipal money for benefits ("Kreismittel für kommunale Eingliederungsleistungen § 16a") is no share of the
    // Verwaltungshaushalt: an Eingliederung word rules the KFA out.
    names: { current: "BUD_VH_KFA" },
    plain: { role: "current", sure: true },
    describe: { all: [["kommunal"], ["finanzierung", "anteil", "haushalt"]], optional: ["verwaltung"], none: ["personal", "beschaeftigte", "unterkunft", "gesamtbudget", "eingliederung"] },
    // Inside the Verwaltungshaushalt's composition (under its total, the federal part or the Umschichtung) the part
    // the municipal body pays ("davon zahlt der Kreis") or a financing share not the Bund's ("Finanzierungsanteil
    // Land Berlin": a city state is its own municipality) is the KFA: the composition has no other such part.
    member: { all: [["kommunal", "finanzierung"]], optional: ["anteil", "haushalt", "verwaltung"], none: ["bund", "einglmv", "umschichtung", "eingliederung", "personal", "beschaeftigte", "vzae", "ba", "unterkunft", "gesamtbudget"] },
    under: ["vh-gesamt", "vh-emv", "vh-umschichtung"],
    memberExamples: ["davon zahlt der Kreis", "Finanzierungsanteil Land Berlin (15,2 %)", "Anteil Stadt"],
    examples: ["davon kommunaler Finanzierungsanteil (Kommune)", "KFA", "davon KoFi", "kommunale Kofinanzierung", "kommunaler Anteil (15,2 %)", "komm. Finanzierungsanteil"],
  },
  {
    id: "eb-gesamt",
    names: { current: "BUD_EB_Gesamt" },
    plain: { role: "current", sure: true },
    describe: { all: [["eingliederung"], ["haushalt", "bez"]], optional: ["haushalt", "bez", "bund", "integration", "gesamtbudget"], none: ["umschichtung", "verwaltung", "einglmv", "zuteilung", "vorbindung", "bewilligung", "kommunal"] },
    examples: ["Eingliederungsbudget (inkl. BEZ)", "Eingliederungsmittel (Bund) inkl. BEZ", "Eingliederungstitel", "EGT gesamt", "Eingliederungsmittel 2024", "Eingliederungstitel (EGT) inkl. BEZ", "EGT inkl. BEZ", "Budget Eingliederung"],
  },
  {
    // The allocation of the Eingliederungstitel (controller checks, issue 15): EGT with an allocation word. The
    // Haushalt's name of the title ("Eingliederungsleistungen – Zuteilung lt. EinglMV") needs no budget word: what
    // the EinglMV allots for Eingliederung is the EGT.
    id: "egt-zuteilung",
    names: { current: "BUD_EGT_Zuteilung" },
    plain: { role: "current", sure: true },
    // The Bund allots the title ("Mittel für Eingliederungsleistungen (EGT) – Zuweisung Bund"): no other figure's word.
    describe: { all: [["eingliederung"], ["zuteilung", "einglmv"]], optional: ["haushalt", "bez", "verordnung", "bund"], none: ["umschichtung", "verwaltung", "gesamtbudget"] },
    examples: ["EGT Zuteilung", "Mittelzuweisung Eingliederungstitel", "Eingliederungstitel lt. EinglMV", "Orientierungswert EGT", "Eingliederungsleistungen – Zuteilung lt. EinglMV"],
  },
  {
    id: "vwt-zuteilung",
    names: { current: "BUD_VWT_Zuteilung" },
    plain: { role: "current", sure: true },
    // The allocated Verwaltungskostentitel is the federal share ("Zuteilung VKT – Bundesanteil").
    describe: { all: [["verwaltung"], ["haushalt"], ["zuteilung", "einglmv"]], optional: ["verordnung", "bund", "anteil"], none: ["umschichtung", "kommunal", "gesamtbudget"] },
    examples: ["Zuteilung Verwaltungstitel", "VWH Mittelzuweisung", "Zuteilung VKT (Bundesanteil)"],
  },
  {
    id: "eb-vorbindungen",
    names: { current: "BUD_EB_Vorbindungen" },
    plain: { role: "current", sure: true },
    describe: { all: [["vorbindung"]], optional: ["haushalt", "eingliederung"], none: ["bewilligung", "umschichtung", "gesamtbudget"] },
    // "VB" means Vorbindungen only in the Eingliederungsbudget's row group (else: Vermittlungsbudget).
    // So does "Verbindungen", a spell checker's version of the rare word.
    member: { all: [["vb", "verbindung"]], optional: ["vorbindung", "haushalt", "eingliederung"], none: ["bewilligung", "umschichtung"] },
    under: ["eb-gesamt", "eb-neubewilligungen"],
    examples: ["Vorbindungen", "Verbinderungen", "davon Vorbelastungen", "gebundene Mittel", "Vorbindungen aus 2024", "Bindungen aus Vorjahren", "bereits gebundene Mittel EGT"],
    memberExamples: ["dav. VB aus VJ", "davon VB", "VB aus Vorjahren", "Verbindungen (Vorjahre)"],
  },
  {
    id: "eb-neubewilligungen",
    names: { current: "BUD_EB_Neubewilligungen" },
    plain: { role: "current", sure: true },
    describe: { all: [["bewilligung"]], optional: ["neu", "nb", "haushalt", "eingliederung"], none: ["vorbindung", "umschichtung", "gesamtbudget"] },
    // "NB" means Neubewilligungen only in the Eingliederungsbudget's row group (beside "Vorb.", "VB").
    member: { all: [["nb"]], optional: ["haushalt", "eingliederung"], none: ["vorbindung", "umschichtung"] },
    under: ["eb-gesamt", "eb-vorbindungen"],
    memberExamples: ["NB", "dav. NB"],
    examples: ["Neubewilligungen", "davon Neubewilligungen", "Mittel für Neubewilligungen", "Neu-Bewilligungen", "für Neubewilligungen verfügbar"],
  },

  // Personal
  {
    id: "per-koepfe",
    names: { current: "PER_Beschaeftigte" },
    plain: { role: "current", sure: true },
    // The programme plans its staff: "lt. Planung" names the figure's source, no other quantity (./staffPlanColumn.ts).
    // Money for the staff ("Personalkosten", "Personalmittel") is no head count: a money word rules it out.
    describe: { all: [["beschaeftigte", "personal"]], optional: ["beschaeftigte", "personal", "plan"], none: ["vzae", ...SHARE, ...PARTS, "ba", "kommunal", "bereich", "personalbereich", "haushalt"] },
    examples: ["Gesamtbeschäftigtenzahl", "Beschäftigte (Köpfe)", "Anzahl Mitarbeiter", "Mitarbeitende gesamt", "Köpfe", "Anzahl MA (Köpfe)", "Mitarbeiterinnen und Mitarbeiter", "Personalbestand", "Beschäftigte lt. Planung"],
  },
  {
    id: "per-vzae",
    names: { current: "PER_VZAE_Gesamt" },
    plain: { role: "current", sure: true },
    // A cost per VZÄ ("Personalkosten je VZÄ") is money, no VZÄ figure.
    describe: { all: [["vzae"]], optional: ["personal", "beschaeftigte"], none: [...SHARE, ...PARTS, "ba", "kommunal", "bereich", "personalbereich", "haushalt"] },
    examples: ["Vollzeitäquivalente", "VZÄ gesamt", "Vollzeitäquivalente insgesamt", "Personalkapazität (VZÄ)", "Summe VZÄ", "Stellen in VZÄ"],
  },
  {
    id: "per-ba",
    names: { current: "PER_Anteil_BA" },
    plain: { role: "current", sure: true },
    // A gE's staff are assigned by its carriers (§ 44g SGB II): "Personal der BA (Zuweisung)", "Anteil BA (zugewiesen)" are the BA's share, no allocation of money.
    describe: { all: [["ba"]], optional: ["anteil", "personal", "beschaeftigte", "zuteilung"], none: ["kommunal", ...PARTS] },
    context: "personal",
    examples: ["Anteil BA", "Personalanteil Bundesagentur für Arbeit", "davon BA", "seitens der Bundesagentur für Arbeit", "BA-Anteil"],
  },
  {
    id: "per-kommune",
    names: { current: "PER_Anteil_Kommune" },
    plain: { role: "current", sure: true },
    // The municipal body by its administration ("Kreisverwaltung", "Stadtverwaltung") is the Kommune too.
    describe: { all: [["kommunal"]], optional: ["anteil", "personal", "beschaeftigte", "verwaltung", "zuteilung"], none: ["finanzierung", "haushalt", "ba", ...PARTS] },
    context: "personal",
    examples: ["Anteil Kommune", "Personalanteil Landratsamt", "davon kommunales Personal", "LRA", "Anteil komm. Personal", "Anteil Personal Kreisverwaltung"],
  },
  {
    id: "per-frauen",
    names: { current: "PER_Anteil_Frauen" },
    plain: { role: "current", sure: true },
    describe: { all: [["frauen"]], optional: ["anteil", "personal", "beschaeftigte", "plan"], none: ["maenner", "iq", "lzb", "integration", "elb", "arbeitslos"] },
    context: "personal",
    examples: ["Anteil Frauen", "Frauenanteil", "weiblich", "davon Frauen", "Anteil weibl. Beschäftigte"],
  },
  {
    id: "per-maenner",
    names: { current: "PER_Anteil_Maenner" },
    plain: { role: "current", sure: true },
    describe: { all: [["maenner"]], optional: ["anteil", "personal", "beschaeftigte", "plan"], none: ["frauen", "iq", "lzb", "integration", "elb", "arbeitslos"] },
    context: "personal",
    examples: ["Anteil Männer", "Männeranteil", "männlich", "davon Männer"],
  },

  // Förderung (the table itself is found by its header, ./findFoe.ts)
  {
    id: "foe-eintritte",
    names: { current: "FOE_Eintritte_Plan" },
    plain: { role: "current", sure: true },
    describe: { all: [["eintritt"], ["plan", "text", "aufstellung"]], optional: ["programm"], none: PARTS },
    context: "foerderung",
    examples: ["Eintrittsplanung (erste Aufstellung)", "geplante Eintritte", "Planeintritte", "Förderungen laut Text", "Summe geplanter Eintritte"],
  },

  // Ziele
  {
    id: "integrationen",
    names: { previous: "ZIE_Integrationen_VJ" },
    plain: { role: "previous", sure: false },
    describe: { all: [["integration"]], optional: ["integrationsziel"], none: ["iq", "programm", ...SHARE, ...PARTS, ...GROUPS] },
    examples: ["Integrationen 2023", "Integrationen Vorjahr", "Anzahl Integrationen (IST 23)", "Integrationen VJ"],
  },
  {
    id: "elb-ziele",
    names: { current: "ZIE_ELB", previous: "ZIE_ELB_VJ" },
    plain: { role: "previous", sure: false },
    // "Geplanter ELB-Bestand 2025": the contract's own words for ZIE_ELB.
    describe: { all: [["elb", "kunde"], ["elb", "buergergeld"]], optional: ["buergergeld", "kunde", "plan"], none: [...SHARE, ...PARTS, "lzb", "auslaender", "jugendliche", "alleinerziehend", "iq", "integration", "nef"] },
    context: "ziele",
    examples: ["ELB 2023", "durchschnittliche ELB (Vorjahr)", "eLb-Bestand 2023 (JDW)", "erwerbsfähige Leistungsberechtigte VJ", "eLb Jahresdurchschnitt 2023"],
  },
  {
    id: "elb-kunden",
    names: { current: "KUN_ELB", previous: "KUN_ELB" },
    latestYear: true,
    plain: { role: "current", sure: true },
    // "nicht erwerbsfähige Leistungsberechtigte", "inkl. nicht Erwerbsfähige": more people than the eLb (./populationWords.ts).
    describe: { all: [["elb", "kunde"]], optional: ["buergergeld", "kunde"], none: [...SHARE, ...PARTS, "lzb", "auslaender", "jugendliche", "alleinerziehend", "iq", "integration", "nef"] },
    context: "kunden",
    examples: ["eLb", "Kundenbestand ELB", "durchschnittlicher ELB-Bestand", "Bestand erwerbsfähige Leistungsberechtigte", "eLb im Bürgergeld-Bezug", "eLb gesamt", "Anzahl eLb", "eLb Jahresdurchschnitt", "Anzahl eLb (Durchschnitt)", "Ø eLb", "Kundenbestand"],
  },
  {
    id: "iq",
    names: { current: "ZIE_IQ", previous: "ZIE_IQ_VJ", change: "ZIE_IQ_Veraenderung" },
    plain: { role: "current", sure: false },
    describe: { all: [["iq"]], optional: IQ_DEFINITION, none: [...PARTS, ...GROUPS, "lzb"] },
    examples: ["Veränderung IQ ggü. VJ in %", "Integrationsquote gesamt (JFW in %)", "IQ", "Integrationsquote 2023", "IQ Ziel 2024", "Integrationsquote (K2)", "Integrationsquote (IQ) Zielwert"],
  },
  {
    id: "iq-maenner",
    names: { current: "ZIE_IQ_Maenner", previous: "ZIE_IQ_Maenner_VJ", change: "ZIE_IQ_Maenner_Veraenderung" },
    plain: { role: "current", sure: false },
    describe: { all: [["iq"], ["maenner"]], optional: IQ_DEFINITION, none: ["frauen", ...GROUPS, "lzb"] },
    member: { all: [["maenner"]], strict: true },
    under: ["iq"],
    examples: ["IQ Männer", "Integrationsquote Männer", "Veränderung IQ Männer ggü. VJ"],
    memberExamples: ["darunter Männer", "davon männlich", "Männer"],
  },
  {
    id: "iq-frauen",
    names: { current: "ZIE_IQ_Frauen", previous: "ZIE_IQ_Frauen_VJ", change: "ZIE_IQ_Frauen_Veraenderung" },
    plain: { role: "current", sure: false },
    describe: { all: [["iq"], ["frauen"]], optional: IQ_DEFINITION, none: ["maenner", ...GROUPS, "lzb"] },
    member: { all: [["frauen"]], strict: true },
    under: ["iq"],
    examples: ["IQ Frauen", "Integrationsquote Frauen"],
    memberExamples: ["darunter Frauen", "davon weiblich", "Frauen"],
  },
  {
    id: "lzb",
    names: { current: "ZIE_LZB", previous: "ZIE_LZB_VJ", change: "ZIE_LZB_Veraenderung" },
    plain: { role: "current", sure: false },
    describe: { all: [["lzb"]], none: [...PARTS, ...SHARE, ...GROUPS, "lza", "bewegung", "iq"] },
    examples: ["Veränderung LZB-Bestand ggü. VJ", "Bestand LZB (JDW)", "LZB", "Langzeitleistungsbeziehende gesamt", "Ziel Bestand LZB 2024"],
  },
  {
    id: "lzb-maenner",
    names: { current: "ZIE_LZB_Maenner", previous: "ZIE_LZB_Maenner_VJ", change: "ZIE_LZB_Maenner_Veraenderung" },
    plain: { role: "current", sure: false },
    describe: { all: [["lzb"], ["maenner"]], none: ["frauen", ...SHARE, ...GROUPS, "bewegung", "iq"] },
    member: { all: [["maenner"]], strict: true },
    under: ["lzb"],
    examples: ["LZB Männer", "Bestand LZB Männer"],
    memberExamples: ["darunter Männer", "davon Männer"],
  },
  {
    id: "lzb-frauen",
    names: { current: "ZIE_LZB_Frauen", previous: "ZIE_LZB_Frauen_VJ", change: "ZIE_LZB_Frauen_Veraenderung" },
    plain: { role: "current", sure: false },
    describe: { all: [["lzb"], ["frauen"]], none: ["maenner", ...SHARE, ...GROUPS, "bewegung", "iq"] },
    member: { all: [["frauen"]], strict: true },
    under: ["lzb"],
    examples: ["LZB Frauen", "Bestand LZB Frauen"],
    memberExamples: ["darunter Frauen", "davon Frauen"],
  },

  // Kunden
  {
    id: "kun-anteil-lzb",
    names: { current: "KUN_Anteil_LZB", previous: "KUN_Anteil_LZB_VJ" },
    latestYear: true,
    plain: { role: "current", sure: true },
    // A rate of entries ("Zugangsrate LZB", "Anteil LZB an den Eintritten") is a flow, not the share of the stock.
    describe: { all: [SHARE_OR_PERCENT, ["lzb"]], optional: ["elb", "kunde"], none: [...PARTS, "arbeitslos", "lza", "eintritt"] },
    examples: ["Anteil LZB am Bestand", "LZB-Anteil", "Anteil der Langzeitleistungsbeziehenden", "Anteil LZB Vorjahr", "Anteil Langzeitleistungsbezieher (LZB)", "LZB-Quote an den eLb"],
  },
  {
    id: "kun-auslaender",
    names: { current: "KUN_Anteil_Auslaender" },
    latestYear: true,
    plain: { role: "current", sure: true },
    describe: { all: [["auslaender"]], optional: ["anteil", "arbeitslos", "staatsangehoerig"], none: ["elb", "bg", ...PARTS, "integration", "iq"] },
    context: "kunden",
    examples: ["Anteil Ausländer", "Ausländeranteil", "Anteil ausländische Arbeitslose", "Nichtdeutsche", "Anteil ausländischer Arbeitsloser", "Ausl. Alo in %"],
  },
  {
    id: "kun-jugendliche",
    names: { current: "KUN_Anteil_Jugendliche", previous: "KUN_Anteil_Jugendliche_VJ" },
    latestYear: true,
    plain: { role: "current", sure: true },
    describe: { all: [["jugendliche"]], optional: ["anteil", "arbeitslos", "mensch"], none: ["elb", "bg", ...PARTS, "integration", "iq", "eintritt"] },
    context: "kunden",
    examples: ["Anteil Jugendliche", "Anteil U25", "Jugendliche Arbeitslose", "Anteil unter 25-Jährige", "Anteil arbeitsloser Jugendlicher", "Anteil arbeitslose Jugendliche (U25)"],
  },
  {
    id: "kun-alleinerziehende",
    names: { current: "KUN_Alleinerziehende", previous: "KUN_Alleinerziehende_VJ" },
    latestYear: true,
    plain: { role: "current", sure: true },
    describe: { all: [["alleinerziehend"]], optional: ["ae", "buergergeld", "elb", "kunde", "bg"], none: [...SHARE, ...PARTS] },
    // "AE" is Alleinerziehende only among the customer figures (elsewhere: Arbeitseinheit, Aufwandsentschädigung).
    member: { all: [["ae"]], optional: ["elb", "bg"], none: [...SHARE, ...PARTS] },
    under: ["elb-kunden", "kun-anteil-lzb", "kun-auslaender", "kun-jugendliche"],
    memberExamples: ["AE", "AE VJ"],
    examples: ["Alleinerziehende", "Alleinerziehende im Leistungsbezug", "Anzahl Alleinerziehende", "Alleinerziehende VJ", "Alleinerz. eLb"],
  },
];

const BY_ID = new Map(LABELS.map((l) => [l.id, l]));

/**
 * Concepts that can name a figure inside a longer label: those of every description that is not `strict`.
 * A concept only strict (stand-alone) labels use — "Jahr" (AIP_Planjahr), "Jobcenter", "Stand", "Name" — is no
 * rival inside "Integrationen im Jahr 2024" or "Beschäftigte im Jobcenter": there it lowers the score like an
 * unknown word and does not veto "sicher".
 */
const CONTENT = new Set(
  LABELS.flatMap((l) => [
    ...(l.describe.strict ? [] : [...l.describe.all.flat(), ...(l.describe.optional ?? []), ...(l.describe.none ?? [])]),
    ...(l.member && !l.member.strict ? [...l.member.all.flat(), ...(l.member.optional ?? [])] : []),
  ]),
);
for (const c of CONCEPTS) if (c.excludes) CONTENT.add(c.id);
export const isContentConcept = (concept: string): boolean => CONTENT.has(concept);

export function labelSpec(id: string): LabelSpec | undefined {
  return BY_ID.get(id);
}

/** Sheet or section names telling an area. */
export const AREA_WORDS: Record<AreaId, RegExp> = {
  eckdaten: /(eckdaten|allgemein|deckblatt|stammdaten)/,
  // Short sheet names count as the words they cut ("Geld", "Pers", "Maßn", "Eintr.", "Kd", "Förd.", "Haush.").
  haushalt: /(haushalt|budget|finanz|\bmittel\b|\bvwh\b|\begt\b|^geld$|\bhaush\b)/,
  personal: /(personal|stellen|\bvzae\b|mitarbeit|beschaeftigt|\bstaff\b|^pers\.?$)/,
  // "Eingliederungsleistungen": the instruments' benefits (§ 16 SGB II), a title over the Förderung table.
  foerderung: /(foerder|instrument|eintritt|massnahme|eingliederungsmittel\b|eingliederungsleistung|^massn\.?$|^eintr\.?$|\bfoerd\b)/,
  ziele: /(\bziel|wirkung|kennzahl|\bkpis?\b|\btargets?\b)/,
  // "KuStru", "Kd.-Str.": the Kundenstruktur cut short.
  kunden: /(kunde|kundschaft|bedarfsgemeinschaft|\belb\b|\bbg\b|\bcustomers?\b|^kd\.?$|\b(ku|kd)\.? ?-? ?str(u|uk)?\b)/,
};

/**
 * Concepts (./vocabulary.ts) that name an area in a sheet name or section title where AREA_WORDS find none
 * ("Strukturdaten", "Struktur SGB II", "Alleinerziehende und BG"): the title's words read like a label's.
 * Concepts two areas share (eLb: targets and customers; LZB) name none, nor those a group row of another area
 * carries ("Markt & Integration" over staff areas).
 */
export const CONCEPT_AREAS: Readonly<Record<string, AreaId>> = {
  kunde: "kunden",
  struktur: "kunden",
  bg: "kunden",
  alleinerziehend: "kunden",
  auslaender: "kunden",
  personal: "personal",
  beschaeftigte: "personal",
  vzae: "personal",
};

/** Labels of the Förderung table's total row (level 0). "Summe …"/"Zwischensumme" inside the table are subtotals. */
export const FOE_TOTAL =
  /^(gesamt|insgesamt|summe|gesamtsumme|gesamtergebnis|summe gesamt|gesamt summe|eintritte gesamt|gesamt eintritte|eintritte insgesamt|foerderungen gesamt|foerderungen insgesamt|foerderung gesamt|foerderung insgesamt|massnahmen gesamt|massnahmen insgesamt|instrumente gesamt|instrumente insgesamt|summe eintritte|summe aller instrumente|alle instrumente|alle massnahmen|zusammen|alles zusammen|alle zusammen|total|ges)$/;

/** A part row of the Förderung table ("darunter U25", "hiervon Frauen"): never an instrument. Same test as the check's level 2. */
export const FOE_PART = LEVEL2;

/** Instrument names and abbreviations that mark a Förderung table (for its confidence, not to find it). */
export const INSTRUMENT_WORDS =
  /\b(fbw|weiterbildung|eingliederungszuschuss\w*|egz|aktivierung|avgs|mae|mat|mag|arbeitsgelegenheit\w*|agh|einstiegsgeld|esg|16 ?[eihk]|16e|16i|teilhabe|taam|evl|fav|gabe|freie foerderung|reha|bez|vermittlungsbudget|vb|arbeitsverhaeltnis\w*|coaching|berufsausbildung|bae|jugend\w*|juengere|traeger|arbeitgeber)\b/;
