// The causes behind the 35th held-out set's misses and wrong sures (test/fixtures/heldOut35.ts), each tested with
// wordings and layouts the tester did not write and near misses:
// - gender column heads ("Männer | Frauen") over a row naming a target figure ("IQ Ziel 2025") give that figure's
//   gender parts (their targets), never a staff share; a staff row under the same heads ("Anteil Personal") still holds the shares;
// - a proposal column ("Vorschlag RD 2025", "Angebot JC") beside the plain target column ("Ziel 2025") is no second
//   target: the target column holds the targets and decides the changes;
// - a Haushalt table (Ist | Ansatz | Bindungen | Mittelabfluss | noch verfügbar, a spacer row, group titles): the
//   Ansatz of the planning year is the plan, the in-year columns are not;
// - the allocated VWT opening the VH's composition is also its federal part (BUD_VH_EinglMV);
// - dashboard tiles: a change line under a tile's value is its change; side-by-side titles end the tile heads' reach;
// - an excerpt of the own Stellenplan is no report copy; its planning year's column is the plan.
// - plain words ("Geld für Verwaltung", "Alles zusammen"), a status value with a remark, a title's starting year;
// - a cover sheet's "Behörde" names the Jobcenter, "AIP-Entwurf vom" dates the programme.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { inYearRole } from "../../src/core/mapper/inYearColumns";
import { date, num, pct, rows, usedCells, vz, type Layout, type LayoutCell } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2026): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("gender heads over a figure's row are that figure's parts, no staff shares", () => {
  it.each([
    ["nach Geschlecht", "Männer", "Frauen", "IQ Ziel 2026"],
    ["", "männlich", "weiblich", "Integrationsquote (Ziel)"],
    ["Geschlecht", "Männer", "Frauen", "Ziel LZB-Bestand 2026"],
    ["", "Männer", "Frauen", "Integrationsquote Plan 2026"],
  ])("%s | %s | %s over %s", (corner, m, w, label) => {
    const lzb = /lzb/i.test(label);
    const by = map([
      {
        name: "Cockpit",
        cells: rows("A1", [
          [corner || null, m, w],
          lzb ? [label, num(1_090), num(1_225)] : [label, pct(0.21), pct(0.14)],
          ["Veränderung ggü. VJ", pct(0.02), pct(0.03)],
        ]),
      },
    ]);
    for (const name of ["PER_Anteil_Frauen", "PER_Anteil_Maenner"]) expect(high(by, name)).toBeUndefined();
    // The heads are the figure's parts: its gender targets, the change row below their changes.
    const figure = lzb ? "LZB" : "IQ";
    const [first, second] = /^m/i.test(m) ? ["Maenner", "Frauen"] : ["Frauen", "Maenner"];
    expect([high(by, `ZIE_${figure}_${first}`), high(by, `ZIE_${figure}_${second}`)]).toEqual(["Cockpit!$B$2", "Cockpit!$C$2"]);
  });

  it.each([["Anteil Personal"], ["Anteil am Personal"], ["Personalanteil"], ["Anteil an den Beschäftigten"]])("near miss: a staff row %s under the heads holds the shares", (label) => {
    const by = map([
      {
        name: "Personal",
        cells: rows("A1", [
          ["nach Geschlecht", "Männer", "Frauen"],
          [label, pct(0.38), pct(0.62)],
        ]),
      },
    ]);
    expect(high(by, "PER_Anteil_Maenner")).toBe("Personal!$B$2");
    expect(high(by, "PER_Anteil_Frauen")).toBe("Personal!$C$2");
  });

  it("near miss: a role row (\"Ziel 2026\") under the heads on a staff sheet still holds the shares", () => {
    const by = map([{ name: "Personal", cells: rows("A1", [["Personal", "Männer", "Frauen"], ["Ziel 2026", pct(0.4), pct(0.6)]]) }]);
    expect(high(by, "PER_Anteil_Maenner")).toBe("Personal!$B$2");
    expect(high(by, "PER_Anteil_Frauen")).toBe("Personal!$C$2");
  });
});

describe("a proposal column beside the target column is no second target", () => {
  const targets = (heads: string[]) => [
    {
      name: "Ziele",
      cells: rows("A1", [
        ["Kennzahl", "Ist 2025", ...heads.slice(0, 1), "Veränderung in %", ...heads.slice(1)],
        ["IQ gesamt", pct(0.221), pct(0.23), pct(0.23 / 0.221 - 1), ...heads.slice(1).map((_, i) => pct(0.24 + i / 100))],
        ["LZB gesamt", num(2_950), num(2_800), pct(2_800 / 2_950 - 1), ...heads.slice(1).map((_, i) => num(2_700 - i * 10))],
      ]),
    },
  ];
  const names = ["ZIE_IQ", "ZIE_LZB", "ZIE_IQ_Veraenderung", "ZIE_LZB_Veraenderung"];

  it.each([
    [["Ziel 2026", "Vorschlag RD 2026"]],
    [["Plan 2026", "Zielvorschlag Regionaldirektion"]],
    [["Zielwert 2026", "Angebot JC 2026", "RD-Vorschlag 2026"]],
    [["Soll 2026", "vorgeschlagen (RD)"]],
  ])("under %j the target column is sicher", (heads) => {
    const by = map(targets(heads));
    expect(names.map((n) => high(by, n))).toEqual(["Ziele!$C$2", "Ziele!$C$3", "Ziele!$D$2", "Ziele!$D$3"]);
  });

  it.each([
    [["Ziel 2026", "Zielwert RD 2026"]], // whose target, not said to be a proposal
    [["Ziel JC 2026", "Vorschlag RD 2026"]], // both name a party: no plain target
    [["Ziel 2026", "Ziel 2026 (2. Lesung)"]],
    [["Vorschlag JC 2026", "Vorschlag RD 2026"]],
    [["Ziel nach Nachsteuerung", "Ziel (RD-Vorschlag)"]], // a qualified target may be a rival of its own
  ])("near miss: under %j the target is not sicher", (heads) => {
    const by = map(targets(heads));
    expect(high(by, "ZIE_IQ")).toBeUndefined();
    expect(high(by, "ZIE_LZB")).toBeUndefined();
  });
});

// A Haushalt table: "Titel | Bezeichnung | Ist | Ansatz | Bindungen | Mittelabfluss | noch verfügbar", a spacer row, then
// group titles ("A. Eingliederungsleistungen") over the rows. The Ansatz of the planning year is the plan; what is
// bound, spent or left of it in the year is no plan (./inYearColumns.ts); the blank spacer row does not keep the
// group title from opening the table (./groupTitle.ts).
describe("a Haushalt table: the Ansatz column is the plan, bound/spent/left columns are not", () => {
  const haushalt = (heads: string[], spacer = true) => [
    {
      name: "HH",
      cells: rows("A1", [
        ["Haushaltsüberwachung 2026"],
        ["Kap./Titel", "Bezeichnung", ...heads],
        ...(spacer ? [[]] : []),
        [null, "A. Eingliederungsleistungen"],
        ["0101", "Eingliederungsbudget (inkl. BEZ)", num(2_200_000), num(2_330_000), num(400_000), num(190_000), num(1_740_000)],
        [null, "davon Vorbindungen", num(980_000), num(1_100_000)],
        [null, "davon Neubewilligungen", num(1_220_000), num(1_230_000)],
      ]),
    },
  ];
  const budget = (spacer: boolean) => (spacer ? ["HH!$D$5", "HH!$D$6", "HH!$D$7"] : ["HH!$D$4", "HH!$D$5", "HH!$D$6"]);
  const names = ["BUD_EB_Gesamt", "BUD_EB_Vorbindungen", "BUD_EB_Neubewilligungen"];

  it.each([
    [["Ist 2025", "Ansatz 2026", "Bindungen lfd. Jahr", "Mittelabfluss bis 15.02.", "noch verfügbar"], true],
    [["Ergebnis 2025", "Haushaltsansatz 2026", "Festlegungen 2026", "Abfluss bis 31.03.", "Restmittel"], true],
    [["Ist 2025", "Soll 2026", "Mittelbindung", "verausgabt", "verbleibend"], false],
    [["Ist 2025", "Ansatz 2026", "Obligo", "Ausgaben bis 30.04.", "Rest"], true],
  ])("under %j (spacer %s) the budget rows are sicher in the Ansatz column", (heads, spacer) => {
    const by = map(haushalt(heads, spacer));
    expect(names.map((n) => high(by, n))).toEqual(budget(spacer));
  });

  it.each([
    [["Ist 2025", "Ansatz 2026", "Bindungen", "Mittelabfluss", "verfügbare Mittel 2026"]], // available funds of the year: maybe the budget itself
    [["Ist 2025", "Ansatz 2026", "Ansatz 2026 (neu)", "Mittelabfluss", "noch verfügbar"]], // two plans
  ])("near miss: under %j the total is not sicher", (heads) => {
    expect(high(map(haushalt(heads)), "BUD_EB_Gesamt")).toBeUndefined();
  });

  it("near miss: Vorbindungen as a head are a budget figure, no in-year binding", () => {
    expect(inYearRole("Vorbindungen 2026", 2026)).toBeUndefined();
    expect(inYearRole("Vor-Bindungen", 2026)).toBeUndefined();
    expect(inYearRole("Bindungen lfd. Jahr (15.02.)", 2026)).toBe("none");
    expect(inYearRole("noch verfügbar", 2026)).toBe("none");
  });
});

// "Zuteilung Verwaltungskostentitel | + Umschichtung aus dem EGT | + kommunaler Finanzierungsanteil | = Gesamt": the
// allocated VWT opening the VH's composition is its federal part too (docs/rules.md abstimmung/vwt; ./federalPartTwin.ts).
describe("the allocated VWT opening the Verwaltungshaushalt's composition is also its federal part", () => {
  const vh = (first: string, gap = false, ownFederal = false, total = 10_140_000) => [
    {
      name: "Budget",
      cells: rows("A1", [
        ["Verwaltungskosten 2026"],
        [first, num(7_200_000)],
        ...(gap ? [[]] : []),
        ...(ownFederal ? [["davon Bund lt. EinglMV", num(7_150_000)]] : []),
        ["+ Umschichtung aus dem EGT", num(1_400_000)],
        ["+ kommunaler Finanzierungsanteil", num(1_540_000)],
        ["= Verwaltungshaushalt gesamt", num(total)],
      ]),
    },
  ];

  it.each([["Zuteilung Verwaltungskostentitel (Bundesanteil lt. EinglMV)"], ["Zuteilung VWT"], ["Mittelzuweisung Verwaltungstitel (Bund)"], ["zugeteilter Verwaltungskostentitel"], ["Bundesanteil (Zuteilung VWT)"]])("%s: both names at B2", (label) => {
    const by = map(vh(label));
    expect([high(by, "BUD_VWT_Zuteilung"), high(by, "BUD_VH_EinglMV")]).toEqual(["Budget!$B$2", "Budget!$B$2"]);
    expect(high(by, "BUD_VH_KFA")).toBe("Budget!$B$4");
  });

  // With a blank row the place says nothing; a total that is the sum would still join them (./federalPartTwin.ts).
  it("near miss: a blank row between the allocation and a composition whose total is not their sum keeps them apart", () => {
    const by = map(vh("Zuteilung Verwaltungskostentitel", true, false, 10_600_000));
    expect(high(by, "BUD_VH_EinglMV")).toBeUndefined();
    expect(high(by, "BUD_VWT_Zuteilung")).toBe("Budget!$B$2");
  });

  it("near miss: a federal part not labelled as the allocation names no allocation", () => {
    const by = map(vh("Bundesanteil lt. EinglMV"));
    expect(high(by, "BUD_VH_EinglMV")).toBe("Budget!$B$2");
    expect(by.get("BUD_VWT_Zuteilung")).toBeUndefined();
  });

  it("near miss: a composition with its own federal row keeps that row", () => {
    const by = map(vh("Zuteilung Verwaltungskostentitel", false, true));
    expect(high(by, "BUD_VH_EinglMV")).not.toBe("Budget!$B$2");
  });
});

// A dashboard: tiles (label above the value) with a change line under the value ("Δ VJ | 3,1 %") inside the tile's
// columns (./tileChange.ts), and side-by-side section titles ("Budget 2026 | | | | Personal 2026") that end the reach of
// the tile heads far above (./sideTitles.ts in roles.ts).
describe("dashboard tiles: the change line under a tile's value, and side titles below the tiles", () => {
  const cockpit = (change: string, merged = true, headsPrev = "IQ 2025 (vorl.)") => [
    {
      name: "Cockpit",
      cells: rows("A1", [
        ["IQ Ziel 2026", null, headsPrev, null, "LZB Ziel 2026", null, "LZB 2025"],
        [pct(0.168), null, pct(0.163), null, num(2315), null, num(2390)],
        [change, pct(0.031), null, null, change, pct(-0.031)],
        [],
        ["Budget 2026", null, null, null, "Personal 2026"],
        ["Eingliederungsbudget", num(2_610_000), null, null, "Köpfe", null, num(96)],
        ["Verwaltungsbudget", num(8_904_000), null, null, "VZÄ", null, vz(88.7)],
      ]),
      ...(merged ? { merged: ["A1:B1", "C1:D1", "E1:F1", "G1:H1", "A2:B2", "C2:D2", "E2:F2", "G2:H2"] } : {}),
    },
  ];

  it.each([["Δ VJ", true], ["Veränderung ggü. VJ", true], ["+/- Vorjahr", false], ["Δ zum Vorjahr in %", false]])("%s (merged tiles %s): the tile's change", (change, merged) => {
    const by = map(cockpit(change, merged));
    expect([high(by, "ZIE_IQ"), high(by, "ZIE_IQ_Veraenderung"), high(by, "ZIE_LZB_Veraenderung")]).toEqual(["Cockpit!$A$2", "Cockpit!$B$3", "Cockpit!$F$3"]);
  });

  it("near miss: a change line in %-Pkt. is an absolute difference, no relative change", () => {
    expect(high(map(cockpit("Δ VJ in %-Pkt.")), "ZIE_IQ_Veraenderung")).toBeUndefined();
  });

  it("near miss: a change line under the previous year's tile is that year's change", () => {
    const by = map([
      {
        name: "Cockpit",
        cells: rows("A1", [
          ["IQ 2025 (vorl.)", null, "IQ Ziel 2026", null, "LZB Ziel 2026"],
          [pct(0.163), null, pct(0.168), null, num(2315)],
          ["Δ VJ", pct(0.01)],
        ]),
        merged: ["A1:B1", "C1:D1", "E1:F1"],
      },
    ]);
    expect(high(by, "ZIE_IQ_Veraenderung")).toBeUndefined();
  });

  it("side titles below the tiles: the staff block's rows are no previous year's", () => {
    const by = map(cockpit("Δ VJ"));
    expect([high(by, "PER_Beschaeftigte"), high(by, "PER_VZAE_Gesamt")]).toEqual(["Cockpit!$G$6", "Cockpit!$G$7"]);
  });
});

// An excerpt of the Jobcenter's own planning document ("Stellenplan (Auszug)") holds its own figures; of its staff
// table, the column of the planning year beside earlier years' and dated columns is the plan (./planBesideIst.ts).
describe("an excerpt of the own Stellenplan, and its planning year's column", () => {
  const stellenplan = (title: string, heads: string[]) => [
    {
      name: "Stellen",
      cells: rows("A1", [
        [title],
        [],
        ["Organisationseinheit", ...heads],
        ["Markt und Integration", vz(52.5), vz(51), vz(48.7)],
        ["Leistung", vz(47), vz(46.5), vz(45.2)],
        ["Sonstiges operatives Personal", vz(21.4), vz(21.4), vz(20)],
        ["Sonstiges administratives Personal", vz(6.1), vz(6), vz(6)],
        ["Weitere Bereiche", vz(9), vz(8.5), vz(8.5)],
        ["Summe", vz(136), vz(133.4), vz(128.4)],
        [],
        ["Beschäftigte (Köpfe)", num(149)],
      ]),
    },
  ];

  it.each([
    ["Stellenplan Jobcenter (Auszug)", ["Stellen 2026 (VZÄ)", "Stellen 2025 (VZÄ)", "besetzt 30.06.2025 (VZÄ)"]],
    ["Auszug aus dem Haushaltsplan 2026: Stellenübersicht", ["VZÄ 2026", "VZÄ 2025", "Ist 31.12.2025"]],
    ["Stellenplan", ["2026", "2025", "2024"]],
  ])("%s with %j: the areas' VZÄ, their total and the head count are sicher", (title, heads) => {
    const by = map(stellenplan(title, heads));
    expect([high(by, "PER_VZAE_Bereiche"), high(by, "PER_VZAE_Gesamt"), high(by, "PER_Beschaeftigte")]).toEqual(["Stellen!$A$4:$B$8", "Stellen!$B$9", "Stellen!$B$11"]);
  });

  it.each([
    ["Auszug Kennzahlenbericht der BA", ["Stellen 2026 (VZÄ)", "Stellen 2025 (VZÄ)", "besetzt 30.06.2025 (VZÄ)"]], // a report's excerpt
    ["Stellenplan – Auszug aus dem Controllingbericht", ["Stellen 2026 (VZÄ)", "Stellen 2025 (VZÄ)", "besetzt 30.06.2025 (VZÄ)"]],
    ["Stellenplan", ["Stellen 2026 (VZÄ)", "Stellen 2027 (VZÄ)", "besetzt 30.06.2025 (VZÄ)"]], // a later year beside it
    ["Stellenplan", ["Stellen 2025 (VZÄ)", "Stellen 2024 (VZÄ)", "besetzt 30.06.2024 (VZÄ)"]], // no planning year's column
  ])("near miss: %s with %j: the area table is not sicher", (title, heads) => {
    expect(high(map(stellenplan(title, heads)), "PER_VZAE_Bereiche")).toBeUndefined();
  });
});

// A newcomer's plain words: "Geld" for the budget, "Alles zusammen" for the Förderung table's total; a status value
// with a remark ("vorläufig (Hochrechnung …)"); a title's starting year ("fortgeschrieben seit 2021") is no section year.
describe("plain words, status remarks and a workbook's starting year", () => {
  it.each([["Geld für Verwaltung insgesamt"], ["Geld für die Verwaltung"], ["Verwaltung (Geld gesamt)"]])("%s is the Verwaltungshaushalt", (label) => {
    const by = map([{ name: "Tabelle1", cells: rows("A1", [["Geld"], [label, num(7_415_000)], ["davon Umschichtung aus dem EGT", num(1_350_000)]]) }]);
    expect(high(by, "BUD_VH_Gesamt")).toBe("Tabelle1!$B$2");
  });

  it.each([["Einstiegsgeld"], ["Bürgergeld-Empfänger"], ["Geld"]])("near miss: %s names no budget", (label) => {
    const by = map([{ name: "Tabelle1", cells: rows("A1", [[label, num(7_415_000)]]) }]);
    expect([...by.keys()].filter((n) => n.startsWith("BUD_"))).toEqual([]);
  });

  const foe = (total: string) => [
    {
      name: "Tabelle2",
      cells: rows("A1", [
        ["Förderungen"],
        ["Was", "2025 (Ist)", "2026 (Plan)"],
        ["FbW", num(29), num(25)],
        ["EGZ", num(35), num(38)],
        ["AGH", num(70), num(75)],
        [total, num(134), num(138)],
      ]),
    },
  ];
  it.each([["Alles zusammen"], ["zusammen"], ["Alle zusammen"]])("%s closes the Förderung table", (total) => {
    expect(high(map(foe(total)), "FOE_Tabelle")).toBe("Tabelle2!$A$2:$C$6");
  });
  it("near miss: an instrument row \"zusammen mit AVGS\" is no total", () => {
    expect(high(map(foe("MAT zusammen mit AVGS")), "FOE_Tabelle")).toBeUndefined();
  });

  it.each([["vorläufig (Hochrechnung auf Basis BM 11/2025)"], ["endgültig, lt. BA-Statistik"], ["voraussichtlich – Stand Januar"]])("Vorjahreswerte | %s is the previous year's status", (value) => {
    const by = map([{ name: "Parameter", cells: rows("A1", [["Vorjahreswerte", value]]) }]);
    expect(high(by, "ZIE_VJ_Status")).toBe("Parameter!$B$1");
  });
  it.each([["siehe Blatt Ziele (vorläufig)"], ["Hochrechnung, vorläufig"]])("near miss: Vorjahreswerte | %s states no status", (value) => {
    const by = map([{ name: "Parameter", cells: rows("A1", [["Vorjahreswerte", value]]) }]);
    expect(by.get("ZIE_VJ_Status")).toBeUndefined();
  });

  const parameter = (title: string) =>
    proposeMapping(usedCells({ id: "t", title: "t", sheets: [{ name: "Parameter", cells: rows("A1", [[title], [], ["aktuelles Planjahr", num(2026, "0")]]) }] })).proposals.find((p) => p.name === "AIP_Planjahr");
  it.each([["Steuerungsmappe Jobcenter X (fortgeschrieben seit 2021)"], ["Controllingmappe, geführt seit 2019"]])("under %s the planning year is sicher", (title) => {
    expect(parameter(title)?.confidence).toBe("high");
  });
  it("near miss: a title naming another year (\"Steuerungsmappe 2021\") keeps the doubt", () => {
    expect(parameter("Steuerungsmappe 2021")?.confidence).not.toBe("high");
  });
});

// A cover sheet: "Behörde | Jobcenter X (gE)" names the Jobcenter; "AIP-Entwurf vom | date" dates the programme.
describe("a cover sheet's Behörde and the programme draft's date", () => {
  const cover = (pairs: Array<[string, LayoutCell]>) =>
    proposeMapping(usedCells({ id: "t", title: "t", sheets: [{ name: "Allgemein", cells: rows("A1", [["Jobcenter Gerabrück – Unterlagen zum AIP"], [], ["Haushaltsjahr", num(2026, "0")], ...pairs]) }] })).proposals;
  const sure = (ps: Proposal[], name: string) => ps.find((p) => p.name === name && p.confidence === "high")?.ref;

  it.each([["Behörde"], ["Behörde:"], ["Name der Behörde"]])("%s | Jobcenter Gerabrück (gE) is the Jobcenter", (label) => {
    expect(sure(cover([[label, "Jobcenter Gerabrück (gE)"]]), "AIP_Jobcenter")).toBe("Allgemein!$B$4");
  });
  it.each([["Ausländerbehörde"], ["zuständige Behörde"]])("near miss: %s names no Jobcenter", (label) => {
    expect(sure(cover([[label, "Landratsamt Gerabrück"]]), "AIP_Jobcenter")).not.toBe("Allgemein!$B$4");
  });

  it.each([["AIP-Entwurf vom"], ["Entwurf vom:"], ["Programmentwurf am"]])("%s | date is the programme's Stand", (label) => {
    expect(sure(cover([[label, date(46066)]]), "AIP_Stand")).toBe("Allgemein!$B$4");
  });
  it.each([["Entwurf", num(2, "0")], ["Entwurf", "Fr. Lindner"]])("near miss: %s | %j is no Stand", (label, value) => {
    expect(cover([[label, value]]).find((p) => p.name === "AIP_Stand")).toBeUndefined();
  });
});
