// The causes behind the 70th held-out set's misses (test/fixtures/heldOut70.ts), each tested with wordings the
// tester did not write and near misses that must stay non-high:
// - the date and status of the basis block's values ("Stand der Basiswerte", "Status Basis 2025 | vorläufig | Stand
//   | date", "Vorjahreswerte | Hochrechnung" over "Stand HR"): the previous year's (vocabulary.ts, previousStand.ts,
//   labelSpecs.ts);
// - a long list "Bereich | Kennzahl | Wert" without a year column: the area column names each row's area
//   (areaColumn.ts), a category written into each row is one heading (sideHeading.ts), the next category ends a
//   table before its "… gesamt" (areaColumn.ts), a category's "Allgemein | Jobcenter | name" row is data;
// - a CSV export's machine names ("Anteil_U25_Alo_SGBII") read as words (tokens.ts); another year's row of the
//   eLb is no rival place of the ELB twin (elbTwin.ts);
// - a pasted block of BA statistics (title naming the statistics, a Berichtsmonat row) is no source of the plan's
//   figures (statisticsBlock.ts).
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { date, num, pct, rows, usedCells, vz, type Layout, type LayoutCell } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear: number | undefined = 2026): Map<string, Proposal> {
  const all = planYear === undefined ? sheets : [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

const targets = (first: Array<Array<LayoutCell | undefined>>) =>
  rows("A1", [
    ...(first),
    ["Kennzahl", "Basis 2025", "Ziel 2026"],
    ["Integrationsquote", pct(0.15), pct(0.16)],
    ["LZB", num(3000), num(2900)],
  ]);

describe("the date and status of the basis values", () => {
  it("reads „Stand der Basiswerte“ and „Status der Basiswerte“ as the previous year's", () => {
    const by = map([
      { name: "Grundlagen", cells: rows("A1", [["Basisgröße", "Wert 2025"], ["Integrationen", num(700)], ["eLb", num(4800)], [], ["Datum der Basiswerte", date(46030)], ["Status der Basisdaten", "vorläufig"]]) },
    ]);
    expect(high(by, "ZIE_VJ_Stand")).toBe("Grundlagen!$B$5");
    expect(high(by, "ZIE_VJ_Status")).toBe("Grundlagen!$B$6");
  });

  it("reads a bare „Stand“ in the row of the status, or right under it, as their date", () => {
    const same = map([{ name: "Ziele", cells: targets([["Status Basis 2025", "vorläufig", "Stand", date(46020)], []]) }]);
    expect(high(same, "ZIE_VJ_Status")).toBe("Ziele!$B$1");
    expect(high(same, "ZIE_VJ_Stand")).toBe("Ziele!$D$1");
    const under = map([{ name: "Ziele", cells: targets([["Ausgangswerte", "Prognose"], ["Stand der Hochrechnung", date(46020)], []]) }]);
    expect(high(under, "ZIE_VJ_Status")).toBe("Ziele!$B$1");
    expect(high(under, "ZIE_VJ_Stand")).toBe("Ziele!$B$2");
  });

  it("keeps a „Stand“ away from such a status, or with words of its own, the programme's date", () => {
    const by = map([
      { name: "Deckblatt", cells: rows("A1", [["Stand", date(46040)]]) },
      { name: "Ziele", cells: targets([["Status Vorjahr", "vorläufig"], []]) },
    ]);
    expect(high(by, "AIP_Stand")).toBe("Deckblatt!$B$1");
    expect(high(by, "ZIE_VJ_Stand")).toBeUndefined();
    const own = map([{ name: "Ziele", cells: targets([["Vorjahreswerte", "Hochrechnung"], ["Stand AIP-Fassung", date(46020)], []]) }]);
    expect(own.get("ZIE_VJ_Stand")?.ref).not.toBe("Ziele!$B$2");
  });
});

describe("a list Bereich | Kennzahl | Wert without a year column", () => {
  const list = (extra: Array<Array<LayoutCell | undefined>> = []) =>
    rows("A1", [
      ["AIP 2026 – Übersicht"],
      [],
      ["Thema", "Kennzahl", "Wert", "Bemerkung"],
      ["Allgemein", "Jobcenter", "Jobcenter Musterstadt"],
      ["Personal", "Köpfe", num(150)],
      ["Personal", "Anteil BA", pct(0.7, "0%")],
      ["Personal", "Anteil Landkreis", pct(0.3, "0%")],
      ["Personal", "Frauenanteil", pct(0.75, "0%")],
      ["VZÄ je Bereich", "Markt und Integration", vz(50.5)],
      ["VZÄ je Bereich", "Leistung", vz(44.1)],
      ["VZÄ je Bereich", "weitere Bereiche", vz(9.2)],
      ["Förderung", "Eintritte gesamt (erste Aufstellung)", num(900)],
      ["Ziele", "Integrationsquote Ziel", pct(0.16)],
      ["Kunden", "Anteil ausländische Arbeitslose", pct(0.3)],
      ...(extra),
    ]);

  it("takes each row's area from the area column", () => {
    const by = map([{ name: "Liste", cells: list() }]);
    expect(high(by, "AIP_Jobcenter")).toBe("Liste!$C$4");
    expect(high(by, "PER_Anteil_BA")).toBe("Liste!$C$6");
    expect(high(by, "PER_Anteil_Kommune")).toBe("Liste!$C$7");
    expect(high(by, "PER_Anteil_Frauen")).toBe("Liste!$C$8");
    expect(high(by, "PER_VZAE_Bereiche")).toBe("Liste!$B$9:$C$11");
    expect(high(by, "FOE_Eintritte_Plan")).toBe("Liste!$C$12");
    expect(high(by, "KUN_Anteil_Auslaender")).toBe("Liste!$C$14");
  });

  it("keeps a share in another area's row unsure", () => {
    const by = map([{ name: "Liste", cells: list([["Ziele", "Anteil Männer", pct(0.4, "0%")]]) }]);
    expect(high(by, "PER_Anteil_Maenner")).toBeUndefined();
  });

  it("reads no staff table of areas (one area per row) as a category list", () => {
    const by = map([{ name: "Personal", cells: rows("A1", [["Bereich", "Bezeichnung", "VZÄ"], ["Markt und Integration", "M&I", vz(40)], ["Leistung", "LB", vz(30)], ["weitere Bereiche", "wB", vz(8)]]) }]);
    expect(by.get("PER_Anteil_BA")).toBeUndefined();
  });
});

describe("a CSV export's machine names and the ELB twin", () => {
  const csv = (rowsOf: Array<[string, number, number]>) => rows("A1", [["Kennzahl", "Jahr", "Wert"], ...rowsOf.map(([k, y, w]) => [k, y, w])]);

  it("reads „Alo_SGBII“ in an identifier as the unemployed of the SGB II", () => {
    const by = map([{ name: "Export", cells: csv([["Integrationen", 2025, 700], ["Anteil_LZB_an_eLb", 2025, 0.62], ["Anteil_Auslaender_Alo_SGBII", 2025, 0.27], ["Anteil_Jugendliche_Alo_SGBII", 2024, 0.07], ["Anteil_Jugendliche_Alo_SGBII", 2025, 0.08], ["Alleinerziehende_eLb", 2025, 600]]) }]);
    expect(high(by, "KUN_Anteil_Auslaender")).toBe("Export!$C$4");
    expect(high(by, "KUN_Anteil_Jugendliche_VJ")).toBe("Export!$C$5");
    expect(high(by, "KUN_Anteil_Jugendliche")).toBe("Export!$C$6");
  });

  it("keeps a share of the whole SGB II (no unemployed) unsure", () => {
    const by = map([{ name: "Export", cells: csv([["Integrationen", 2025, 700], ["Anteil_LZB_an_eLb", 2025, 0.62], ["Anteil_Auslaender_SGBII", 2025, 0.27], ["Alleinerziehende_eLb", 2025, 600]]) }]);
    expect(high(by, "KUN_Anteil_Auslaender")).toBeUndefined();
  });

  it("gives the previous year's eLb row both twins, though an older year's row stands above it", () => {
    const by = map([{ name: "Export", cells: csv([["Integrationen", 2025, 700], ["ELB_Durchschnitt", 2024, 4900], ["ELB_Durchschnitt", 2025, 4800], ["IQ_gesamt", 2025, 0.146], ["Anteil_LZB_an_eLb", 2025, 0.62], ["Alleinerziehende_eLb", 2025, 600]]) }]);
    expect(high(by, "ZIE_ELB_VJ")).toBe("Export!$C$4");
    expect(high(by, "KUN_ELB")).toBe("Export!$C$4");
  });
});

describe("a pasted block of BA statistics", () => {
  const plan = (block: Array<Array<LayoutCell | undefined>>) => ({
    name: "Planung",
    cells: { ...rows("A1", [["Kennzahl", "Ist 2025", "Ziel 2026"], ["Integrationsquote", pct(0.15), pct(0.16)], ["LZB", num(3000), num(2900)]]), ...rows("F1", block) },
  });
  const kunden = { name: "Kunden", cells: rows("A1", [["Kundenstruktur", "2024", "2025"], ["Alleinerziehende", num(640), num(655)], ["Anteil LZB an eLb", pct(0.6), pct(0.61)]]) };

  it("is no source of a figure the plan states elsewhere", () => {
    const by = map([plan([["BA-Statistik (Auszug)"], ["Berichtsmonat", "09/2025"], ["Alleinerziehende eLb (Berichtsmonat)", num(700)]]), kunden]);
    expect(high(by, "KUN_Alleinerziehende")).toBe("Kunden!$C$2");
    // Pasted beside the customer table itself.
    const beside = map([{ name: "Kunden", cells: { ...kunden.cells, ...rows("F1", [["Statistik der BA"], ["Berichtsmonat", "Oktober 2025"], ["Datenstand", date(46000)], ["Alleinerziehende", num(700)]]) } }]);
    expect(high(beside, "KUN_Alleinerziehende")).toBe("Kunden!$C$2");
  });

  it("stays unsure where only it states the figure", () => {
    const by = map([plan([["Statistik der BA – Eckwerte"], ["Berichtsmonat", "September 2025"], ["Alleinerziehende", num(700)]])]);
    expect(high(by, "KUN_Alleinerziehende")).toBeUndefined();
  });

  it("leaves a basis block with a report month but no statistics title a source", () => {
    const by = map([plan([["Basiswerte (vorläufig)"], ["Berichtsmonat", "12/2025"], ["Alleinerziehende", num(700)]])]);
    expect(by.get("KUN_Alleinerziehende")?.reason ?? "").not.toMatch(/BA-Statistik/);
  });
});

describe("a cover sheet with colons beside a targets sheet's status row", () => {
  it("keeps the cover's „Stand:“ the programme's date", () => {
    const by = map(
      [
        { name: "Start", cells: rows("B2", [["AIP Jobcenter Musterkreis"], [], ["Jobcenter:", "Jobcenter Musterkreis"], ["Planjahr:", num(2026, "0")], ["Stand:", date(46040)]]) },
        { name: "Ziele", cells: targets([["Status Basis 2025", "Hochrechnung", "Stand", date(46020)], []]) },
      ],
      undefined,
    );
    expect(high(by, "AIP_Stand")).toBe("Start!$C$6");
    expect(high(by, "ZIE_VJ_Stand")).toBe("Ziele!$D$1");
  });
});
