// The causes behind the 64th held-out set's misses and wrong "sicher" (test/fixtures/heldOut64.ts, and the copies of
// heldOut63.ts): the same figure in more than one place. Each tested with wordings the tester did not write and near
// misses that must stay non-high:
// - a copy scaled or rounded ("=B5*100", "=ROUND(x/1000,0)") is no rival to its source (./derivedCopy.ts);
// - formulas in a chart-data range are never sure and no rival (./chartData.ts);
// - a sheet titled as a pasted or rounded copy is no rival; a title "nur hier ändern" marks the input (./copyWording.ts);
// - equal numbers typed twice with no source marked stay unsure; a rounded typed copy loses to its formula (./typedTwice.ts);
// - an allocation block titled beside its unit ("Ausgangswerte (Zuteilung …) | | €") (./allocationTitle.ts, ./baselineWord.ts);
// - "Neubewilligungen (Rest)" (./remainderAside.ts);
// - "VZÄ gesamt" in a column headed "Köpfe" after the head-count rows (./labelUnitOverHead.ts).
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { singleSourceOf } from "../../src/core/mapper/derivedCopy";
import { withoutRemainderAside } from "../../src/core/mapper/remainderAside";
import { date, f, num, pct, rows, usedCells, vz, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2025): Map<string, Proposal> {
  const all = [{ name: "Eckwerte", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("a copy scaled or rounded fetches one cell", () => {
  it.each([
    ["=B5*100", "Daten", "DATEN!$B$5"],
    ["=ROUND(Eingabe!C9/1000,0)", "X", "EINGABE!$C$9"],
    ["=RUNDEN('Ziele 2025'!$C$7*100;1)", "X", "'ZIELE 2025'!$C$7"],
    ["=Eingabe!C5", "X", "EINGABE!$C$5"],
  ])("%s depends on one cell only", (formula, own, ref) => {
    expect(singleSourceOf(formula, own)).toBe(ref);
  });

  it.each([["=C15/B15-1"], ["=B4/B5"], ["=SUM(B3:B7)"], ["=B5+B6"], ["=IFERROR(B5,0)"]])("near miss: %s computes something of its own", (formula) => {
    expect(singleSourceOf(formula, "X")).toBeUndefined();
  });

  it("a percent copy ×100 beside the share table is no rival: the share is sure", () => {
    const by = map([
      {
        name: "Struktur",
        cells: rows("A1", [
          ["Merkmal", "2023", "2024", null, "Grafik", "2023", "2024"],
          ["Anteil LZB an eLb", pct(0.61), pct(0.6), null, "LZB %", f("B2*100", 61, "0.0"), f("C2*100", 60, "0.0")],
        ]),
      },
    ]);
    expect(high(by, "KUN_Anteil_LZB")).toBe("Struktur!$C$2");
    expect(high(by, "KUN_Anteil_LZB_VJ")).toBe("Struktur!$B$2");
  });
});

describe("chart-data ranges", () => {
  const budget = (title: string) =>
    map([
      {
        name: "Budget",
        cells: rows("A1", [
          ["Haushalt 2025", null, null, title],
          ["Position", "EUR", null, "Teil", "Betrag"],
          ["Verwaltungshaushalt", f("B4+B5+B6", 9_000_000), null, "Bundesanteil", f("B4", 6_000_000)],
          ["  dav. Mittelzuweisung nach EinglMV", num(6_000_000), null, "Umschichtung", f("B5", 1_600_000)],
          ["  dav. Umschichtung", num(1_600_000), null, "Kommune", f("B6", 1_400_000)],
          ["  dav. kommunaler Finanzierungsanteil", num(1_400_000)],
        ]),
      },
    ]);

  it.each([["Daten für Grafik"], ["Diagramm (nicht drucken)"], ["Chart data"]])("a copy under „%s“ is never sure", (title) => {
    const by = budget(title);
    expect(high(by, "BUD_VH_EinglMV")).toBeUndefined();
    expect(high(by, "BUD_VH_Umschichtung")).toBe("Budget!$B$5");
  });

  it("near miss: the same block under a title naming no chart keeps its copy as it was", () => {
    const by = budget("Aufteilung");
    expect(high(by, "BUD_VH_Umschichtung")).toBe("Budget!$B$5");
  });
});

describe("sheets titled as a copy or as the input", () => {
  const withCopy = (title: string) =>
    map([
      {
        name: "Vorlage",
        cells: rows("A1", [[title], [], ["Ziele", "Ziel 2025", "Veränderung"], ["Integrationsquote", pct(0.171), pct(0.012)], ["LZB-Bestand", num(2_950), pct(-0.02)]]),
      },
      {
        name: "Zielplanung",
        cells: rows("A1", [["Zielplanung 2025"], ["Kennzahl", "Ziel 2025", "Veränderung"], ["Integrationsquote", pct(0.171), pct(0.012)], ["LZB-Bestand", num(2_950), pct(-0.02)]]),
      },
    ]);

  it.each([
    ["Vorlage Sozialausschuss – Zahlen übernommen aus dem Blatt Zielplanung"],
    ["Druckversion (Werte aus Blatt Zielplanung, Stand 03.02.)"],
    ["Übersicht für den Beirat (gerundet)"],
    ["Kopiervorlage – bitte nicht hier ändern"],
  ])("a sheet titled „%s“ is no rival", (title) => {
    const by = withCopy(title);
    expect(high(by, "ZIE_IQ")).toBe("Zielplanung!$B$3");
    expect(high(by, "ZIE_LZB")).toBe("Zielplanung!$B$4");
  });

  it("near miss: a presentation title naming no copy leaves the figure ambiguous", () => {
    const by = withCopy("Vorlage Sozialausschuss 2025");
    expect(high(by, "ZIE_IQ")).toBeUndefined();
  });

  it("alone, a copied sheet keeps its figures (the source is another file)", () => {
    const by = map([{ name: "AIP", cells: rows("A1", [["Übernommen aus der AIP-Datei des Jobcenters"], [], ["Ziele", "Ziel 2025"], ["Integrationsquote", pct(0.171)]]) }]);
    expect(high(by, "ZIE_IQ")).toBe("AIP!$B$4");
  });

  const withInput = (title: string, tile: Layout["sheets"][number]["cells"][string]) =>
    map([
      { name: "Anzeige", cells: rows("A1", [["Überblick 2025"], ["Kennzahl", "Ziel 2025"], ["Integrationsquote", tile]]) },
      { name: "Werte", cells: rows("A1", [[title], ["Kennzahl", "Ziel 2025"], ["Integrationsquote", pct(0.171)]]) },
    ]);

  it.each([["Eingabe (ausschließlich hier eintragen)"], ["Zahlen AIP 2025 – nur hier ändern"]])("an input sheet „%s“ wins over an equal typed summary", (title) => {
    expect(high(withInput(title, pct(0.171)), "ZIE_IQ")).toBe("Werte!$B$3");
  });

  it("near miss: a tile typing another number stays a rival, and without the input mark equal numbers are ambiguous", () => {
    expect(high(withInput("Eingabe (ausschließlich hier eintragen)", pct(0.175)), "ZIE_IQ")).toBeUndefined();
    expect(high(withInput("Eingabewerte 2025", pct(0.171)), "ZIE_IQ")).toBeUndefined();
  });
});

describe("the same number typed twice", () => {
  const staff = (second: number) =>
    map([
      { name: "Personal", cells: rows("A1", [["Personal 2025"], ["Mitarbeitende", num(212)], ["Vollzeitäquivalente", vz(190.5)]]) },
      { name: "Eckdaten", cells: rows("A1", [["Eckdaten für die Trägerversammlung"], ["Mitarbeitende", num(second)], ["Stand", date(45_700)]]) },
    ]);

  it("typed equal on the staff sheet and a key-data summary: not sure", () => {
    expect(high(staff(212), "PER_Beschaeftigte")).toBeUndefined();
  });

  it("near miss: a different number on the summary leaves the staff sheet's figure sure", () => {
    expect(high(staff(208), "PER_Beschaeftigte")).toBe("Personal!$B$2");
  });

  const review = (plan: number, iq: ReturnType<typeof pct>) =>
    map([
      { name: "Ergebnis 2024", cells: rows("A1", [["Ergebnis 2024 (Ist)"], ["Integrationen", num(700)], ["eLb Ø", num(4_300)], ["IQ", f("B2/B3", 700 / 4_300, "0.00%")]]) },
      {
        name: "Planung 2025",
        cells: rows("A1", [["Planung 2025"], ["Ziele", "VJ 2024", "Ziel 2025"], ["Integrationen", num(plan)], ["Integrationsquote", iq, pct(0.17)]]),
      },
    ]);

  it("integrations typed equal on the review and the plan sheet: not sure; the computed IQ beats its rounded copy", () => {
    const by = review(700, pct(0.163));
    expect(high(by, "ZIE_Integrationen_VJ")).toBeUndefined();
    expect(high(by, "ZIE_IQ_VJ")).toBe("'Ergebnis 2024'!$B$4");
  });

  it("near miss: different numbers on the review sheet leave the plan sheet's figures sure", () => {
    const by = review(705, pct(0.158));
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("'Planung 2025'!$B$3");
    expect(high(by, "ZIE_IQ_VJ")).toBe("'Planung 2025'!$B$4");
  });
});

describe("an allocation block titled beside its unit", () => {
  const budget = (title: string) =>
    map(
      [
        {
          name: "Mittel",
          cells: rows("A1", [
            ["Mittelplanung 2026"],
            [],
            [title, null, "EUR"],
            ["Eingliederungstitel inkl. BEZ", null, num(5_100_000)],
            ["Verwaltungskostentitel", null, num(7_000_000)],
            [],
            ["Eingliederungsbudget 2026", null, "EUR"],
            ["EGT nach Umschichtung", null, num(3_600_000)],
            ["davon Vorbindungen", null, num(1_900_000)],
            ["davon Neubewilligungen (verbleibender Rest)", null, num(1_700_000)],
          ]),
        },
      ],
      2026,
    );

  it.each([["Ausgangswerte (Mittelzuweisung 2026)"], ["Zuteilung lt. EinglMV (vorläufig)"]])("„%s | | EUR“ makes the rows allocations", (title) => {
    const by = budget(title);
    expect(high(by, "BUD_EGT_Zuteilung")).toBe("Mittel!$C$4");
    expect(high(by, "BUD_EB_Neubewilligungen")).toBe("Mittel!$C$10");
  });

  it("near miss: a block titled as plan values beside its unit is no allocation", () => {
    expect(high(budget("Planwerte 2026"), "BUD_EGT_Zuteilung")).toBeUndefined();
  });

  it("a remainder aside only after a grant word is set aside", () => {
    expect(withoutRemainderAside("dav. Neubewilligungen (Rest)")).toBe("dav. Neubewilligungen");
    expect(withoutRemainderAside("Ausgabereste (Rest)")).toBe("Ausgabereste (Rest)");
  });
});

describe("a VZÄ row under a head-count head", () => {
  const staff = (label: string) =>
    map([
      {
        name: "Personal",
        cells: rows("A1", [
          ["Personal 2025", "Köpfe", "Anteil"],
          ["Mitarbeitende insgesamt", num(150), null],
          ["davon BA", num(110), f("B3/B2", 110 / 150, "0%")],
          ["davon Kommune", num(40), f("B4/B2", 40 / 150, "0%")],
          [label, vz(139.5)],
        ]),
      },
    ]);

  it.each([["Vollzeitäquivalente gesamt"], ["VZÄ insgesamt"]])("„%s“ names its own unit: the staff's VZÄ", (label) => {
    expect(high(staff(label), "PER_VZAE_Gesamt")).toBe("Personal!$B$5");
  });

  it("near miss: a staff noun under „Köpfe“ stays a head count, no VZÄ", () => {
    expect(high(staff("Stellen gesamt"), "PER_VZAE_Gesamt")).toBeUndefined();
  });
});
