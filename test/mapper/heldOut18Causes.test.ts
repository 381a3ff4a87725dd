// The causes behind the eighteenth held-out set's misses (test/fixtures/heldOut18.ts), each tested with wordings the
// tester did not write and near misses that must stay non-high.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { isMissingValueText } from "../../src/core/mapper/missingValue";
import { isYearTitleWithAsOf, withoutAsOfRemark } from "../../src/core/mapper/asOfRemark";
import { readColumn } from "../../src/core/columnRoles";
import { num, pct, rows, usedCells, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear?: number): Map<string, Proposal> {
  const all = planYear ? [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets] : sheets;
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("a template's placeholder is a value still to come, no column header", () => {
  it.each(["bitte eintragen", "(bitte ausfüllen)", "[hier eintragen]", "noch offen", "Bitte ergänzen!", "xxx"])("„%s“ reads as a missing value", (text) => {
    expect(isMissingValueText(text)).toBe(true);
  });

  it.each(["Bitte beachten", "Eintritte", "offen für alle", "Ausfüllhinweise", "Ziel 2026"])("near miss: „%s“ is no placeholder", (text) => {
    expect(isMissingValueText(text)).toBe(false);
  });

  /** A target table under a previous year's block, rows of placeholders between header and the stock rows. */
  const targets = (section: string, placeholder: string) => ({
    name: "Zielwerte",
    cells: rows("A1", [
      [section],
      ["Integrationen", num(640)],
      [],
      ["Kennziffer", "Zielwert 2026", "Veränderung ggü. Vorjahr"],
      ["Integrationsquote", pct(0.21), pct(0.02)],
      ["IQ Frauen", placeholder, placeholder],
      ["Langzeitleistungsbezieher (Bestand)", num(1_950), pct(-0.02)],
      ["davon weiblich", num(1_010), pct(-0.01)],
    ]),
  });

  it.each([
    ["Ergebnisse Vorjahr 2025", "hier eintragen"],
    ["Ist-Werte 2025", "(bitte ausfüllen)"],
  ])("under „%s“ the stock rows below „%s“ still belong to the target column", (section, placeholder) => {
    const by = map([targets(section, placeholder)], 2026);
    expect(high(by, "ZIE_LZB")).toBe("Zielwerte!$B$7");
    expect(high(by, "ZIE_LZB_Frauen")).toBe("Zielwerte!$B$8");
    expect(high(by, "ZIE_LZB_VJ")).toBeUndefined();
    expect(high(by, "ZIE_LZB_Frauen_VJ")).toBeUndefined();
  });

  it("near miss: a real text header row between the tables still heads the rows below it", () => {
    const by = map(
      [
        {
          name: "Zielwerte",
          cells: rows("A1", [
            ["Kennziffer", "Zielwert 2026"],
            ["Integrationsquote", pct(0.21)],
            ["Kennziffer", "Ist 2025"],
            ["Langzeitleistungsbezieher (Bestand)", num(1_950)],
          ]),
        },
      ],
      2026,
    );
    expect(high(by, "ZIE_LZB")).toBeUndefined();
  });
});

describe("an as-of remark in a section title says when, not which year", () => {
  it.each([
    ["Vorjahr 2025 (Prognose, Stand 31.01.2026)", "Vorjahr 2025 (Prognose)"],
    ["Ergebnisse 2024 – Datenstand 02/2025", "Ergebnisse 2024 –"],
    ["Ist 2025 (Stand: Februar 2026)", "Ist 2025"],
  ])("„%s“ without its remark is „%s“", (text, plain) => {
    expect(withoutAsOfRemark(text)).toBe(plain);
    expect(isYearTitleWithAsOf(text)).toBe(true);
  });

  it.each(["Stand 31.01.2026", "Stand der Planung", "Integrationen 2025 (Stand 31.01.2026)", "Vorjahr 2025"])("near miss: „%s“ is no year title with an as-of remark", (text) => {
    expect(isYearTitleWithAsOf(text)).toBe(false);
  });

  const block = (title: string) => ({
    name: "Zielsystem",
    cells: rows("A1", [
      [title],
      ["Integrationen", num(702)],
      ["erwerbsfähige Leistungsberechtigte (JDW)", num(3_980)],
      ["Langzeitleistungsbezieher (Bestand)", num(2_310)],
      [],
      ["Kennziffer", "Soll 2026"],
      ["Langzeitleistungsbezieher (Bestand)", num(2_250)],
    ]),
  });

  it.each(["Vorjahr 2025 (Hochrechnung, Stand 15.01.2026)", "Ergebnisse 2025 – Stand: Januar 2026", "Ist 2025 (Datenstand 31.12.2025)"])("under „%s“ the values are the previous year's", (title) => {
    const by = map([block(title)], 2026);
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("Zielsystem!$B$2");
    expect(high(by, "ZIE_ELB_VJ")).toBe("Zielsystem!$B$3");
    expect(high(by, "ZIE_LZB_VJ")).toBe("Zielsystem!$B$4");
    expect(high(by, "ZIE_LZB")).toBe("Zielsystem!$B$7");
    expect(high(by, "ZIE_ELB")).toBeUndefined();
    expect(high(by, "AIP_Stand")).toBeUndefined();
  });

  it("near miss: a forecast of a year before the previous one stays non-sure for either name", () => {
    const by = map([block("Prognose 2024 (Stand 31.01.2025)")], 2026);
    expect(high(by, "ZIE_ELB")).toBeUndefined();
    expect(high(by, "ZIE_ELB_VJ")).toBeUndefined();
  });
});

describe("monthly interim columns beside the year's target (JFW Jan … JFW Dez)", () => {
  it.each(["Mär", "JFW Mär.", "Zwischenwert Mär"])("„%s“ reads as a month column", (text) => {
    expect(readColumn(text).kind).toBe("month");
  });

  it.each(["Märkte", "Maerker"])("near miss: „%s“ is no month", (text) => {
    expect(readColumn(text).kind).not.toBe("month");
  });

  const MONTHS = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];
  it.each([
    ["Jahresziel 2026", (m: string) => `Zwischenwert ${m}`],
    ["Ziel 2026", (m: string) => `${m}.`],
  ])("beside „%s“ and monthly columns the year's column is the target", (head, month) => {
    const by = map(
      [
        {
          name: "Ziele",
          cells: rows("A1", [
            ["Kennzahl", head, ...MONTHS.map(month)],
            ["Integrationsquote", pct(0.2), ...MONTHS.map((_, i) => pct(0.02 * (i + 1)))],
            ["LZB-Bestand", num(2_400), ...MONTHS.map((_, i) => num(2_500 - 8 * i))],
          ]),
        },
      ],
      2026,
    );
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$B$2");
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$B$3");
  });
});

describe("a change history is never a source", () => {
  const overview = {
    name: "Planung",
    cells: rows("A1", [
      ["Verwaltungskostenbudget", num(6_900_000)],
      ["Eingliederungsmittel", num(2_100_000)],
      ["Beschäftigte (Köpfe)", num(88)],
    ]),
  };
  const log = (name: string, header: string[]) => ({
    name,
    cells: rows("A1", [
      header,
      ["12.01.2026", "Verwaltungskostenbudget", num(6_750_000), num(6_900_000)],
      ["20.01.2026", "Eingliederungsmittel", num(2_000_000), num(2_100_000)],
      ["03.02.2026", "Beschäftigte (Köpfe)", num(86), num(88)],
    ]),
  });

  it.each([
    ["Änderungsprotokoll", ["Datum", "Position", "Wert vorher", "Wert nachher"]],
    ["Versionsverlauf", ["Datum", "Position", "Betrag", "Betrag"]],
    ["Log", ["geändert am", "Kennzahl", "bisheriger Wert", "Wert neu"]],
    ["Notizen", ["Datum", "Kennzahl", "alt", "neu"]],
  ])("beside a sheet „%s“ the planning sheet's values are sure", (name, header) => {
    const by = map([overview, log(name, header)], 2026);
    expect(high(by, "BUD_VH_Gesamt")).toBe("Planung!$B$1");
    expect(high(by, "BUD_EB_Gesamt")).toBe("Planung!$B$2");
    expect(high(by, "PER_Beschaeftigte")).toBe("Planung!$B$3");
  });

  it("near miss: a sheet „Historie“ of earlier years is no change log: its values still compete", () => {
    const by = map([overview, log("Historie", ["Jahr", "Kennzahl", "Wert", "Wert"])], 2026);
    expect(high(by, "BUD_VH_Gesamt")).toBeUndefined();
  });

  it("near miss: a revision table without date or version („Kennzahl | bisher | neu“) stays a source", () => {
    const by = map([log("Nachtrag", ["Nr.", "Kennzahl", "bisher", "neu"])], 2026);
    expect(by.get("BUD_VH_Gesamt")?.ref).toMatch(/^Nachtrag!/);
  });

  it("near miss: a change log alone yields no sure value", () => {
    const by = map([log("Änderungshistorie", ["Datum", "Kennzahl", "alter Wert", "neuer Wert"])], 2026);
    expect(high(by, "BUD_VH_Gesamt")).toBeUndefined();
    expect(high(by, "PER_Beschaeftigte")).toBeUndefined();
  });
});

describe("the participle „umgeschichtet“ names the reallocation", () => {
  const budget = (label: string) => ({
    name: "Finanzen",
    cells: rows("A1", [
      ["Position", "Plan 2026"],
      ["Verwaltungshaushalt", num(8_000_000)],
      [label, num(1_400_000)],
      ["Eingliederungsbudget", num(2_500_000)],
    ]),
  });

  it.each(["davon umgeschichtete Mittel aus dem EGT", "dar. in den VH umgeschichtet"])("„%s“ is BUD_VH_Umschichtung, the EB row stays BUD_EB_Gesamt", (label) => {
    const by = map([budget(label)], 2026);
    expect(high(by, "BUD_VH_Umschichtung")).toBe("Finanzen!$B$3");
    expect(high(by, "BUD_EB_Gesamt")).toBe("Finanzen!$B$4");
  });

  it("near miss: „Eingliederungstitel ohne umgeschichtete Mittel“ is the allocation, no reallocation", () => {
    const by = map([budget("Eingliederungstitel ohne umgeschichtete Mittel")], 2026);
    expect(high(by, "BUD_VH_Umschichtung")).toBeUndefined();
  });
});

describe("a column header with a year's role below a section title starts a new context", () => {
  const sheet = (title: string, header: string[]) => ({
    name: "Wirkung",
    cells: rows("A1", [
      [title],
      ["Integrationen", num(700)],
      [],
      header,
      ["Integrationsquote insgesamt", pct(0.2), pct(0.01)],
      ["Langzeitleistungsbezieher (Bestand)", num(2_805), pct(0.031)],
    ]),
  });

  it.each([
    ["Ergebnisse 2023 (endgültig)", ["Kennzahl", "Zielwert 2025", "Veränderung"]],
    ["Ist 2022", ["Merkmal", "Soll 2025", "Abweichung in %"]],
  ])("under „%s“ a table headed by a year's role holds sure targets", (title, header) => {
    const by = map([sheet(title, header)], 2025);
    expect(high(by, "ZIE_IQ")).toBe("Wirkung!$B$5");
    expect(high(by, "ZIE_LZB")).toBe("Wirkung!$B$6");
  });

  it("near miss: a header naming only a change leaves the section's year: no sure target", () => {
    const by = map([sheet("Ergebnisse 2023 (endgültig)", ["Kennzahl", "Wert", "Veränderung"])], 2025);
    expect(high(by, "ZIE_IQ")).toBeUndefined();
    expect(high(by, "ZIE_LZB")).toBeUndefined();
  });

  it("near miss: a header right under the title is the section's own table: its plain column keeps the title's year", () => {
    const by = map(
      [
        {
          name: "Wirkung",
          cells: rows("A1", [
            ["Zielvereinbarung 2025"],
            ["Kennzahl", "Ergebnis 2024", "Wert"],
            ["Integrationsquote insgesamt", pct(0.19), pct(0.2)],
          ]),
        },
      ],
      2025,
    );
    expect(high(by, "ZIE_IQ")).toBe("Wirkung!$C$3");
  });

  it("near miss: an archive section stays an archive below a header", () => {
    const by = map([sheet("Archiv (alte Planung)", ["Kennzahl", "Ziel 2025", "Veränderung"])], 2025);
    expect(high(by, "ZIE_IQ")).toBeUndefined();
  });
});
