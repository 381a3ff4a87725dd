// The causes behind the 40th held-out set's misses (test/fixtures/heldOut40.ts), each tested with wordings and
// layouts the tester did not write and near misses that must stay not sure:
// - figures in an upper head spanning their parts' heads ("IQ" over "gesamt | Männer | Frauen"), the roles in the
//   rows: each cell is the part's figure of the row's year (./src/core/mapper/figurePartHeads.ts);
// - a yearless Ist title ("Kunden (nur Ist)") inside a table of year blocks with Plan/Ist subcolumns: the rows under
//   it fill only the Ist columns, and the header still heads them (./src/core/mapper/groupTitle.ts "ist");
// - a title's legend ("PJ = Planjahr, VJ = Vorjahr") names no programme year (./src/core/mapper/abbreviationLegend.ts);
// - "Vorjahr | 2024" under "Planjahr | 2025" is a parameter row, no year head of the date below
//   (./src/core/mapper/yearKeyRow.ts);
// - "weibl"/"männl" cut without their period in column-style labels ("Anteil_weibl") (./src/core/mapper/vocabulary.ts);
// - "u. 25" is "unter 25" (./src/core/mapper/tokens.ts, matchLabel.ts); "Vorvorjahr" is no previous year (roles.ts);
// - a bare "Stichtag" head over each row's as-of date: no second value of the row (./src/core/mapper/remarkColumns.ts)
//   and no rival Stand of the programme (./src/core/mapper/asOfHeadDates.ts);
// - "Anteil BA / Kommune | 76 % | 24 %" with another table beside it after a blank column (./src/core/mapper/besideBlock.ts);
// - a staff table's cost column ("Personalkosten 2025 (€)") is neither a VZÄ column (./src/core/mapper/planVzaeColumn.ts)
//   nor a head count: a count in a euro format is none (./src/core/mapper/values.ts).
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { date, num, pct, rows, usedCells, type Layout, type LayoutCell } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2026): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

function partHeads(figures: [string, string], parts: [string, string, string], roleRows: Array<[string, ...LayoutCell[]]>, corner: string | null = null, merge = true) {
  return {
    name: "Ziele",
    cells: rows("A1", [
      ["Steuerungsziele nach § 48b SGB II"],
      [null, figures[0], null, null, figures[1]],
      [corner, ...parts, ...parts],
      ...roleRows,
    ]),
    merged: merge ? ["B2:D2", "E2:G2"] : [],
  };
}
const iqRow = (label: string, a: number, b: number, c: number, d: number): [string, ...LayoutCell[]] => [label, pct(a), pct(b), pct(c), num(d), num(d / 2), num(d / 2)];

describe("figures spanning their parts' heads, roles in the rows", () => {
  it.each([
    [["Integrationsquote (IQ)", "Bestand Langzeitleistungsbezieher (JD)"], ["insgesamt", "Frauen", "Männer"], "Vorjahr (Ist, vorläufig)", "Planwert 2026", "Veränderung zum Vorjahr in %", null],
    [["IQ nach K2", "LZB-Bestand"], ["gesamt", "weiblich", "männlich"], "2025 Ist", "Zielwert 2026", "Veränd. ggü. VJ", "Kennzahl"],
  ] as Array<[[string, string], [string, string, string], string, string, string, string | null]>)("%s / %s", (figures, parts, prev, target, change, corner) => {
    const by = map([
      partHeads(figures, parts, [iqRow(prev, 0.2, 0.19, 0.21, 3000), iqRow(target, 0.21, 0.2, 0.22, 2900), [change, pct(0.05), pct(0.05), pct(0.05), pct(-0.03), pct(-0.03), pct(-0.03)]], corner),
    ]);
    expect(high(by, "ZIE_IQ_VJ")).toBe("Ziele!$B$4");
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$B$5");
    expect(high(by, "ZIE_IQ_Frauen")).toBe("Ziele!$C$5");
    expect(high(by, "ZIE_IQ_Maenner_Veraenderung")).toBe("Ziele!$D$6");
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$E$5");
    expect(high(by, "ZIE_LZB_Frauen_VJ")).toBe("Ziele!$F$4");
    expect(high(by, "ZIE_LZB_Veraenderung")).toBe("Ziele!$E$6");
  });

  it("reads the figure heads over their parts without a merge too", () => {
    const by = map([partHeads(["Integrationsquote", "LZB-Bestand"], ["gesamt", "Frauen", "Männer"], [iqRow("Ist 2025", 0.2, 0.19, 0.21, 3000), iqRow("Ziel 2026", 0.21, 0.2, 0.22, 2900)], null, false)]);
    expect(high(by, "ZIE_IQ_Maenner")).toBe("Ziele!$D$5");
    expect(high(by, "ZIE_LZB_Maenner_VJ")).toBe("Ziele!$G$4");
  });

  it("an older year's target and a distance in points are no role: never the change, never the previous year", () => {
    const by = map([
      partHeads(["Integrationsquote", "LZB-Bestand"], ["gesamt", "Frauen", "Männer"], [
        iqRow("Zielwert 2024", 0.3, 0.3, 0.3, 5000),
        iqRow("Ziel 2026", 0.21, 0.2, 0.22, 2900),
        ["Abstand zum Ziel (%-Pkt.)", pct(-0.01), pct(-0.01), pct(-0.01), num(100), num(50), num(50)],
      ]),
    ]);
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$B$5");
    expect(high(by, "ZIE_IQ_VJ")).toBeUndefined();
    expect(high(by, "ZIE_IQ_Veraenderung")).toBeUndefined();
    expect(high(by, "ZIE_LZB_Frauen_Veraenderung")).toBeUndefined();
  });

  it("a lower head that is no part (\"Ziel | Ist | Trend\") makes no part figures", () => {
    const by = map([partHeads(["Integrationsquote", "LZB-Bestand"], ["Ziel", "Ist", "Trend"], [iqRow("Team Nord", 0.2, 0.19, 0.21, 3000)])]);
    expect(high(by, "ZIE_IQ_Frauen")).toBeUndefined();
    expect(high(by, "ZIE_LZB_Maenner")).toBeUndefined();
  });
});

function yearBlocks(title: string, subHeads: [string, string, string, string], customerRows: Array<Array<LayoutCell | string | null>>) {
  return {
    name: "Planung",
    cells: rows("A1", [
      ["Kennzahl", num(2024, "0"), null, null, num(2025, "0"), null, null, num(2026, "0")],
      [null, subHeads[0], subHeads[1], null, subHeads[2], subHeads[3], null, "Plan"],
      ["Ziele"],
      ["Integrationen", num(800), num(790), null, num(820), num(812), null, num(781)],
      ["eLb (JDW)", num(4850), num(4800), null, num(4760), num(4720), null, num(4650)],
      [],
      [title],
      ...customerRows,
    ]),
    merged: ["B1:C1", "E1:F1"],
  };
}
const istRow = (label: string, a: LayoutCell, b: LayoutCell) => [label, null, a, null, null, b];

describe("a yearless Ist title inside year blocks of Plan and Ist", () => {
  it.each([
    ["Kundenstruktur (nur Ist-Werte)", ["Plan", "Ist", "Plan", "Ist"]],
    ["Kunden – Ist", ["Soll", "Ist", "Soll", "Ist (vorläufig)"]],
  ] as Array<[string, [string, string, string, string]]>)("%s", (title, subHeads) => {
    const by = map([yearBlocks(title, subHeads, [istRow("Anteil Langzeitleistungsbezieher an eLb", pct(0.6), pct(0.58)), istRow("Alleinerziehende eLb", num(690), num(702))])]);
    expect(high(by, "KUN_Anteil_LZB")).toBe("Planung!$F$8");
    expect(high(by, "KUN_Anteil_LZB_VJ")).toBe("Planung!$C$8");
    expect(high(by, "KUN_Alleinerziehende")).toBe("Planung!$F$9");
    expect(high(by, "KUN_Alleinerziehende_VJ")).toBe("Planung!$C$9");
  });

  it("numbers under the Plan heads are not read past the Ist title", () => {
    const sheet = yearBlocks("Kunden (nur Ist)", ["Plan", "Ist", "Plan", "Ist"], [["Anteil Langzeitleistungsbezieher an eLb", pct(0.59), pct(0.6), null, pct(0.57), pct(0.58)]]);
    const by = map([sheet]);
    expect(high(by, "KUN_Anteil_LZB")).toBeUndefined();
    expect(high(by, "KUN_Anteil_LZB_VJ")).toBeUndefined();
  });
});

function parameters(title: string, keys: Array<[string, LayoutCell | string]>): Layout["sheets"][number] {
  return { name: "Start", cells: rows("A1", [[title], [], ["Parameter", "Wert"], ["Jobcenter", "Jobcenter Musterstadt"], ...keys]) };
}
const byParameters = (title: string, keys: Array<[string, LayoutCell | string]>) => {
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: [parameters(title, keys)] }));
  return new Map(result.proposals.map((p) => [p.name, p]));
};

describe("a parameter sheet with a legend in its title and a Vorjahr key", () => {
  it.each([
    ["Steuerungsmappe AIP (Abkürzungen: PJ = Planjahr, VJ = Vorjahr)"],
    ["AIP-Datei v1.4 (VJ = Vorjahr; PJ = Planjahr)"],
  ])("%s", (title) => {
    const by = byParameters(title, [["Planjahr", num(2026, "0")], ["Vorjahr", num(2025, "0")], ["Stand", date(46_070)]]);
    expect(high(by, "AIP_Jobcenter")).toBe("Start!$B$4");
    expect(high(by, "AIP_Planjahr")).toBe("Start!$B$5");
    expect(high(by, "AIP_Stand")).toBe("Start!$B$7");
  });

  it("a programme marked as last year's without a legend stays not sure", () => {
    const by = byParameters("AIP Vorjahr (nur zur Ansicht)", [["Planjahr", num(2026, "0")], ["Stand", date(46_070)]]);
    expect(high(by, "AIP_Planjahr")).toBeUndefined();
    expect(high(by, "AIP_Stand")).toBeUndefined();
  });
});

describe("gender words cut without their period in column-style labels", () => {
  it.each([
    ["Anteil_weibl", "Anteil_maennl"],
    ["Quote weibl", "Quote männl"],
  ])("%s / %s", (women, men) => {
    const by = map([
      {
        name: "Personal",
        cells: rows("A1", [["Personal 2026"], [], ["VZAE_Summe", num(120.5)], [women, pct(0.7, "0%")], [men, pct(0.3, "0%")]]),
      },
    ]);
    expect(high(by, "PER_Anteil_Frauen")).toBe("Personal!$B$4");
    expect(high(by, "PER_Anteil_Maenner")).toBe("Personal!$B$5");
  });

  it("a bare 'weibl' among the targets is no staff share", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Ziele 2026"], [], ["IQ Ziel", pct(0.2)], ["weibl", pct(0.19)]]) }]);
    expect(high(by, "PER_Anteil_Frauen")).toBeUndefined();
  });
});

describe("statistics wording: 'u. 25', 'Vorvorjahr'", () => {
  it.each([["Anteil Jugendliche u. 25 an Arbeitslosen"], ["Anteil Jüngere U. 25 an Alo"]])("%s", (label) => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Kundenstruktur"], [], ["Merkmal", num(2024, "0"), num(2025, "0")], [label, pct(0.07), pct(0.074)]]) }]);
    expect(high(by, "KUN_Anteil_Jugendliche")).toBe("Kunden!$C$4");
    expect(high(by, "KUN_Anteil_Jugendliche_VJ")).toBe("Kunden!$B$4");
  });

  it.each([["eLb-Bestand (Ø) Vorvorjahr"], ["eLb im Jahresdurchschnitt (Vor-Vorjahr)"], ["eLb (JD) VVJ"]])("%s is no rival of the previous year's eLb", (older) => {
    const by = map([
      { name: "Basis", cells: rows("A1", [["Ausgangswerte Vorjahr 2025"], [], ["Merkmal", "Wert"], ["Integrationen", num(900)], ["eLb-Bestand (Ø)", num(4700)], [older, num(4800)]]) },
    ]);
    expect(high(by, "ZIE_ELB_VJ")).toBe("Basis!$B$5");
  });
});

describe("a bare as-of head over each row's date", () => {
  const staff = (head: string) => ({
    name: "Personal",
    cells: rows("A1", [
      ["Personal"],
      [],
      ["Merkmal", "Wert", "Einheit", head],
      ["Beschäftigte (Köpfe)", num(131), "Personen", date(46_022)],
      ["Vollzeitäquivalente", num(121.4, "0.0"), "VZÄ", date(46_022)],
    ]),
  });
  it.each([["Stichtag"], ["Datenstand"], ["Abrufdatum"]])("%s", (head) => {
    const by = map([{ name: "Info", cells: rows("A1", [["Jobcenter", "Jobcenter Musterstadt"], ["Stand", date(46_070)]]) }, staff(head)]);
    expect(high(by, "PER_Beschaeftigte")).toBe("Personal!$B$4");
    expect(high(by, "PER_VZAE_Gesamt")).toBe("Personal!$B$5");
    expect(high(by, "AIP_Stand")).toBe("Info!$B$2");
  });

  it("a head naming the values' own date (\"Stichtag 31.12.2025\") is no as-of column", () => {
    const by = map([
      {
        name: "Personal",
        cells: rows("A1", [["Personal"], [], ["Merkmal", "Plan 2026", "Stichtag 31.12.2025"], ["Beschäftigte (Köpfe)", num(131), num(128)], ["Vollzeitäquivalente", num(121.4, "0.0"), num(119, "0.0")]]),
      },
    ]);
    expect(high(by, "PER_Beschaeftigte")).toBe("Personal!$B$4");
    expect(high(by, "PER_Beschaeftigte")).not.toBe("Personal!$C$4");
  });
});

describe("a slash pair row with another table beside it", () => {
  const page = (pair: Array<LayoutCell | string | null>) => ({
    name: "Übersicht",
    cells: rows("A1", [
      ["Personal 2026", null, null, null, null, "Eintritte 2026"],
      [null, null, null, null, null, "Instrument", "Ist 25", "Plan 26"],
      ["Beschäftigte (Köpfe)", num(131), null, null, null, "FbW", num(62), num(55)],
      pair,
      [null, null, null, null, null, "AGH", num(140), num(120)],
      [null, null, null, null, null, "Gesamt", num(273), num(243)],
    ]),
  });
  it.each([["Anteil BA / Kommune"], ["Personalanteil BA / Kommune"]])("%s", (label) => {
    const by = map([page([label, pct(0.76, "0%"), pct(0.24, "0%"), null, null, "EGZ", num(71), num(68)])]);
    expect(high(by, "PER_Anteil_BA")).toBe("Übersicht!$B$4");
    expect(high(by, "PER_Anteil_Kommune")).toBe("Übersicht!$C$4");
  });

  it("a third number right beside the pair (no blank column, no label) keeps the row unread", () => {
    const by = map([page(["Anteil BA / Kommune", pct(0.76, "0%"), pct(0.24, "0%"), pct(0.1, "0%"), null, "EGZ", num(71), num(68)])]);
    expect(high(by, "PER_Anteil_BA")).toBeUndefined();
    expect(high(by, "PER_Anteil_Kommune")).toBeUndefined();
  });
});

describe("a cost column in the staff table by area", () => {
  const staff = (costHead: string) => ({
    name: "Stellenplan",
    cells: rows("A1", [
      ["Stellen- und Personalkostenplanung 2026"],
      [],
      ["Bereich", "VZÄ", "Köpfe", costHead],
      ["Markt und Integration", num(40.5, "0.0"), num(44), num(3_000_000, "#,##0 €")],
      ["Leistung", num(38, "0.0"), num(41), num(2_600_000, "#,##0 €")],
      ["Sonstiges operatives Personal", num(20, "0.0"), num(22), num(1_300_000, "#,##0 €")],
      ["Summe", num(98.5, "0.0"), num(107), num(6_900_000, "#,##0 €")],
    ]),
  });
  it.each([["Personalkosten 2026 (€)"], ["Kosten in EUR"], ["Personalkosten"]])("%s", (head) => {
    const by = map([staff(head)]);
    expect(high(by, "PER_VZAE_Bereiche")).toBe("Stellenplan!$A$4:$B$6");
    expect(high(by, "PER_VZAE_Gesamt")).toBe("Stellenplan!$B$7");
    expect(high(by, "PER_Beschaeftigte")).toBe("Stellenplan!$C$7");
  });

  it("a second plan column (\"Soll 2026\") keeps the table's column unsure", () => {
    const by = map([staff("Soll 2026")]);
    expect(high(by, "PER_VZAE_Bereiche")).toBeUndefined();
  });
});

// Second round (fix5240): area rows under their total written with a part word ("dv. M+I"), office short forms of the
// areas ("M&I", "sonst. adm. Personal"), and a slash-pair row under the areas ending the table
// (./src/core/mapper/areaRunRows.ts, staffAreaName.ts, vocabulary.ts).
describe("area rows under their total with a part word", () => {
  const staff = (total: string, areas: string[], after: LayoutCell[][] = []) =>
    map([
      {
        name: "Übersicht",
        cells: rows("A1", [
          ["Personal"],
          [total, null, num(100.0, "0.0")],
          ...areas.map((a, i): LayoutCell[] => [a, null, num([40.5, 30.5, 20, 9][i], "0.0")]),
          ...after,
        ]),
      },
    ]);
  const areas = ["dv. M+I", "dv. Leistungsgewährung", "dv. sonst. adm. Personal", "dv. Eingangszone"];

  it("„VZÄ insgesamt“ over „dv. M+I“ … : the areas and the total are sure", () => {
    const by = staff("VZÄ insgesamt", areas);
    expect(high(by, "PER_VZAE_Bereiche")).toBe("Übersicht!$A$3:$C$6");
    expect(high(by, "PER_VZAE_Gesamt")).toBe("Übersicht!$C$2");
  });

  it("„darunter“ and „dav.“ read alike", () => {
    const by = staff("VZÄ gesamt", ["darunter MuI", "dav. Leistung", "dav. sonst. op. Personal", "darunter Zentrale Dienste"]);
    expect(high(by, "PER_VZAE_Bereiche")).toBe("Übersicht!$A$3:$C$6");
  });

  it("a slash-pair row right under the areas ends the table; its shares stay the staff's", () => {
    const by = staff("VZÄ insgesamt", areas, [["Anteil BA / Kommune", null, pct(0.7, "0%"), pct(0.3, "0%")]]);
    expect(high(by, "PER_VZAE_Bereiche")).toBe("Übersicht!$A$3:$C$6");
    expect(high(by, "PER_Anteil_BA")).toBe("Übersicht!$C$7");
    expect(high(by, "PER_Anteil_Kommune")).toBe("Übersicht!$D$7");
  });

  it("near miss: the areas' sum misses the total above, the table stays unsure", () => {
    const by = staff("VZÄ insgesamt", ["dv. M+I", "dv. Leistungsgewährung", "dv. sonst. adm. Personal", "dv. Zentrale Dienste", "dv. Eingangszone"].slice(0, 3));
    expect(high(by, "PER_VZAE_Bereiche")).toBeUndefined();
  });

  it("„dv. Frauen“ under a head count stays the women's part, „M&I“ is no Männer", async () => {
    const { tokenize } = await import("../../src/core/mapper/tokens");
    const { readStaffAreaName } = await import("../../src/core/mapper/staffAreaName");
    const concepts = (t: string) => tokenize(readStaffAreaName(t)).flatMap((x) => x.concepts);
    expect(concepts("dv. Frauen")).toEqual(expect.arrayContaining(["teil", "frauen"]));
    expect(concepts("dv. M&I")).not.toContain("maenner");
    expect(concepts("IQ M")).toContain("maenner");
  });
});

// Second round (fix5240): a title's clause pointing to an archive ("Blätter der Vorjahre siehe Archiv") marks no
// archive and gives no year (./src/core/mapper/pointerClause.ts).
describe("a title pointing to an archive is no archive", () => {
  const sheet = (title: string) =>
    proposeMapping(
      usedCells({
        id: "t",
        title: "t",
        sheets: [
          {
            name: "Planung",
            cells: rows("A1", [
              [title],
              [],
              ["Planjahr", num(2026, "0")],
              [],
              ["Kennzahl", "Ziel 2026"],
              ["Integrationsquote", pct(0.21)],
              ["LZB-Bestand", num(2400)],
            ]),
          },
        ],
      }),
    ).proposals.filter((p) => p.confidence === "high").map((p) => `${p.name}=${p.ref}`);

  it.each(["Zielplanung (ältere Fassungen siehe Blatt Archiv)", "Zielplanung – Vorjahre s. Archiv", "Zielplanung (Stand der Vorjahre → Archiv)", "AIP (vgl. Archivordner)"])("„%s“: the plan year and the targets are sure", (title) => {
    expect(sheet(title)).toEqual(expect.arrayContaining(["AIP_Planjahr=Planung!$B$3", "ZIE_IQ=Planung!$B$6", "ZIE_LZB=Planung!$B$7"]));
  });

  it.each(["Zielplanung (Archiv)", "Archiv – siehe Blatt Planung 2027", "Zielplanung alt, siehe neue Fassung"])("near miss „%s“: an archive marker of its own keeps everything unsure", (title) => {
    expect(sheet(title)).not.toEqual(expect.arrayContaining(["AIP_Planjahr=Planung!$B$3"]));
    expect(sheet(title)).not.toEqual(expect.arrayContaining(["ZIE_IQ=Planung!$B$6"]));
  });

  it.each(["Zielwerte 2026 (Vorjahreswerte siehe Blatt Ist)", "Zielwerte 2026 – Vorjahr s. Blatt VJ", "Ziele 2026 (Ist 2025 siehe Monitoring)"])("the pointer clause of „%s“ gives no year: the section's targets are sure", (title) => {
    const by = map([{ name: "Planung", cells: rows("A1", [[title], ["Integrationsquote", pct(0.21)], ["LZB-Bestand", num(2400)]]) }]);
    expect(high(by, "ZIE_IQ")).toBe("Planung!$B$2");
    expect(high(by, "ZIE_LZB")).toBe("Planung!$B$3");
  });
});
