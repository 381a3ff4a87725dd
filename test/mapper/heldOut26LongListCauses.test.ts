// The cause behind ho26-datenbasis's misses (test/fixtures/heldOut26.ts): a long-format list, one row per figure and
// year (src/core/mapper/longList.ts). Tested with other lists than the tester's — other heads, column orders and
// places on the sheet, a Plan/Ist column — and near misses that must stay non-high.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { num, pct, rows, usedCells, type Layout, type LayoutCell } from "../fixtures/layouts";

const p1 = (v: number): LayoutCell => pct(v, "0.0%");
const y = (v: number): LayoutCell => num(v, "0");

function map(sheets: Layout["sheets"], planYear = 2025): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", y(planYear)]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);
const notHigh = (by: Map<string, Proposal>, names: string[]) => names.filter((n) => by.get(n)?.confidence === "high");

describe("a long list of figures: heads, column order and place vary", () => {
  // Größe | Themenfeld | Berichtsjahr | Betrag | Maßeinheit, starting at B4 under a title and a remark.
  const sheet = {
    name: "Liste",
    cells: rows("B1", [
      ["Steuerungsdaten (Export)"],
      ["nur Spalte E ändern"],
      [],
      ["Größe", "Themenfeld", "Berichtsjahr", "Betrag", "Maßeinheit"],
      ["Integrationsquote", "Wirkung", y(2025), p1(0.171), "%"],
      ["Integrationsquote", "Wirkung", y(2024), p1(0.168), "%"],
      ["Integrationen", "Wirkung", y(2024), num(812), "Anz."],
      ["Verwaltungskostenbudget", "Finanzen", y(2025), num(9_100_000), "Euro"],
      ["Verwaltungskostenbudget", "Finanzen", y(2024), num(8_800_000), "Euro"],
      ["Anteil Langzeitleistungsbezieher", "Kundenstruktur", y(2024), p1(0.61), "%"],
      ["Anteil Langzeitleistungsbezieher", "Kundenstruktur", y(2023), p1(0.63), "%"],
      ["Anteil Frauen", "Personal", y(2025), pct(0.8, "0%"), "%"],
    ]),
  };

  it("reads each row's figure and year: plan year = target, year before = _VJ, customers y−1/y−2", () => {
    const by = map([sheet]);
    expect([high(by, "ZIE_IQ"), high(by, "ZIE_IQ_VJ"), high(by, "ZIE_Integrationen_VJ"), high(by, "BUD_VH_Gesamt")]).toEqual(["Liste!$E$5", "Liste!$E$6", "Liste!$E$7", "Liste!$E$8"]);
    expect([high(by, "KUN_Anteil_LZB"), high(by, "KUN_Anteil_LZB_VJ"), high(by, "PER_Anteil_Frauen")]).toEqual(["Liste!$E$10", "Liste!$E$11", "Liste!$E$12"]);
  });

  it("reads the same list with the columns in another order and other head words", () => {
    // Zeitraum | Anzahl | Merkmal | Bereich: the value left of the label.
    const by = map([
      {
        name: "Daten",
        cells: rows("A1", [
          ["Zeitraum", "Anzahl", "Merkmal", "Bereich"],
          [y(2024), num(3_980), "eLb (Jahresdurchschnitt)", "Ziele"],
          [y(2024), num(3_980), "eLb (Jahresdurchschnitt)", "Kunden"],
          [y(2025), num(2_410), "LZB", "Ziele"],
          [y(2024), num(702), "Alleinerziehende", "Kunden"],
          [y(2023), num(688), "Alleinerziehende", "Kunden"],
        ]),
      },
    ]);
    expect([high(by, "ZIE_ELB_VJ"), high(by, "KUN_ELB"), high(by, "ZIE_LZB"), high(by, "KUN_Alleinerziehende"), high(by, "KUN_Alleinerziehende_VJ")]).toEqual([
      "Daten!$B$2",
      "Daten!$B$3",
      "Daten!$B$4",
      "Daten!$B$5",
      "Daten!$B$6",
    ]);
  });

  it("takes the row's kind from a Plan/Ist column: in-year Ist, last year's plan and forecasts are no rivals", () => {
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Indikator", "Jahr", "Art", "Wert"],
          ["IQ", y(2025), "Plan", p1(0.17)],
          ["IQ", y(2025), "Ist", p1(0.05)],
          ["IQ", y(2024), "Ist", p1(0.166)],
          ["IQ", y(2024), "Plan", p1(0.172)],
          ["LZB", y(2025), "Ziel", num(2_300)],
          ["LZB", y(2025), "Prognose", num(2_350)],
        ]),
      },
    ]);
    expect([high(by, "ZIE_IQ"), high(by, "ZIE_IQ_VJ"), high(by, "ZIE_LZB")]).toEqual(["Ziele!$D$2", "Ziele!$D$4", "Ziele!$D$6"]);
  });
});

describe("near misses of a long list stay not sure", () => {
  const list = (head: LayoutCell[], body: LayoutCell[][]) => [{ name: "Werte", cells: rows("A1", [head, ...body]) }];

  it("rows of other years only (2022 in a 2025 programme) give no sure figure", () => {
    const by = map(
      list(["Kennzahl", "Jahr", "Wert"], [
        ["Integrationsquote", y(2022), p1(0.15)],
        ["Integrationen", y(2022), num(700)],
        ["Eingliederungsbudget", y(2022), num(2_000_000)],
        ["Anteil Alleinerziehende", y(2021), p1(0.12)],
      ]),
    );
    expect(notHigh(by, ["ZIE_IQ", "ZIE_IQ_VJ", "ZIE_Integrationen_VJ", "BUD_EB_Gesamt", "KUN_Alleinerziehende"])).toEqual([]);
  });

  it("a list with a Jobcenter or region column may hold other bodies' figures", () => {
    for (const regionHead of ["Jobcenter", "Region", "Standort"]) {
      const by = map(
        list(["Kennzahl", regionHead, "Jahr", "Wert"], [
          ["Integrationsquote", "Erfurt", y(2025), p1(0.17)],
          ["Integrationsquote", "Gotha", y(2024), p1(0.16)],
          ["Eingliederungsbudget", "Gotha", y(2025), num(2_100_000)],
        ]),
      );
      expect([regionHead, notHigh(by, ["ZIE_IQ", "ZIE_IQ_VJ", "BUD_EB_Gesamt"])]).toEqual([regionHead, []]);
    }
  });

  it("two rows of one figure and year are ambiguous, also with the same number", () => {
    for (const second of [0.17, 0.18]) {
      const by = map(
        list(["Kennzahl", "Jahr", "Wert"], [
          ["IQ", y(2025), p1(0.17)],
          ["Integrationen", y(2024), num(800)],
          ["IQ", y(2025), p1(second)],
        ]),
      );
      expect([second, high(by, "ZIE_IQ"), high(by, "ZIE_Integrationen_VJ")]).toEqual([second, undefined, "Werte!$C$3"]);
    }
  });

  it("a weak label without an area column or area sheet, a contradicting unit, a customer plan row stay low", () => {
    const by = map(
      list(["Kennzahl", "Jahr", "Wert", "Einheit"], [
        ["Anteil Frauen", y(2025), pct(0.8, "0%"), "%"],
        ["Verwaltungshaushalt", y(2025), num(8_000_000), "%"],
        ["Alleinerziehende", y(2025), num(700), "Personen"],
        ["Integrationen", y(2024), num(800), "Anzahl"],
      ]),
    );
    expect(notHigh(by, ["PER_Anteil_Frauen", "BUD_VH_Gesamt", "KUN_Alleinerziehende", "KUN_Alleinerziehende_VJ"])).toEqual([]);
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("Werte!$C$5");
  });

  it("a year column holding dates or months is no long list of years", () => {
    const by = map(
      list(["Kennzahl", "Zeitraum", "Wert"], [
        ["Integrationen", "Jan–Jun 2024", num(400)],
        ["Integrationen", "Jul–Dez 2024", num(390)],
        ["Integrationen", "Jan–Jun 2025", num(410)],
      ]),
    );
    expect(high(by, "ZIE_Integrationen_VJ")).toBeUndefined();
  });
});
