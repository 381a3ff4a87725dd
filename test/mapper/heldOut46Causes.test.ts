// The causes behind the 46th held-out set's misses (test/fixtures/heldOut46.ts, § 48a Kennzahlen / BA statistics
// wording), each tested with wordings and layouts the tester did not write and near misses that must stay non-high:
// - a role column's year beside customer figures is the latest year reported (2024 current in a 2025 workbook);
// - "K2 | Integrationsquote Männer": a code column beside the name column is no label column of a Förderung table;
// - "Kennzahl | Gruppe" with the figure merged over its rows insgesamt/Männer/Frauen, other Kennzahlen among them;
// - DWH long tables "Kennzahl | Merkmal | Ausprägung | Zeitbezug | Wert" and customer tables with the share in the
//   Ausprägung column;
// - BA statistics wording ("gleitende Jahressumme", "BM 12/2025", "K2 Nenner") names no part of the figure.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { matchLabel } from "../../src/core/mapper/matchLabel";
import { num, pct, rows, usedCells, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2026): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("a role column's year beside customer figures is the latest year reported", () => {
  it.each([
    ["Merkmal", "Jahr", "Wert"],
    ["Strukturmerkmal", "Berichtsjahr", "Anteil"],
  ])("%s | %s | %s", (a, b, c) => {
    const by = map([
      {
        name: "Kunden",
        cells: rows("A1", [
          ["Kundenstruktur"],
          [a, b, c],
          ["Quote der LZB an allen eLb", "2025", pct(0.41)],
          ["Quote der LZB an allen eLb", "2024", pct(0.43)],
        ]),
      },
    ]);
    expect(high(by, "KUN_Anteil_LZB")).toBe("Kunden!$C$3");
    expect(high(by, "KUN_Anteil_LZB_VJ")).toBe("Kunden!$C$4");
  });

  it("a year two back beside three years back is the _VJ, never the current figure", () => {
    const by = map([
      {
        name: "Kunden",
        cells: rows("A1", [
          ["Merkmal", "Ausprägung", "Wert"],
          ["Anteil LZB", "2023", pct(0.41)],
          ["Anteil LZB", "2022", pct(0.43)],
        ]),
      },
    ]);
    expect(high(by, "KUN_Anteil_LZB")).toBeUndefined();
  });

  it("targets keep the plain reading: the year before the plan is the previous year", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Art", "Wert"], ["Integrationsquote", "2025", pct(0.21)], ["Integrationsquote", "Ziel 2026", pct(0.22)]]) }]);
    expect(high(by, "ZIE_IQ_VJ")).toBe("Ziele!$C$2");
  });
});

describe("a code column beside the figure's name", () => {
  it.each([
    ["Nr.", "Zielindikator", "Ist 2025", "Plan 2026"],
    ["Code", "Kennzahl", "Basis 2025 (Ist)", "Planwert 2026"],
  ])("%s | %s | %s | %s", (a, b, c, d) => {
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [
          [a, b, c, d],
          ["K2", "IQ insgesamt", pct(0.21), pct(0.22)],
          ["K2", "IQ Frauen", pct(0.18), pct(0.19)],
          ["K3", "LZB-Bestand", num(4100), num(4000)],
          ["K3", "LZB-Bestand Männer", num(1900), num(1850)],
        ]),
      },
    ]);
    expect(by.get("FOE_Tabelle")).toBeUndefined();
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$D$2");
    expect(high(by, "ZIE_IQ_Frauen_VJ")).toBe("Ziele!$C$3");
    expect(high(by, "ZIE_LZB_Maenner")).toBe("Ziele!$D$5");
  });

  it("a Förderung table with instrument codes keeps its instrument column", () => {
    const by = map([
      {
        name: "Förderung",
        cells: rows("A1", [
          ["Kürzel", "Instrument", "Ist 2025", "Plan 2026"],
          ["A1", "FbW", num(100), num(110)],
          ["A2", "EGZ", num(50), num(55)],
          ["A3", "AGH", num(30), num(35)],
          [null, "Summe", num(180), num(200)],
        ]),
      },
    ]);
    expect(high(by, "FOE_Tabelle")).toBe("Förderung!$B$1:$D$5");
  });
});

describe("a Kennzahl merged over its group rows", () => {
  const sheet = (first: string) => ({
    name: "Ziele",
    merged: ["A3:A5", "A6:A8"],
    cells: rows("A1", [
      ["Indikator", "Personengruppe", "Ist 2025", "Ziel 2026", "Veränderung in %"],
      [first, "gesamt", num(1000), num(990), pct(-0.01)],
      ["Integrationsquote (K2)", "gesamt", pct(0.2), pct(0.21), pct(0.05)],
      [null, "Männer", pct(0.22), pct(0.23), pct(0.04)],
      [null, "Frauen", pct(0.18), pct(0.19), pct(0.05)],
      ["Bestand LZB (K3)", "gesamt", num(4000), num(3900), pct(-0.025)],
      [null, "Männer", num(1800), num(1750), pct(-0.03)],
      [null, "Frauen", num(2200), num(2150), pct(-0.02)],
    ]),
  });
  it.each([["K1 Leistungen zum Lebensunterhalt"], ["Summe der passiven Leistungen"]])("with an unmapped first row %s", (first) => {
    const by = map([sheet(first)]);
    expect(high(by, "ZIE_IQ_Maenner")).toBe("Ziele!$D$4");
    expect(high(by, "ZIE_LZB_Frauen_VJ")).toBe("Ziele!$C$8");
    expect(high(by, "ZIE_LZB_Frauen_Veraenderung")).toBe("Ziele!$E$8");
  });

  it("a group row without the merged figure is not read as that figure", () => {
    const s = sheet("K1 Leistungen zum Lebensunterhalt");
    const by = map([{ ...s, merged: [] }]);
    expect(high(by, "ZIE_IQ_Maenner")).toBeUndefined();
  });
});

describe("data-warehouse long tables", () => {
  it("Kennzahl | Merkmal | Ausprägung | Zeitbezug | Wert", () => {
    const data: Array<[string, string, string, number]> = [
      ["Integrationsquote", "Männer", "Basis 2025", 0.22],
      ["Integrationsquote", "Männer", "Zielwert 2026", 0.23],
      ["Integrationsquote", "Frauen", "Basis 2025", 0.18],
      ["Integrationsquote", "Frauen", "Zielwert 2026", 0.19],
      ["Integrationsquote", "Frauen", "Veränderung zum Vorjahr", 0.05],
      ["LZB", "gesamt", "Ist 2025", 4000],
      ["LZB", "gesamt", "Zielwert 2026", 3900],
    ];
    const by = map([
      {
        name: "DWH",
        cells: rows("A1", [["Kennzahl", "Merkmal", "Ausprägung", "Zeitbezug", "Wert"], ...data.map(([k, g, z, v]) => [k, "Geschlecht", g, z, v < 1 ? pct(v) : num(v)])]),
      },
    ]);
    expect(high(by, "ZIE_IQ_Maenner_VJ")).toBe("DWH!$E$2");
    expect(high(by, "ZIE_IQ_Frauen")).toBe("DWH!$E$5");
    expect(high(by, "ZIE_IQ_Frauen_Veraenderung")).toBe("DWH!$E$6");
    expect(high(by, "ZIE_LZB")).toBe("DWH!$E$8");
  });

  it("a period column of months only is no long list's role column", () => {
    const by = map([
      {
        name: "DWH",
        cells: rows("A1", [
          ["Kennzahl", "Merkmal", "Ausprägung", "Zeitbezug", "Wert"],
          ["LZB", "Geschlecht", "gesamt", "Jan 2026", num(4000)],
          ["LZB", "Geschlecht", "gesamt", "Feb 2026", num(3990)],
          ["LZB", "Geschlecht", "gesamt", "Mrz 2026", num(3980)],
        ]),
      },
    ]);
    expect(high(by, "ZIE_LZB")).toBeUndefined();
  });

  it("customer shares named in the Ausprägung column, rows repeated per year", () => {
    const by = map([
      {
        name: "Kunden",
        cells: rows("A1", [
          ["Jahr", "Merkmal", "Ausprägung", "Wert"],
          ["2025", "Arbeitslose (SGB II)", "Anteil Ausländer", pct(0.3)],
          ["2025", "Arbeitslose (SGB II)", "Anteil unter 25 Jahren", pct(0.08)],
          ["2024", "Arbeitslose (SGB II)", "Anteil Ausländer", pct(0.29)],
          ["2024", "Arbeitslose (SGB II)", "Anteil unter 25 Jahren", pct(0.07)],
          ["2025", "Alleinerziehende", "Anteil an eLb", pct(0.1)],
        ]),
      },
    ]);
    expect(high(by, "KUN_Anteil_Auslaender")).toBe("Kunden!$D$2");
    expect(high(by, "KUN_Anteil_Jugendliche_VJ")).toBe("Kunden!$D$5");
    // A share of single parents is no count of them.
    expect(high(by, "KUN_Alleinerziehende")).toBeUndefined();
  });
});

describe("BA statistics wording names no part of the figure", () => {
  it.each([
    ["Integrationen (rollierende Jahressumme, BM 11/2025)", "integrationen"],
    ["K2 Zähler – Integrationen", "integrationen"],
    ["Nenner K2: Ø erwerbsfähige Leistungsberechtigte", "elb-ziele"],
    ["Bestand eLb (Bezugsgröße zu K2)", "elb-ziele"],
    ["Integrationen lt. Berichtsmonat Dezember 2025", "integrationen"],
  ])("%s", (label, id) => {
    expect(matchLabel(label).standalone.map((s) => s.id)).toContain(id);
    expect(matchLabel(label).standalone.map((s) => s.id)).not.toContain("iq");
  });

  it("the Kennzahl itself keeps its code", () => {
    expect(matchLabel("K2 (Integrationsquote)").standalone.map((s) => s.id)).toEqual(["iq"]);
    expect(matchLabel("Bezugsgröße").standalone).toEqual([]);
  });
});

describe("a customer list with the year in the Ausprägung column, beside another block", () => {
  it("Merkmal | Ausprägung | Wert with \"Quote 2025\" / \"Personen 2024\"", () => {
    const by = map([
      {
        name: "Übersicht",
        cells: rows("A1", [
          ["Strukturmerkmal", "Ausprägung", "Wert", null, "Notiz", "Stand"],
          ["Anteil LZB", "Quote 2025", pct(0.44), null, "Text", num(1)],
          ["Anteil LZB", "Quote 2024", pct(0.45), null, "Text", num(2)],
          ["Alleinerziehende", "Personen 2025", num(900)],
          ["Alleinerziehende", "Personen 2024", num(880)],
          ["Alleinerziehende", "Quote an eLb 2025", pct(0.09)],
        ]),
      },
    ]);
    expect(high(by, "KUN_Anteil_LZB")).toBe("Übersicht!$C$2");
    expect(high(by, "KUN_Anteil_LZB_VJ")).toBe("Übersicht!$C$3");
    expect(high(by, "KUN_Alleinerziehende")).toBe("Übersicht!$C$4");
    expect(high(by, "KUN_Alleinerziehende_VJ")).toBe("Übersicht!$C$5");
  });

  it("an Ausprägung without years leaves the list to the other finders", () => {
    const by = map([
      {
        name: "Übersicht",
        cells: rows("A1", [
          ["Merkmal", "Ausprägung", "Wert"],
          ["Anteil LZB", "Quote", pct(0.44)],
          ["Anteil LZB", "Quote Vorjahr", pct(0.45)],
          ["Alleinerziehende", "Personen", num(900)],
        ]),
      },
    ]);
    expect(high(by, "KUN_Anteil_LZB_VJ")).toBeUndefined();
  });
});

describe("Ergänzungsgrößen tables with a code and a name column", () => {
  it.each([
    [["Code", "Ergänzungsgröße", "Basis 2025", "Zielwert 2026", "Veränderung zum Vorjahr", "Einheit"]],
    [["Lfd. Nr.", "Bezeichnung", "Einheit", "Ist 2025", "Ziel 2026", "Vorjahresvergleich %"]],
  ])("%j", (head) => {
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Weitere Ziele und Ergänzungsgrößen"],
          [],
          head,
          ["K2E4", "IQ Alleinerziehende", pct(0.17), pct(0.18), pct(0.05), "%"],
          ["lokal", "Eintritte U25 in Ausbildung", num(40), num(45), pct(0.12), "Anz."],
        ]),
      },
    ]);
    expect(high(by, "ZIE_Weitere")).toMatch(/^Ziele!\$A\$3:\$F\$5$/);
  });

  it("a head whose value columns do not read previous | target | change is no ZIE_Weitere", () => {
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Ergänzungsgrößen"],
          ["Code", "Bezeichnung", "Ziel 2026", "Ist 2025"],
          ["K2E4", "IQ Alleinerziehende", pct(0.18), pct(0.17)],
        ]),
      },
    ]);
    expect(by.get("ZIE_Weitere")).toBeUndefined();
  });
});

describe("a sheet tracking last year's targets", () => {
  const tracking = (name: string, title: string) => ({
    name,
    cells: rows("A1", [
      [title],
      ["Kennzahl", "Jan", "Feb", "Mrz", "Prognose 2025"],
      ["Integrationen kumuliert", num(300), num(600), num(900), num(3600)],
    ]),
  });
  it.each([
    ["Zielverfolgung 2025", "Zielverfolgung 2025 – Werte pro Berichtsmonat"],
    ["Monitoring", "Zielnachhaltung 2025 nach Berichtsmonaten"],
  ])("%s", (name, title) => {
    const by = map([tracking(name, title)]);
    expect(high(by, "ZIE_Integrationen_VJ")).toBe(`${name.includes(" ") ? `'${name}'` : name}!$E$3`);
  });

  it("a report of one month stays a report excerpt", () => {
    const by = map([tracking("Bericht", "Zielnachhaltung 2025 – Berichtsmonat September 2025")]);
    expect(high(by, "ZIE_Integrationen_VJ")).toBeUndefined();
  });

  it("tracking two years back is no previous year", () => {
    const by = map([tracking("Zielverfolgung 2024", "Zielverfolgung 2024")]);
    expect(high(by, "ZIE_Integrationen_VJ")).toBeUndefined();
  });
});

describe("bare year heads beside a comparison with the previous year", () => {
  it.each([["Vergleich zum Vorjahr abs.", "Vergleich zum Vorjahr in %"], ["VJ-Vergleich", "VJ-Vergleich %"]])("%s | %s", (a, b) => {
    const by = map([
      {
        name: "Kunden",
        cells: rows("A1", [
          ["Kundenstruktur"],
          ["Merkmal", "2024", "2025", a, b],
          ["Anteil LZB an eLb", pct(0.46), pct(0.45), pct(-0.01), pct(-0.02)],
          ["Alleinerziehende", num(1600), num(1650), num(50), pct(0.03)],
        ]),
      },
    ]);
    expect(high(by, "KUN_Anteil_LZB")).toBe("Kunden!$C$3");
    expect(high(by, "KUN_Anteil_LZB_VJ")).toBe("Kunden!$B$3");
    expect(high(by, "KUN_Alleinerziehende_VJ")).toBe("Kunden!$B$4");
  });

  it("a plain \"Vorjahr\" head stays the previous year's value", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Vorjahr", "Ziel 2026"], ["Integrationsquote", pct(0.2), pct(0.21)]]) }]);
    expect(high(by, "ZIE_IQ_VJ")).toBe("Ziele!$B$2");
  });
});

describe("a customer stock without a _VJ name in a long list", () => {
  it("the row two years back is no second row of the latest year", () => {
    const by = map([
      {
        name: "Kunden",
        cells: rows("A1", [
          ["Merkmal", "Ausprägung", "Jahr", "Wert"],
          ["eLb", "Jahresdurchschnitt", "2025", num(9000)],
          ["eLb", "Jahresdurchschnitt", "2024", num(8800)],
          ["Anteil LZB", "gesamt", "2025", pct(0.4)],
        ]),
      },
    ]);
    expect(high(by, "KUN_ELB")).toBe("Kunden!$D$2");
  });

  it("two rows of the latest year stay unsure", () => {
    const by = map([
      {
        name: "Kunden",
        cells: rows("A1", [
          ["Merkmal", "Ausprägung", "Jahr", "Wert"],
          ["eLb", "Jahresdurchschnitt", "2025", num(9000)],
          ["eLb", "Dezember", "2025", num(8950)],
          ["Anteil LZB", "gesamt", "2025", pct(0.4)],
        ]),
      },
    ]);
    expect(high(by, "KUN_ELB")).toBeUndefined();
  });
});

describe("the baseline values are the previous year's", () => {
  it.each([["Status der Ausgangswerte"], ["Ausgangswerte: Status"]])("%s under a plan-year title", (label) => {
    const by = map([{ name: "ZV", cells: rows("A1", [["Zielvereinbarung 2026"], [], [label, "vorläufig"]]) }]);
    expect(high(by, "ZIE_VJ_Status")).toBe("ZV!$B$3");
  });

  it("a baseline of another year keeps its year", () => {
    const by = map([{ name: "ZV", cells: rows("A1", [["Kennzahl", "Ausgangswert 2024", "Ziel 2026"], ["Integrationsquote", pct(0.2), pct(0.21)]]) }]);
    expect(high(by, "ZIE_IQ_VJ")).toBeUndefined();
  });
});

describe("a cross-reference is no comparison", () => {
  it.each([["Summe Planeintritte (vgl. Textteil S. 12)"], ["Planeintritte insgesamt (vgl. Kapitel Förderung)"]])("%s", (label) => {
    const by = map([{ name: "Förderung", cells: rows("A1", [["Eckwerte Förderung 2026"], [label, num(2400)]]) }]);
    expect(high(by, "FOE_Eintritte_Plan")).toBe("Förderung!$B$2");
  });

  it("\"Veränderung vgl. Vorjahr\" stays a change", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Ziel 2026", "vgl. Vorjahr in %"], ["Integrationsquote", pct(0.21), pct(0.03)]]) }]);
    expect(high(by, "ZIE_IQ_Veraenderung")).toBe("Ziele!$C$2");
  });
});
