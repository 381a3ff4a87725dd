// The label data: for each figure of the contract, the labels controllers write next to it (the seed's
// own wording, synonyms, abbreviations), which column role maps to which contract name, and the context
// that makes a weak label unambiguous. Patterns are matched against the label's normalised core text
// with years removed (./normalize.ts: "Bestand LZB (JDW)" → "bestand lzb", "IST 23" → "ist").
// `examples` are real label texts: docs/mapping.md lists them and a test requires each to match its spec.
import type { AreaId } from "../areas";
import { DARUNTER_WORDS, DAVON_WORDS, LEVEL2 } from "../resolve/labels";

/** What a value column holds: the planning year's figure, the previous year's, or the change between them. */
export type Role = "current" | "previous" | "change";

export interface LabelSpec {
  /** Stable id of the label family. */
  id: string;
  /** Contract name per column role. */
  names: Partial<Record<Role, string>>;
  /** The role of a value no header or label year marks; `sure` false makes such a proposal "low" (reason "jahr"). */
  plain: { role: Role; sure: boolean };
  /** Labels standing on their own. */
  patterns: RegExp[];
  /** Labels that count only inside a row group ("darunter Männer" under the IQ row): see `under`. */
  memberPatterns?: RegExp[];
  /** Spec ids whose label heads the row group a member pattern belongs to. */
  under?: string[];
  /** Texts that look alike but are something else. */
  exclude?: RegExp;
  /** Area whose sheet or section the label needs; elsewhere it is only "low" (reason "kontext"). */
  context?: AreaId;
  /** Real labels (docs and tests). */
  examples: string[];
  /** Real member labels, valid under a row of `under` (docs and tests). */
  memberExamples?: string[];
}

const MEN = "(?:maenner|maennlich|mann|m)";
const WOMEN = "(?:frauen|weiblich|frau|w)";
// The words that open a part row ("darunter Männer", "hiervon Frauen") are the check's level-2 words, so a
// row the mapper groups under another is never an instrument for the check (test/mapper/foeLevel2Agreement).
const MEMBER = `(?:${[...DAVON_WORDS, ...DARUNTER_WORDS].join("|")})`;

export const LABELS: readonly LabelSpec[] = [
  // Eckdaten
  {
    id: "jobcenter",
    names: { current: "AIP_Jobcenter" },
    plain: { role: "current", sure: true },
    patterns: [/^(name (des |der )?)?(jobcenters?|jc|gemeinsame einrichtung|dienststelle)( name)?$/],
    examples: ["Jobcenter", "Name des Jobcenters", "Jobcenter:", "Dienststelle"],
  },
  {
    id: "planjahr",
    names: { current: "AIP_Planjahr" },
    plain: { role: "current", sure: true },
    patterns: [/^(planjahr|planungsjahr|programmjahr|haushaltsjahr|aip jahr|jahr des programms)$/],
    examples: ["Planjahr", "Planungsjahr", "Haushaltsjahr:", "Programmjahr"],
  },
  {
    id: "planjahr-schwach",
    names: { current: "AIP_Planjahr" },
    plain: { role: "current", sure: true },
    patterns: [/^(jahr|berichtsjahr)$/],
    context: "eckdaten",
    examples: ["Jahr", "Berichtsjahr"],
  },
  {
    id: "stand",
    names: { current: "AIP_Stand" },
    plain: { role: "current", sure: true },
    patterns: [/^(stand|datum|stand vom|stand am|erstellt am|erstellt|datum des programms|aip stand|stichtag)$/],
    examples: ["Stand", "Datum", "Stand vom", "erstellt am:"],
  },

  // Haushalt
  {
    id: "vh-gesamt",
    names: { current: "BUD_VH_Gesamt" },
    plain: { role: "current", sure: true },
    patterns: [
      /^(summe |gesamt |gesamter )?(verwaltungs ?haushalt|verwaltungs ?budget|vwh|vw haushalt|vw budget|verwaltungskostenbudget|gesamtverwaltungskosten|verwaltungskosten|verwaltungsmittel)( gesamt| insgesamt| summe| vwh)?$/,
    ],
    examples: ["Verwaltungshaushalt", "Verwaltungsbudget", "VWH gesamt", "Gesamtverwaltungskosten", "Verwaltungshaushalt 2024 in €", "Summe Verwaltungshaushalt¹"],
  },
  {
    id: "vh-emv",
    names: { current: "BUD_VH_EinglMV" },
    plain: { role: "current", sure: true },
    patterns: [/(eingliederungsmittel ?verordnung|\beinglmv\b|\beingl mv\b|\bemv\b|\bemvo\b|\beinglmvo\b|\bbundesanteil\b|\bbundesmittel\b)/],
    exclude: /umschicht/,
    examples: ["davon gemäß Eingliederungsmittelverordnung (Bund)", "davon lt. EinglMV", "Bundesmittel lt. EMV", "davon Bundesanteil", "davon Bund (EinglMV)"],
  },
  {
    id: "vh-umschichtung",
    names: { current: "BUD_VH_Umschichtung" },
    plain: { role: "current", sure: true },
    patterns: [/umschicht/],
    examples: ["davon aus Eingliederungstitel für Umschichtungen geplant (Bund)", "Umschichtung EGT → VWH", "davon Umschichtungen"],
  },
  {
    id: "vh-kfa",
    names: { current: "BUD_VH_KFA" },
    plain: { role: "current", sure: true },
    patterns: [/(kommunal\w* finanzierungsanteil|\bkfa\b|\bkofi\b|kommunal\w* (ko)?finanzierung|kommunal\w* anteil|kommunal\w* mittel)/],
    examples: ["davon kommunaler Finanzierungsanteil (Kommune)", "KFA", "davon KoFi", "kommunale Kofinanzierung", "kommunaler Anteil (15,2 %)"],
  },
  {
    id: "eb-gesamt",
    names: { current: "BUD_EB_Gesamt" },
    plain: { role: "current", sure: true },
    patterns: [/^(summe |gesamt )?(eingliederungs ?budget|eingliederungstitel|eingliederungsmittel|egt|eb)( gesamt| insgesamt| egt)?$/],
    exclude: /umschicht/,
    examples: ["Eingliederungsbudget (inkl. BEZ)", "Eingliederungstitel", "EGT gesamt", "Eingliederungsmittel 2024", "Eingliederungstitel (EGT) inkl. BEZ", "EGT inkl. BEZ"],
  },
  {
    id: "eb-vorbindungen",
    names: { current: "BUD_EB_Vorbindungen" },
    plain: { role: "current", sure: true },
    patterns: [/^(davon |dav )?(vorbindungen?|verbinderungen?|vorbelastungen?|gebundene mittel|bereits gebundene mittel)( aus( dem| den)?( vorjahr\w*| vj)?)?$/],
    examples: ["Vorbindungen", "Verbinderungen", "davon Vorbelastungen", "gebundene Mittel", "Vorbindungen aus 2024"],
  },
  {
    id: "eb-neubewilligungen",
    names: { current: "BUD_EB_Neubewilligungen" },
    plain: { role: "current", sure: true },
    patterns: [/^(davon |dav )?(neu ?bewilligungen?|neue bewilligungen|mittel fuer neubewilligungen|fuer neubewilligungen verfuegbar|neuzusagen)$/],
    examples: ["Neubewilligungen", "davon Neubewilligungen", "Mittel für Neubewilligungen", "Neu-Bewilligungen"],
  },

  // Personal
  {
    id: "per-koepfe",
    names: { current: "PER_Beschaeftigte" },
    plain: { role: "current", sure: true },
    patterns: [
      /^(gesamt ?beschaeftigten ?zahl|gesamtbeschaeftigte|gesamtzahl (der )?beschaeftigten|anzahl (der )?(beschaeftigten|mitarbeiter|mitarbeitenden|mitarbeiterinnen und mitarbeiter)|(beschaeftigte|mitarbeiter|mitarbeitende|mitarbeiterinnen und mitarbeiter|personal|koepfe)( gesamt| insgesamt| koepfe)?|mitarbeiterzahl|personalbestand( koepfe)?)$/,
    ],
    examples: ["Gesamtbeschäftigtenzahl", "Beschäftigte (Köpfe)", "Anzahl Mitarbeiter", "Mitarbeitende gesamt", "Köpfe"],
  },
  {
    id: "per-vzae",
    names: { current: "PER_VZAE_Gesamt" },
    plain: { role: "current", sure: true },
    patterns: [/^((gesamt |summe |insgesamt )?(vollzeit ?aequivalente?|vzae|vollzeitstellen|vollzeitkraefte|stellen in vzae|personalkapazitaet( in vzae)?)( gesamt| insgesamt)?)$/],
    examples: ["Vollzeitäquivalente", "VZÄ gesamt", "Vollzeitäquivalente insgesamt", "Personalkapazität (VZÄ)", "Summe VZÄ"],
  },
  {
    id: "per-ba",
    names: { current: "PER_Anteil_BA" },
    plain: { role: "current", sure: true },
    patterns: [/^(davon |anteil |personal |personalanteil |beschaeftigte )*(der )?(ba|bundesagentur( fuer arbeit)?|agentur( fuer arbeit)?|seitens der bundesagentur( fuer arbeit)?)( anteil| personal)?$|^ba anteil$|^anteil ba personal$/],
    context: "personal",
    examples: ["Anteil BA", "Personalanteil Bundesagentur für Arbeit", "davon BA", "seitens der Bundesagentur für Arbeit"],
  },
  {
    id: "per-kommune",
    names: { current: "PER_Anteil_Kommune" },
    plain: { role: "current", sure: true },
    patterns: [/^(davon |anteil |personal |personalanteil |beschaeftigte )*(der )?(kommune|kommunal|kommunales personal|landratsamt|landkreis|lra|kreis|seitens des landratsamtes( \w+)*)( anteil| personal)?$/],
    exclude: /finanzierung|kofi|kfa/,
    context: "personal",
    examples: ["Anteil Kommune", "Personalanteil Landratsamt", "davon kommunales Personal", "LRA"],
  },
  {
    id: "per-frauen",
    names: { current: "PER_Anteil_Frauen" },
    plain: { role: "current", sure: true },
    patterns: [/^(anteil |davon |personal )*(der )?(frauen|weiblich|weibliche beschaeftigte|mitarbeiterinnen|beschaeftigte weiblich)( anteil)?$|^frauen ?(anteil|quote)$/],
    context: "personal",
    examples: ["Anteil Frauen", "Frauenanteil", "weiblich", "davon Frauen"],
  },
  {
    id: "per-maenner",
    names: { current: "PER_Anteil_Maenner" },
    plain: { role: "current", sure: true },
    patterns: [/^(anteil |davon |personal )*(der )?(maenner|maennlich|maennliche beschaeftigte|mitarbeiter maennlich|beschaeftigte maennlich)( anteil)?$|^maenner ?(anteil|quote)$/],
    context: "personal",
    examples: ["Anteil Männer", "Männeranteil", "männlich", "davon Männer"],
  },

  // Förderung (the table itself is found by its header, ./findFoe.ts)
  {
    id: "foe-eintritte",
    names: { current: "FOE_Eintritte_Plan" },
    plain: { role: "current", sure: true },
    patterns: [
      /^(anzahl )?(geplante|geplanter|plan) ?(eintritte|foerderungen|foerderfaelle)( gesamt| insgesamt| laut text| lt text)?$/,
      /^(eintritte|eintrittsplanung|planeintritte|foerderungen)( plan| geplant| laut text| lt text| erste aufstellung)+$/,
      /^(eintrittsplanung|planeintritte)( gesamt| insgesamt)?$/,
    ],
    context: "foerderung",
    examples: ["Eintrittsplanung (erste Aufstellung)", "geplante Eintritte", "Planeintritte", "Förderungen laut Text"],
  },

  // Ziele
  {
    id: "integrationen",
    names: { previous: "ZIE_Integrationen_VJ" },
    plain: { role: "previous", sure: false },
    patterns: [/^(anzahl (der )?|summe )?integrationen( gesamt| insgesamt| vj| vorjahr| ist| im vorjahr| des vorjahres)*$/],
    examples: ["Integrationen 2023", "Integrationen Vorjahr", "Anzahl Integrationen (IST 23)", "Integrationen VJ"],
  },
  {
    id: "elb-ziele",
    names: { previous: "ZIE_ELB_VJ" },
    plain: { role: "previous", sure: false },
    patterns: [/^(durchschnittliche?r? |durchschnitt |bestand (an )?)?(elb|e lb|erwerbsfaehige?n? leistungsberechtigte?n?)( bestand| durchschnitt| jdw| vj| vorjahr| im vorjahr| ist)*( (im |in |mit )?(buergergeld|sgb ii|alg ii|arbeitslosengeld ii)( bezug)?)?$/],
    context: "ziele",
    examples: ["ELB 2023", "durchschnittliche ELB (Vorjahr)", "eLb-Bestand 2023 (JDW)", "erwerbsfähige Leistungsberechtigte VJ", "eLb Jahresdurchschnitt 2023"],
  },
  {
    id: "elb-kunden",
    names: { current: "KUN_ELB", previous: "KUN_ELB" },
    plain: { role: "current", sure: true },
    patterns: [/^(durchschnittliche?r? |durchschnitt |bestand (an )?|kundenbestand )?(elb|e lb|erwerbsfaehige?n? leistungsberechtigte?n?)( bestand| kundenbestand| durchschnitt| jdw)*( (im |in |mit )?(buergergeld|sgb ii|alg ii|arbeitslosengeld ii)( bezug)?)?$|^kundenbestand( elb)?$/],
    context: "kunden",
    examples: ["eLb", "Kundenbestand ELB", "durchschnittlicher ELB-Bestand", "Bestand erwerbsfähige Leistungsberechtigte", "eLb im Bürgergeld-Bezug", "eLb gesamt", "Anzahl eLb", "eLb Jahresdurchschnitt", "Anzahl eLb (Durchschnitt)", "Ø eLb"],
  },
  {
    id: "iq",
    names: { current: "ZIE_IQ", previous: "ZIE_IQ_VJ", change: "ZIE_IQ_Veraenderung" },
    plain: { role: "current", sure: false },
    patterns: [
      /^(ziel |ziel ?wert |soll )?(integrationsquote|iq|k2)( gesamt| insgesamt| jfw| ziel| vj| vorjahr| ist| im vorjahr| des vorjahres)*$/,
      /^(veraenderung|entwicklung|delta|abweichung) (der )?(integrationsquote|iq)( gesamt| jfw)*( ggue| gegenueber| zum| vj| vorjahr| in %)*$/,
    ],
    exclude: /maenn|frau|weibl/,
    examples: ["Veränderung IQ ggü. VJ in %", "Integrationsquote gesamt (JFW in %)", "IQ", "Integrationsquote 2023", "IQ Ziel 2024", "Integrationsquote (K2)"],
  },
  {
    id: "iq-maenner",
    names: { current: "ZIE_IQ_Maenner", change: "ZIE_IQ_Maenner_Veraenderung" },
    plain: { role: "current", sure: false },
    patterns: [new RegExp(`^((veraenderung|entwicklung) )?(integrationsquote|iq)( der)? ${MEN}( jfw)?( ggue| vj| in %)*$|^${MEN} (integrationsquote|iq)$`)],
    memberPatterns: [new RegExp(`^(${MEMBER} )?${MEN}$`)],
    under: ["iq"],
    examples: ["IQ Männer", "Integrationsquote Männer", "Veränderung IQ Männer ggü. VJ"],
    memberExamples: ["darunter Männer", "davon männlich", "Männer"],
  },
  {
    id: "iq-frauen",
    names: { current: "ZIE_IQ_Frauen", change: "ZIE_IQ_Frauen_Veraenderung" },
    plain: { role: "current", sure: false },
    patterns: [new RegExp(`^((veraenderung|entwicklung) )?(integrationsquote|iq)( der)? ${WOMEN}( jfw)?( ggue| vj| in %)*$|^${WOMEN} (integrationsquote|iq)$`)],
    memberPatterns: [new RegExp(`^(${MEMBER} )?${WOMEN}$`)],
    under: ["iq"],
    examples: ["IQ Frauen", "Integrationsquote Frauen"],
    memberExamples: ["darunter Frauen", "davon weiblich", "Frauen"],
  },
  {
    id: "lzb",
    names: { current: "ZIE_LZB", change: "ZIE_LZB_Veraenderung" },
    plain: { role: "current", sure: false },
    patterns: [
      /^(ziel |bestand (an )?|ziel ?bestand )?(lzb|langzeit ?leistungsbeziehende|langzeitleistungsbezieher|k3)( bestand| gesamt| insgesamt| jdw| ziel)*$/,
      /^(veraenderung|entwicklung|delta|abweichung) (des )?(bestands? )?(lzb|langzeit ?leistungsbeziehende)( bestand| gesamt| jdw)*( ggue| gegenueber| zum| vj| vorjahr| in %)*$/,
    ],
    exclude: /maenn|frau|weibl/,
    examples: ["Veränderung LZB-Bestand ggü. VJ", "Bestand LZB (JDW)", "LZB", "Langzeitleistungsbeziehende gesamt", "Ziel Bestand LZB 2024"],
  },
  {
    id: "lzb-maenner",
    names: { current: "ZIE_LZB_Maenner", change: "ZIE_LZB_Maenner_Veraenderung" },
    plain: { role: "current", sure: false },
    patterns: [new RegExp(`^((veraenderung|entwicklung) )?(bestand )?(lzb|langzeit ?leistungsbeziehende)( bestand)? ${MEN}( jdw)?( ggue| vj| in %)*$`)],
    memberPatterns: [new RegExp(`^(${MEMBER} )?${MEN}$`)],
    under: ["lzb"],
    examples: ["LZB Männer", "Bestand LZB Männer"],
    memberExamples: ["darunter Männer", "davon Männer"],
  },
  {
    id: "lzb-frauen",
    names: { current: "ZIE_LZB_Frauen", change: "ZIE_LZB_Frauen_Veraenderung" },
    plain: { role: "current", sure: false },
    patterns: [new RegExp(`^((veraenderung|entwicklung) )?(bestand )?(lzb|langzeit ?leistungsbeziehende)( bestand)? ${WOMEN}( jdw)?( ggue| vj| in %)*$`)],
    memberPatterns: [new RegExp(`^(${MEMBER} )?${WOMEN}$`)],
    under: ["lzb"],
    examples: ["LZB Frauen", "Bestand LZB Frauen"],
    memberExamples: ["darunter Frauen", "davon Frauen"],
  },

  // Kunden
  {
    id: "kun-anteil-lzb",
    names: { current: "KUN_Anteil_LZB", previous: "KUN_Anteil_LZB_VJ" },
    plain: { role: "current", sure: true },
    patterns: [/^(anteil (der )?(lzb|langzeit ?leistungsbeziehenden?)( am (elb )?bestand| an (den )?elb)?|lzb ?anteil|lzb quote)( vj| vorjahr)?$/],
    examples: ["Anteil LZB am Bestand", "LZB-Anteil", "Anteil der Langzeitleistungsbeziehenden", "Anteil LZB Vorjahr"],
  },
  {
    id: "kun-auslaender",
    names: { current: "KUN_Anteil_Auslaender" },
    plain: { role: "current", sure: true },
    patterns: [/^(anteil )?(der )?(auslaender\w*|auslaendische\w*( arbeitslose)?|nichtdeutsche\w*)( arbeitslose)?( anteil)?$/],
    context: "kunden",
    examples: ["Anteil Ausländer", "Ausländeranteil", "Anteil ausländische Arbeitslose", "Nichtdeutsche"],
  },
  {
    id: "kun-jugendliche",
    names: { current: "KUN_Anteil_Jugendliche", previous: "KUN_Anteil_Jugendliche_VJ" },
    plain: { role: "current", sure: true },
    patterns: [/^(anteil )?(der )?(jugendliche\w*|juengere\w*|u ?25|unter 25( jaehrige)?|junge menschen)( arbeitslose)?( anteil)?( vj| vorjahr)?$/],
    context: "kunden",
    examples: ["Anteil Jugendliche", "Anteil U25", "Jugendliche Arbeitslose", "Anteil unter 25-Jährige"],
  },
  {
    id: "kun-alleinerziehende",
    names: { current: "KUN_Alleinerziehende", previous: "KUN_Alleinerziehende_VJ" },
    plain: { role: "current", sure: true },
    patterns: [/^(anzahl )?(der )?(alleinerziehende\w*)( im leistungsbezug| elb| bg)?( vj| vorjahr)?$/],
    context: "kunden",
    examples: ["Alleinerziehende", "Alleinerziehende im Leistungsbezug", "Anzahl Alleinerziehende", "Alleinerziehende VJ"],
  },
];

const BY_ID = new Map(LABELS.map((l) => [l.id, l]));

export function labelSpec(id: string): LabelSpec | undefined {
  return BY_ID.get(id);
}

/** Header words that make a column the planning year's, the previous year's, or the change. */
export const ROLE_WORDS: Record<Role, RegExp> = {
  change: /\b(veraenderung\w*|veraend|vgl|ggue|gegenueber|delta|abweichung|differenz|entwicklung|zu vj|vj in %|%-?pkt|prozentpunkte)\b|\+ ?\/ ?-|\+-/,
  previous: /\b(ist|vj|vorjahr\w*|ist wert|ergebnis)\b/,
  current: /\b(ziel\w*|plan\w*|soll|planung|zielwert|planwert)\b/,
};

/** Sheet or section names telling an area. */
export const AREA_WORDS: Record<AreaId, RegExp> = {
  eckdaten: /(eckdaten|allgemein|deckblatt|stammdaten)/,
  haushalt: /(haushalt|budget|finanz|\bmittel\b|\bvwh\b|\begt\b)/,
  personal: /(personal|stellen|\bvzae\b|mitarbeit|beschaeftigt)/,
  foerderung: /(foerder|instrument|eintritt|massnahme|eingliederungsmittel\b)/,
  ziele: /(\bziel|wirkung|kennzahl)/,
  kunden: /(kunde|kundschaft|bedarfsgemeinschaft|\belb\b|\bbg\b)/,
};

/** Labels of the Förderung table's total row (level 0). "Summe …"/"Zwischensumme" inside the table are subtotals. */
export const FOE_TOTAL = /^(gesamt|insgesamt|summe|gesamtsumme|summe gesamt|gesamt summe|eintritte gesamt|gesamt eintritte|eintritte insgesamt|foerderungen gesamt|summe eintritte|summe aller instrumente|alle instrumente|total)$/;

/** A part row of the Förderung table ("darunter U25", "hiervon Frauen"): never an instrument. Same test as the check's level 2. */
export const FOE_PART = LEVEL2;

/** Instrument names and abbreviations that mark a Förderung table (for its confidence, not to find it). */
export const INSTRUMENT_WORDS =
  /\b(fbw|weiterbildung|eingliederungszuschuss\w*|egz|aktivierung|avgs|mae|mat|mag|arbeitsgelegenheit\w*|agh|einstiegsgeld|esg|16 ?[eihk]|16e|16i|teilhabe|taam|evl|fav|gabe|freie foerderung|reha|bez|vermittlungsbudget|vb|arbeitsverhaeltnis\w*|coaching|berufsausbildung|bae|jugend\w*|juengere|traeger|arbeitgeber)\b/;
