// The embedded example: the 2024 programme of the Jobcenter Ilm-Kreis as a planning workbook, laid out as
// a controller keeps it (sheets Haushalt, Personal, Förderung, Ziele, Kunden) with every contract name
// workbook-scoped. Figures go in as published, including the text's 458 planned entries. Formulas are
// where a controller writes them (SUMIF for the Förderung totals, SUM for VZÄ, integrations / ELB for
// the previous year's IQ); their cached results are computed here as a spreadsheet would.
import { dateToSerial } from "../excelDate";
import type { ModelCell, ModelName, ModelSheet, WorkbookModel } from "../workbookModel";

export const FORMATS = {
  money: '#,##0 "€"',
  count: "#,##0",
  share: "0.0%",
  change: "+0.0%;-0.0%;0.0%",
  vzae: "0.0",
  date: "dd.mm.yyyy",
  year: "0",
  text: "@",
} as const;

/** Förderung rows as published: instrument, Ebene, Ist 2023, Plan 2024 (Begründung is empty in the source). */
export const FOE_ROWS_2024: ReadonlyArray<[string, number, number, number]> = [
  ["Förderung berufliche Weiterbildung", 1, 56, 37],
  ["Eingliederungszuschuss", 1, 59, 64],
  ["Maßnahmen zur Aktivierung und beruflichen Eingliederung", 1, 541, 489],
  ["darunter Maßnahmen bei einem Träger", 2, 6, 0],
  ["darunter Aktivierungs- und Vermittlungsgutschein", 2, 405, 371],
  ["darunter Maßnahmen bei einem Arbeitgeber", 2, 130, 118],
  ["GaBe", 1, 16, 55],
  ["Arbeitsgelegenheiten", 1, 133, 145],
  ["TaAM gemäß §16i SGB II", 1, 2, 1],
  ["Förderung von Arbeitsverhältnissen", 1, 0, 0],
  ["Freie Förderung", 1, 3, 0],
  ["Einstiegsgeld", 1, 61, 78],
  ["spezielle Maßnahmen für Jüngere", 1, 4, 0],
];

export const VZAE_BEREICHE_2024: ReadonlyArray<[string, number]> = [
  ["Markt und Integration", 42.5],
  ["Leistung", 39.8],
  ["Sonstiges operatives Personal", 19.1],
  ["Sonstiges administratives Personal", 5.5],
  ["Weitere Bereiche", 8.1],
];

/** Round like a spreadsheet's 15 significant digits, so 42.5 + 39.8 + … caches as 115. */
const spreadsheetNumber = (x: number) => Number(x.toPrecision(15));

class SheetBuilder {
  readonly sheet: ModelSheet;
  constructor(name: string, columnWidths: number[]) {
    this.sheet = { name, columnWidths, cells: {} };
  }
  label(a1: string, text: string, bold = false) {
    this.sheet.cells[a1] = { value: text, ...(bold ? { bold } : {}) };
    return this;
  }
  put(a1: string, cell: ModelCell) {
    this.sheet.cells[a1] = cell;
    return this;
  }
}

export function buildExample2024(): WorkbookModel {
  const names: ModelName[] = [];
  const name = (n: string, sheet: string, range: string) => {
    const abs = range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    names.push({ name: n, refersTo: `=${sheet}!${abs}` });
  };
  const v = (value: number | string, numberFormat?: string): ModelCell => ({ value, ...(numberFormat ? { numberFormat } : {}) });

  const haushalt = new SheetBuilder("Haushalt", [58, 16]);
  haushalt
    .label("A1", "Übersicht Verwaltungshaushalt und Eingliederungsbudget in Euro", true)
    .label("A3", "Jobcenter").put("B3", v("Jobcenter Ilm-Kreis"))
    .label("A4", "Planjahr").put("B4", v(2024, FORMATS.year))
    .label("A5", "Stand").put("B5", v(dateToSerial(new Date(Date.UTC(2024, 1, 21))), FORMATS.date))
    .label("A7", "Verwaltungshaushalt", true).put("B7", v(9994076, FORMATS.money))
    .label("A8", "davon gemäß Eingliederungsmittelverordnung (Bund)").put("B8", v(6593989, FORMATS.money))
    .label("A9", "davon aus Eingliederungstitel für Umschichtungen (Bund)").put("B9", v(1793645, FORMATS.money))
    .label("A10", "davon kommunaler Finanzierungsanteil (Kommune)").put("B10", v(1606442, FORMATS.money))
    .label("A12", "Eingliederungsbudget (inkl. BEZ)", true).put("B12", v(2970357, FORMATS.money))
    .label("A13", "Vorbindungen").put("B13", v(1632294, FORMATS.money))
    .label("A14", "Neubewilligungen").put("B14", v(1338063, FORMATS.money));
  name("AIP_Jobcenter", "Haushalt", "B3");
  name("AIP_Planjahr", "Haushalt", "B4");
  name("AIP_Stand", "Haushalt", "B5");
  name("BUD_VH_Gesamt", "Haushalt", "B7");
  name("BUD_VH_EinglMV", "Haushalt", "B8");
  name("BUD_VH_Umschichtung", "Haushalt", "B9");
  name("BUD_VH_KFA", "Haushalt", "B10");
  name("BUD_EB_Gesamt", "Haushalt", "B12");
  name("BUD_EB_Vorbindungen", "Haushalt", "B13");
  name("BUD_EB_Neubewilligungen", "Haushalt", "B14");

  const personal = new SheetBuilder("Personal", [40, 12]);
  const vzaeSum = spreadsheetNumber(VZAE_BEREICHE_2024.reduce((s, [, x]) => s + x, 0));
  personal
    .label("A1", "Personalstruktur", true)
    .label("A3", "Beschäftigte (Köpfe)").put("B3", v(123, FORMATS.count))
    .label("A4", "Vollzeitäquivalente gesamt").put("B4", { value: vzaeSum, formula: "=SUM(B12:B16)", numberFormat: FORMATS.vzae })
    .label("A6", "Anteil Bundesagentur für Arbeit").put("B6", v(0.78, FORMATS.share))
    .label("A7", "Anteil Landratsamt (Kommune)").put("B7", v(0.22, FORMATS.share))
    .label("A8", "Anteil Frauen").put("B8", v(0.86, FORMATS.share))
    .label("A9", "Anteil Männer").put("B9", v(0.14, FORMATS.share))
    .label("A11", "Bereich", true).label("B11", "VZÄ", true);
  VZAE_BEREICHE_2024.forEach(([bereich, x], i) => {
    personal.label(`A${12 + i}`, bereich).put(`B${12 + i}`, v(x, FORMATS.vzae));
  });
  name("PER_Beschaeftigte", "Personal", "B3");
  name("PER_VZAE_Gesamt", "Personal", "B4");
  name("PER_Anteil_BA", "Personal", "B6");
  name("PER_Anteil_Kommune", "Personal", "B7");
  name("PER_Anteil_Frauen", "Personal", "B8");
  name("PER_Anteil_Maenner", "Personal", "B9");
  name("PER_VZAE_Bereiche", "Personal", "A12:B16");

  const foerderung = new SheetBuilder("Förderung", [56, 8, 12, 12, 40]);
  const last = 3 + FOE_ROWS_2024.length; // Gesamt in row 3, instruments below
  const ebene1 = FOE_ROWS_2024.filter(([, e]) => e === 1);
  foerderung
    .label("A1", "Umsetzung Förderbedarfe", true)
    .label("A2", "Instrument", true).label("B2", "Ebene", true).label("C2", "Ist 2023", true)
    .label("D2", "Plan 2024", true).label("E2", "Begründung", true)
    .label("A3", "Gesamt", true).put("B3", v(0, FORMATS.year))
    .put("C3", { value: ebene1.reduce((s, r) => s + r[2], 0), formula: `=SUMIF(B4:B${last},1,C4:C${last})`, numberFormat: FORMATS.count, bold: true })
    .put("D3", { value: ebene1.reduce((s, r) => s + r[3], 0), formula: `=SUMIF(B4:B${last},1,D4:D${last})`, numberFormat: FORMATS.count, bold: true });
  FOE_ROWS_2024.forEach(([instrument, ebene, ist, plan], i) => {
    const r = 4 + i;
    foerderung.label(`A${r}`, instrument).put(`B${r}`, v(ebene, FORMATS.year))
      .put(`C${r}`, v(ist, FORMATS.count)).put(`D${r}`, v(plan, FORMATS.count));
  });
  foerderung
    .label(`A${last + 2}`, "Planeintritte laut Text (erste Aufstellung)")
    .put(`B${last + 2}`, v(458, FORMATS.count));
  name("FOE_Tabelle", "Förderung", `A3:E${last}`);
  name("FOE_Eintritte_Plan", "Förderung", `B${last + 2}`);

  const ziele = new SheetBuilder("Ziele", [40, 14, 24, 16]);
  ziele
    .label("A1", "Wirkung / Ziele", true)
    .label("A3", "Integrationen im Vorjahr").put("B3", v(750, FORMATS.count))
    .label("A4", "ELB im Vorjahr (Durchschnitt)").put("B4", v(4560, FORMATS.count))
    .label("A5", "Integrationsquote Vorjahr").put("B5", { value: 750 / 4560, formula: "=B3/B4", numberFormat: FORMATS.share })
    .label("A7", "Kennzahl", true).label("B7", "Ziel 2024", true).label("C7", "Veränderung ggü. VJ in %", true)
    .label("D7", "Vorjahr 2023", true);
  const targets: Array<[string, string, number, string, number]> = [
    ["Integrationsquote gesamt (JFW)", "ZIE_IQ", 0.16, "ZIE_IQ_Veraenderung", -0.025],
    ["darunter Männer", "ZIE_IQ_Maenner", 0.195, "ZIE_IQ_Maenner_Veraenderung", -0.036],
    ["darunter Frauen", "ZIE_IQ_Frauen", 0.127, "ZIE_IQ_Frauen_Veraenderung", -0.008],
    ["Bestand LZB (JDW)", "ZIE_LZB", 2721, "ZIE_LZB_Veraenderung", 0.063],
    ["darunter Männer", "ZIE_LZB_Maenner", 1301, "ZIE_LZB_Maenner_Veraenderung", 0.041],
    ["darunter Frauen", "ZIE_LZB_Frauen", 1420, "ZIE_LZB_Frauen_Veraenderung", 0.085],
  ];
  targets.forEach(([label, target, value, change, delta], i) => {
    const r = 8 + i;
    ziele.label(`A${r}`, label).put(`B${r}`, v(value, i < 3 ? FORMATS.share : FORMATS.count)).put(`C${r}`, v(delta, FORMATS.change));
    name(target, "Ziele", `B${r}`);
    name(change, "Ziele", `C${r}`);
  });
  // The previous year by gender and the LZB stock of the previous year are optional names; the published
  // programme gives none of them, so their cells stay empty (the slots are there for a Jobcenter that has them).
  // The total IQ of the previous year is ZIE_IQ_VJ above; D8 only shows it.
  ziele.put("D8", { value: 750 / 4560, formula: "=B5", numberFormat: FORMATS.share });
  const previous: Array<[string, number, string]> = [
    ["ZIE_IQ_Maenner_VJ", 9, FORMATS.share],
    ["ZIE_IQ_Frauen_VJ", 10, FORMATS.share],
    ["ZIE_LZB_VJ", 11, FORMATS.count],
    ["ZIE_LZB_Maenner_VJ", 12, FORMATS.count],
    ["ZIE_LZB_Frauen_VJ", 13, FORMATS.count],
  ];
  for (const [n, r, numberFormat] of previous) {
    ziele.put(`D${r}`, { value: null, numberFormat });
    name(n, "Ziele", `D${r}`);
  }
  name("ZIE_Integrationen_VJ", "Ziele", "B3");
  name("ZIE_ELB_VJ", "Ziele", "B4");
  name("ZIE_IQ_VJ", "Ziele", "B5");

  const kunden = new SheetBuilder("Kunden", [40, 12, 12]);
  kunden
    .label("A1", "Kundenstruktur", true)
    .label("A3", "ELB (Durchschnitt)").put("B3", v(4560, FORMATS.count))
    .label("A4", "Kennzahl", true).label("B4", "aktuell", true).label("C4", "Vorjahr", true)
    .label("A5", "Anteil Langzeitleistungsbeziehende").put("B5", v(0.561, FORMATS.share)).put("C5", v(0.698, FORMATS.share))
    .label("A6", "Anteil ausländischer Arbeitsloser").put("B6", v(0.305, FORMATS.share))
    .label("A7", "Anteil arbeitsloser Jugendlicher").put("B7", v(0.076, FORMATS.share)).put("C7", v(0.075, FORMATS.share))
    .label("A8", "Alleinerziehende im Leistungsbezug").put("B8", v(683, FORMATS.count)).put("C8", v(645, FORMATS.count))
    .label("A10", "Haushaltsgröße", true).label("B10", "Anteil BG", true)
    .label("A11", "1 Person").put("B11", v(0.6, FORMATS.share))
    .label("A12", "2 Personen").put("B12", v(0.2, FORMATS.share))
    .label("A13", "3 und mehr Personen").put("B13", v(0.2, FORMATS.share));
  name("KUN_ELB", "Kunden", "B3");
  name("KUN_Anteil_LZB", "Kunden", "B5");
  name("KUN_Anteil_LZB_VJ", "Kunden", "C5");
  name("KUN_Anteil_Auslaender", "Kunden", "B6");
  name("KUN_Anteil_Jugendliche", "Kunden", "B7");
  name("KUN_Anteil_Jugendliche_VJ", "Kunden", "C7");
  name("KUN_Alleinerziehende", "Kunden", "B8");
  name("KUN_Alleinerziehende_VJ", "Kunden", "C8");
  name("KUN_BG_Groesse", "Kunden", "A11:B13");

  return { sheets: [haushalt.sheet, personal.sheet, foerderung.sheet, ziele.sheet, kunden.sheet], names };
}
