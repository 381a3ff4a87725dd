// Causes behind misses on layouts nobody tuned for (issue 13, fourth held-out round), each with other
// wordings than the held-out fixture's and near misses that must stay non-high:
// - a sheet or section naming several roles ("Plan-Ist-Vergleich") gives no role, its columns decide; a header
//   heads the rows below group rows merged across its table; an absolute difference is no contract change;
// - a code column (Haushaltsstelle, Titel, lfd. Nr.) left of the label is no label column;
// - date words (Fassung, Stand der Planung, Datenstand) and the allocation's date;
// - KUN_ELB under two year columns is the latest year's;
// - sheet names naming the customer structure by their concepts ("Strukturdaten", "Struktur SGB II");
// - a date in a stock's label is its as-of date.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { date, f, num, pct, rows, usedCells, type Layout, type LayoutSheet } from "../fixtures/layouts";

const sheet = (name: string, cells: LayoutSheet["cells"], merged?: string[]): LayoutSheet => ({ name, cells, ...(merged ? { merged } : {}) });
const layoutOf = (...sheets: LayoutSheet[]): Layout => ({ id: "t", title: "t", sheets });
const run = (layout: Layout) => proposeMapping(usedCells(layout));
const proposal = (layout: Layout, name: string): Proposal | undefined => run(layout).proposals.find((p) => p.name === name);
const high = (layout: Layout, name: string) => run(layout).proposals.find((p) => p.name === name && p.confidence === "high");
const q = (s: string) => (/^[A-Za-z0-9_]+$/.test(s) ? s : `'${s.replace(/'/g, "''")}'`);
const at = (s: string, a1: string) => `${q(s)}!${a1.replace(/([A-Z]+)(\d+)/, "$$$1$$$2")}`;
const eckdaten = (year: number) => sheet("Eckdaten", rows("A1", [["Planjahr", num(year, "0")]]));
const EUR = "#,##0 €";

describe("a comparison sheet: the columns decide, not the sheet name", () => {
  const comparison = (name: string, heads: string[]) =>
    sheet(
      name,
      rows("A1", [
        ["Vergleich"],
        ["Position", ...heads],
        ["Haushalt"],
        ["Verwaltungshaushalt", num(5_200_000, EUR), num(5_000_000, EUR), num(200_000, EUR), pct(0.04)],
        ["Eingliederungsbudget", num(3_100_000, EUR), num(3_300_000, EUR), num(-200_000, EUR), pct(-0.0606)],
        [],
        ["Zielsteuerung"],
        ["Integrationsquote", pct(0.17), pct(0.165), pct(0.005, "0.0%"), pct(0.0303)],
        ["Bestand LZB", num(4_100), num(4_200), num(-100), pct(-0.0238)],
      ]),
      ["A3:E3", "A7:E7"],
    );
  const cases: Array<[string, string[]]> = [
    ["Plan-Ist-Vergleich", ["Soll 2025", "Ist 2024", "Abw. absolut", "Abw. in %"]],
    ["Soll-Ist", ["Plan 2025", "Ist 2024", "Differenz absolut", "Veränderung in %"]],
    ["Plan Ist Abgleich", ["Ziel 2025", "Ergebnis 2024", "+/- abs.", "+/- in %"]],
    ["Vergleich Plan und Ist 2025", ["Planwert 2025", "Vorjahr 2024", "Abweichung in %-Pkt.", "Entwicklung in %"]],
  ];
  it.each(cases)("sheet %p under %p: plan, previous year and the relative change are high at their columns", (name, heads) => {
    const layout = layoutOf(eckdaten(2025), comparison(name, heads));
    expect(high(layout, "BUD_VH_Gesamt")?.ref).toBe(at(name, "B4"));
    expect(high(layout, "BUD_EB_Gesamt")?.ref).toBe(at(name, "B5"));
    expect(high(layout, "ZIE_IQ")?.ref).toBe(at(name, "B8"));
    expect(high(layout, "ZIE_IQ_VJ")?.ref).toBe(at(name, "C8"));
    expect(high(layout, "ZIE_IQ_Veraenderung")?.ref).toBe(at(name, "E8"));
    expect(high(layout, "ZIE_LZB_VJ")?.ref).toBe(at(name, "C9"));
    expect(high(layout, "ZIE_LZB_Veraenderung")?.ref).toBe(at(name, "E9"));
  });

  it("a section title naming plan and Ist gives no role either; the columns under it decide", () => {
    const layout = layoutOf(
      eckdaten(2025),
      sheet("Übersicht", rows("A1", [["Soll-Ist-Abgleich Ziele"], ["Kennzahl", "Ist 2024", "Plan 2025"], ["Integrationsquote", pct(0.165), pct(0.17)], ["Bestand LZB", num(4_200), num(4_100)]])),
    );
    expect(high(layout, "ZIE_IQ_VJ")?.ref).toBe("Übersicht!$B$3");
    expect(high(layout, "ZIE_IQ")?.ref).toBe("Übersicht!$C$3");
    expect(high(layout, "ZIE_LZB")?.ref).toBe("Übersicht!$C$4");
  });

  it("a comparison section is closer than the sheet name: the sheet's role does not reach through it (near miss)", () => {
    const single = (section: string) => layoutOf(eckdaten(2025), sheet("Ergebnis 2024", rows("A1", [[section], ["Integrationen", num(1_540)]])));
    expect(high(single("Ergebnisse"), "ZIE_Integrationen_VJ")?.ref).toBe("'Ergebnis 2024'!$B$2");
    expect(high(single("Soll-Ist-Vergleich"), "ZIE_Integrationen_VJ")).toBeUndefined();
  });

  it("a comparison of another year is only low (near miss)", () => {
    const layout = layoutOf(eckdaten(2025), comparison("Plan-Ist-Vergleich 2022", ["Soll 2025", "Ist 2024", "Abw. absolut", "Abw. in %"]));
    for (const name of ["BUD_VH_Gesamt", "ZIE_IQ", "ZIE_IQ_VJ"]) expect(high(layout, name)).toBeUndefined();
  });

  it.each(["Veränderung IQ ggü. VJ in %-Pkt.", "IQ Differenz absolut", "Veränderung der IQ in Prozentpunkten"])("a row %p is no relative change (near miss)", (label) => {
    const layout = layoutOf(eckdaten(2025), sheet("Ziele", rows("A1", [["Integrationsquote 2024", pct(0.165)], ["Integrationsquote 2025", pct(0.17)], [label, pct(0.005)]])));
    expect(run(layout).proposals.find((p) => p.name === "ZIE_IQ_Veraenderung")).toBeUndefined();
  });

  it("the same rows with a relative change are high", () => {
    const layout = layoutOf(eckdaten(2025), sheet("Ziele", rows("A1", [["Integrationsquote 2024", pct(0.165)], ["Integrationsquote 2025", pct(0.17)], ["Veränderung IQ ggü. VJ in %", pct(0.0303)]])));
    expect(high(layout, "ZIE_IQ_Veraenderung")?.ref).toBe("Ziele!$B$3");
  });

  it("an absolute difference alone is no change figure (near miss)", () => {
    const layout = layoutOf(eckdaten(2025), sheet("Plan-Ist-Vergleich", rows("A1", [["Kennzahl", "Soll 2025", "Ist 2024", "Abw. in %-Pkt."], ["Integrationsquote", pct(0.17), pct(0.165), pct(0.005)], ["IQ Frauen", pct(0.15), pct(0.148), pct(0.002)]])));
    expect(proposal(layout, "ZIE_IQ_Veraenderung")).toBeUndefined();
    expect(high(layout, "ZIE_IQ")?.ref).toBe(at("Plan-Ist-Vergleich", "B2"));
  });

  it("without column heads a comparison sheet gives no role: two numbers stay low (near miss)", () => {
    const layout = layoutOf(eckdaten(2025), sheet("Soll-Ist-Vergleich", rows("A1", [["Verwaltungshaushalt", num(5_200_000, EUR), num(5_000_000, EUR)], ["Integrationsquote", pct(0.17), pct(0.165)]])));
    for (const name of ["BUD_VH_Gesamt", "ZIE_IQ", "ZIE_IQ_VJ"]) expect(high(layout, name)).toBeUndefined();
  });

  it("a title in the label column only (not merged across) still closes the header above (near miss)", () => {
    const layout = layoutOf(
      eckdaten(2025),
      sheet("Ziele", rows("A1", [["Kennzahl", "Ziel 2025", "Ist 2024"], ["Integrationsquote", pct(0.17), pct(0.165)], ["IQ Frauen", pct(0.15), pct(0.148)], [], ["Weitere Angaben"], ["Bestand LZB", num(4_100), num(4_200)]])),
    );
    expect(high(layout, "ZIE_IQ")?.ref).toBe(at("Ziele", "B2"));
    for (const name of ["ZIE_LZB", "ZIE_LZB_VJ"]) expect(high(layout, name)).toBeUndefined();
  });

  it("a percent change column is no customer share", () => {
    const layout = layoutOf(
      eckdaten(2025),
      comparison("Plan-Ist-Vergleich", ["Soll 2025", "Ist 2024", "Abw. absolut", "Abw. in %"]),
      sheet("Kunden", rows("A1", [["Merkmal", "2024", "2023"], ["Anteil LZB an den eLb", pct(0.6), pct(0.62)]])),
    );
    const kun = run(layout).proposals.filter((p) => p.name.startsWith("KUN_"));
    expect(kun.filter((p) => p.ref.startsWith("'Plan-Ist-Vergleich'"))).toEqual([]);
    expect(high(layout, "KUN_Anteil_LZB")?.ref).toBe("Kunden!$B$2");
    expect(high(layout, "KUN_Anteil_LZB_VJ")?.ref).toBe("Kunden!$C$2");
  });
});

describe("a code column left of the label is no label column", () => {
  const cases: Array<[string, string, string[]]> = [
    ["Haushaltsstelle", "Bezeichnung", ["1.312.01", "1.312.02", "1.314.01"]],
    ["Titel", "Position", ["680 11", "680 12", "685 01"]],
    ["lfd. Nr.", "Bezeichnung", ["0.1.1", "0.1.2", "0.2.1"]],
    ["Kapitel", "Haushaltsposition", ["Kap. 1101", "Kap. 1102", "Kap. 1201"]],
  ];
  it.each(cases)("codes under %p, labels under %p: the budget rows are high", (codeHead, labelHead, codes) => {
    const layout = layoutOf(
      eckdaten(2024),
      sheet(
        "Mittel",
        rows("A1", [
          [codeHead, labelHead, "Ansatz 2024", "Ansatz 2023"],
          [codes[0], "Verwaltungskostenbudget gesamt", num(14_000_000, EUR), num(13_500_000, EUR)],
          [codes[1], "davon kommunaler Finanzierungsanteil", num(2_100_000, EUR), num(2_000_000, EUR)],
          [codes[2], "Eingliederungsbudget", num(7_400_000, EUR), num(7_900_000, EUR)],
        ]),
      ),
    );
    expect(high(layout, "BUD_VH_Gesamt")?.ref).toBe("Mittel!$C$2");
    expect(high(layout, "BUD_VH_KFA")?.ref).toBe("Mittel!$C$3");
    expect(high(layout, "BUD_EB_Gesamt")?.ref).toBe("Mittel!$C$4");
    expect(proposal(layout, "FOE_Tabelle")).toBeUndefined();
  });

  it.each(["1.1", "Kst. 4711", "10"])("a staff table with codes like %p left of the areas is read from the area column", (code) => {
    const layout = layoutOf(
      eckdaten(2024),
      sheet("Stellenplan", rows("A1", [["Nr.", "Organisationseinheit", "Stellen (VZÄ)"], [code, "Fallmanagement", num(61.5, "0.0")], ["1.2", "Leistung", num(54, "0.0")], ["2", "Eingangszone", num(14.5, "0.0")]])),
    );
    expect(high(layout, "PER_VZAE_Bereiche")?.ref).toBe("Stellenplan!$B$2:$C$4");
  });

  it("a Förderung table with a running number column keeps its instruments as labels (near miss)", () => {
    const layout = layoutOf(
      eckdaten(2024),
      sheet(
        "Förderung",
        rows("A1", [
          ["Nr.", "Instrument", "Ist 2023", "Plan 2024"],
          ["1", "Eintritte gesamt", num(300), num(320)],
          ["2", "FbW", num(100), num(110)],
          ["3", "EGZ", num(200), num(210)],
        ]),
      ),
    );
    expect(proposal(layout, "FOE_Tabelle")?.ref).toMatch(/^Förderung!\$B\$1:/);
  });
});

describe("date words beside a date", () => {
  it.each(["Fassung vom:", "Stand der Planung:", "Stand vom", "Datum der Fassung", "Fassung"])("%p is AIP_Stand", (label) => {
    const layout = layoutOf(sheet("Deckblatt", rows("A1", [["Planjahr", num(2025, "0")], [label, date(45_702)]])));
    expect(high(layout, "AIP_Stand")?.ref).toBe("Deckblatt!$B$2");
  });

  it.each(["Stand der Mittelzuteilung", "Datum der Mittelzuweisung", "Zuteilung Stand"])("%p is BUD_Zuteilung_Stand, not AIP_Stand", (label) => {
    const layout = layoutOf(sheet("Budget", rows("A1", [["Planjahr", num(2025, "0")], ["Stand", date(45_700)], [label, date(45_660)]])));
    expect(high(layout, "BUD_Zuteilung_Stand")?.ref).toBe("Budget!$B$3");
    expect(high(layout, "AIP_Stand")?.ref).toBe("Budget!$B$2");
  });

  it("„Datenstand“ of the Ist figures on the targets sheet is the data's date, not the programme's (near miss)", () => {
    const layout = layoutOf(
      sheet("Deckblatt", rows("A1", [["Planjahr", num(2025, "0")], ["Stand", date(45_702)]])),
      sheet("Ziele", rows("A1", [["Kennzahl", "Ist 2024", "Ziel 2025"], ["Integrationsquote", pct(0.2), pct(0.21)], ["IQ Frauen", pct(0.18), pct(0.19)], [], ["Datenstand", date(45_650)]])),
    );
    expect(high(layout, "AIP_Stand")?.ref).toBe("Deckblatt!$B$2");
  });

  it("a money allocation is no allocation date, a text beside „Fassung“ no AIP_Stand (near misses)", () => {
    const layout = layoutOf(sheet("Budget", rows("A1", [["Planjahr", num(2025, "0")], ["Zuteilung EGT lt. EinglMV", num(9_000_000, EUR)], ["Fassung vom:", "Entwurf"]])));
    expect(proposal(layout, "BUD_Zuteilung_Stand")).toBeUndefined();
    expect(high(layout, "AIP_Stand")).toBeUndefined();
  });
});

describe("KUN_ELB under two year columns is the latest year's, as the shares beside it", () => {
  const kunden = (heads: string[], elb: [number, number]) =>
    sheet("Kunden", rows("A1", [["Merkmal", ...heads], ["eLb im Jahresdurchschnitt", num(elb[0]), num(elb[1])], ["Anteil LZB an den eLb", pct(0.6), pct(0.62)]]));
  it.each<[number, string[], string]>([
    [2025, ["2024", "2023"], "B"],
    [2025, ["2023", "2024"], "C"],
    [2026, ["Ø 2025", "Ø 2024"], "B"],
    [2026, ["Ø 2024", "Ø 2025"], "C"],
    [2025, ["JD 2024", "JD 2023"], "B"],
  ])("in %p under %p: column %p", (year, heads, col) => {
    const layout = layoutOf(eckdaten(year), kunden(heads, [12_000, 11_800]));
    expect(high(layout, "KUN_ELB")?.ref).toBe(`Kunden!$${col}$2`);
    expect(high(layout, "KUN_Anteil_LZB")?.ref).toBe(`Kunden!$${col}$3`);
  });

  it("two columns of the same year give no latest one (near miss)", () => {
    const layout = layoutOf(eckdaten(2025), kunden(["Jan 2024", "Dez 2024"], [12_000, 11_800]));
    expect(high(layout, "KUN_ELB")).toBeUndefined();
  });
});

describe("sheet names naming the customer structure by their concepts", () => {
  const customers = (name: string) =>
    sheet(name, rows("A1", [["Merkmal", "2024"], ["eLb (Jahresdurchschnitt)", num(7_200)], ["Anteil Ausländer an Arbeitslosen", pct(0.27)], ["Anteil Jugendliche U25", pct(0.08)]]));
  it.each(["Strukturdaten", "Kundenstruktur", "Struktur SGB II", "Eckdaten Kunden", "Strukturdaten Leistungsberechtigte"])("%p is the customer area", (name) => {
    const layout = layoutOf(eckdaten(2025), customers(name));
    expect(high(layout, "KUN_ELB")?.ref).toBe(at(name, "B2"));
    expect(high(layout, "KUN_Anteil_Auslaender")?.ref).toBe(at(name, "B3"));
    expect(high(layout, "KUN_Anteil_Jugendliche")?.ref).toBe(at(name, "B4"));
  });

  it.each(["Markt & Integration", "Alters struktur", "Struktur Team 3"])("a group row %p on the staff sheet names no other area (near miss)", (group) => {
    const layout = layoutOf(eckdaten(2025), sheet("Personal", rows("A1", [[group], ["Fallmanagement", num(20, "0.0")], ["Frauenanteil", pct(0.7)], ["Anteil BA", pct(0.6)]])));
    expect(high(layout, "PER_Anteil_Frauen")?.ref).toBe("Personal!$B$3");
    expect(high(layout, "PER_Anteil_BA")?.ref).toBe("Personal!$B$4");
  });

  it("„Personalstruktur“ stays the staff area and „Eckdaten“ alone the key data (near misses)", () => {
    const layout = layoutOf(
      sheet("Eckdaten", rows("A1", [["Jahr", num(2025, "0")]])),
      sheet("Personalstruktur", rows("A1", [["Frauenanteil", pct(0.7)], ["Anteil Ausländer an Arbeitslosen", pct(0.27)]])),
    );
    expect(high(layout, "AIP_Planjahr")?.ref).toBe("Eckdaten!$B$1");
    expect(high(layout, "PER_Anteil_Frauen")?.ref).toBe("Personalstruktur!$B$1");
    expect(high(layout, "KUN_Anteil_Auslaender")).toBeUndefined();
  });
});

describe("a date in a stock's label is its as-of date", () => {
  const personal = (label: string, value = num(162)) => sheet("Personal", rows("A1", [[label, value]]));
  it.each(["Beschäftigte (Köpfe) zum 31.12.2023", "Mitarbeitende zum 31.12.2023", "Köpfe per 31.12.2024", "Personalbestand (12/2023)"])("%p in 2024 is the current staff count", (label) => {
    const layout = layoutOf(eckdaten(2024), personal(label));
    expect(high(layout, "PER_Beschaeftigte")?.ref).toBe("Personal!$B$1");
  });

  it("VZÄ and a customer share dated last year are current", () => {
    const layout = layoutOf(
      eckdaten(2024),
      sheet("Personal", rows("A1", [["VZÄ gesamt am 31.12.2023", f("1", 147.5, "0.0")]])),
      sheet("Kunden", rows("A1", [["Anteil LZB am 31.12.2023", pct(0.6)]])),
    );
    expect(high(layout, "PER_VZAE_Gesamt")?.ref).toBe("Personal!$B$1");
    expect(high(layout, "KUN_Anteil_LZB")?.ref).toBe("Kunden!$B$1");
  });

  it("a stock dated two years back, or a year value with a date, is not current (near misses)", () => {
    expect(high(layoutOf(eckdaten(2024), personal("Beschäftigte (Köpfe) zum 31.12.2021")), "PER_Beschaeftigte")).toBeUndefined();
    const targets = layoutOf(eckdaten(2024), sheet("Ziele", rows("A1", [["Integrationsquote zum 31.12.2023", pct(0.2)]])));
    expect(high(targets, "ZIE_IQ")).toBeUndefined();
  });
});

describe("a merged group row keeps the header only over rows of the same table", () => {
  it("rows of one number under a merged section title are a new block, not the header's columns (near miss)", () => {
    const layout = layoutOf(
      eckdaten(2024),
      sheet(
        "Übersicht",
        rows("A1", [["Kennzahl", "Ist 2023", "Ziel 2024"], ["Integrationsquote", pct(0.2), pct(0.21)], ["IQ Frauen", pct(0.18), pct(0.19)], [], ["Weitere Angaben"], ["Beschäftigte (Köpfe)", num(162)], ["VZÄ gesamt", num(147.5, "0.0")]]),
        ["A5:C5"],
      ),
    );
    expect(high(layout, "ZIE_IQ")?.ref).toBe("Übersicht!$C$2");
    expect(high(layout, "PER_Beschaeftigte")?.ref).toBe("Übersicht!$B$6");
    expect(high(layout, "PER_VZAE_Gesamt")?.ref).toBe("Übersicht!$B$7");
  });
});

describe("tables side by side: a header row of the right block beside data of the left one", () => {
  const sideBySide = (heads: string[], left: Array<[string, number]> = [["Anteil BA", 0.55], ["Anteil Kreis", 0.45]]) =>
    sheet(
      "AIP",
      rows("A1", [
        ["Personal", null, null, null, "Ziele"],
        ["Beschäftigte (Köpfe)", num(78), null, null, "Kennzahl", "Ist 2023", "Ziel 2024"],
        ["VZÄ gesamt", num(71.3, "0.0"), null, null, "Integrationsquote", pct(0.19), pct(0.195)],
        [left[0][0], pct(left[0][1], "0%"), null, null, "Merkmal", ...heads],
        [left[1][0], pct(left[1][1], "0%"), null, null, "eLb (JD)", num(3_260), num(3_187)],
        [null, null, null, null, "Anteil LZB", pct(0.672), pct(0.66)],
      ]),
    );
  it.each<[string[], string]>([
    [["2022", "2023"], "G"],
    [["2023", "2022"], "F"],
    [["Ø 2022", "Ø 2023"], "G"],
  ])("customers under %p beside staff rows: the latest year's column (%p)", (heads, col) => {
    const layout = layoutOf(eckdaten(2024), sideBySide(heads));
    expect(high(layout, "KUN_Anteil_LZB")?.ref).toBe(`AIP!$${col}$6`);
    for (const name of ["ZIE_ELB", "ZIE_ELB_VJ"]) expect(high(layout, name)).toBeUndefined();
    expect(high(layout, "ZIE_IQ")?.ref).toBe("AIP!$G$3");
  });

  it("without a blank column between, a row with numbers is no header row (near miss)", () => {
    const layout = layoutOf(
      eckdaten(2024),
      sheet("AIP", rows("A1", [["Kennzahl", "Ist 2023", "Ziel 2024"], ["Integrationsquote", pct(0.19), pct(0.195)], ["IQ Frauen", pct(0.17), pct(0.18)], ["Merkmal", "2022", num(2023, "0"), num(5)], ["Bestand LZB", num(2_104), num(2_060)]])),
    );
    expect(high(layout, "ZIE_LZB")?.ref).toBe("AIP!$C$5");
  });
});
