// Causes of set 77 (part b): the base population of a customer share in lists of Personengruppen (eLb beside
// Arbeitslose), abbreviated customer sheets ("KuStru", "Ø 25 | % | Ø 26 | %", "IQ ges." over "IQ AE", "Σ", "1 P.")
// and customer blocks stacked by year. Each with other wordings of the same meaning and near misses that must not map.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { date, num, pct, rows, usedCells, type Layout, type LayoutCell } from "../fixtures/layouts";

function map(sheets: Layout["sheets"]): Map<string, Proposal> {
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

/** A cover naming the planning year 2025 (customers as of 2024, _VJ 2023). */
const COVER: Layout["sheets"][number] = {
  name: "Deckblatt",
  cells: rows("A1", [["Arbeitsmarkt- und Integrationsprogramm 2025"], ["Jobcenter", "Jobcenter Auental"], ["Planjahr", num(2025, "0")], ["Stand", date(45_700)]]),
};

/** Count and share of one group in the two years (2023, 2024). */
const pair = (label: string, a: number, b: number, ta: number, tb: number): LayoutCell[] => [label, num(a), pct(a / ta), num(b), pct(b / tb)];

describe("a share of the unemployed is not the group's share of the eLb standing beside it", () => {
  const sheet = (elbHead: string, aloTitle: string | undefined, aloHead: string, group: string, foreign: string): Layout["sheets"][number] => ({
    name: "Kundenstruktur",
    cells: rows("A1", [
      ["Kundenstruktur nach Personengruppen"],
      [],
      [undefined, "Ø 2023", undefined, "Ø 2024"],
      ["Personengruppe", "Anzahl", "Anteil", "Anzahl", "Anteil"],
      pair(elbHead, 5000, 5200, 5000, 5200),
      pair("Frauen", 2600, 2700, 5000, 5200),
      pair(group, 600, 640, 5000, 5200),
      pair(foreign, 1400, 1500, 5000, 5200),
      pair("Langzeitleistungsbeziehende", 3200, 3150, 5000, 5200),
      [],
      ...(aloTitle ? [[aloTitle]] : []),
      pair(aloHead, 1900, 2000, 1900, 2000),
      pair(group, 140, 150, 1900, 2000),
      pair(foreign, 500, 600, 1900, 2000),
    ]),
    merged: ["B3:C3", "D3:E3"],
  });

  it.each([
    ["eLb insgesamt", "Arbeitslose SGB II nach Personengruppen", "Arbeitslose SGB II insgesamt", "unter 25 Jahre", "Ausländer"],
    ["erwerbsfähige Leistungsberechtigte gesamt", undefined, "Arbeitslose gesamt", "U25", "nichtdeutsch"],
    ["Bestand eLb", "Arbeitslose im Rechtskreis SGB II", "Alo insg.", "Jugendliche (U25)", "ausländische Staatsangehörige"],
    ["eLb", undefined, "arbeitslose eLb", "unter 25-Jährige", "Ausländer/-innen"],
  ])("%s … %s / %s: the rows of the unemployed's block, sicher (%s, %s)", (elbHead, aloTitle, aloHead, group, foreign) => {
    const by = map([COVER, sheet(elbHead, aloTitle, aloHead, group, foreign)]);
    const first = aloTitle ? 13 : 12;
    expect(high(by, "KUN_Anteil_Jugendliche")).toBe(`Kundenstruktur!$E$${first}`);
    expect(high(by, "KUN_Anteil_Jugendliche_VJ")).toBe(`Kundenstruktur!$C$${first}`);
    expect(high(by, "KUN_Anteil_Auslaender")).toBe(`Kundenstruktur!$E$${first + 1}`);
    // The eLb list's own figures stay where they were.
    expect(high(by, "KUN_Anteil_LZB")).toBe("Kundenstruktur!$E$9");
  });

  it.each([
    ["eLb insgesamt", "unter 25 Jahre"],
    ["erwerbsfähige Leistungsberechtigte", "U25"],
    ["Bestand eLb (JD)", "Jugendliche"],
  ])("only the eLb list (%s over %s): its group shares are no share of the unemployed, never sure", (elbHead, group) => {
    const by = map([
      COVER,
      {
        name: "Kundenstruktur",
        cells: rows("A1", [
          ["Personengruppe", "Ø 2023", "Anteil", "Ø 2024", "Anteil"],
          pair(elbHead, 5000, 5200, 5000, 5200),
          pair(group, 600, 640, 5000, 5200),
          pair("Ausländer", 1400, 1500, 5000, 5200),
        ]),
      },
    ]);
    for (const name of ["KUN_Anteil_Jugendliche", "KUN_Anteil_Jugendliche_VJ", "KUN_Anteil_Auslaender"]) expect(high(by, name)).toBeUndefined();
  });

  it("a row naming its share itself (\"Anteil Jugendliche\") under the eLb is read by its own words as before", () => {
    const by = map([
      COVER,
      { name: "Kunden", cells: rows("A1", [["Merkmal", "2024"], ["eLb", num(5200)], ["Anteil arbeitslose Jugendliche", pct(0.075)], ["Anteil ausländische Arbeitslose", pct(0.3)]]) },
    ]);
    expect(high(by, "KUN_Anteil_Jugendliche")).toBe("Kunden!$B$3");
    expect(high(by, "KUN_Anteil_Auslaender")).toBe("Kunden!$B$4");
  });
});

describe("an abbreviated customer sheet: „KuStru“, year and share heads side by side", () => {
  const kuStru = (heads: string[], name = "KuStru") => ({
    name,
    cells: rows("A1", [
      ["KuStru (Ø)"],
      [],
      heads,
      pair("eLb", 5000, 5200, 5000, 5200),
      pair("w", 2600, 2700, 5000, 5200),
      pair("U25", 600, 640, 5000, 5200),
      pair("Ü50", 1500, 1560, 5000, 5200),
      pair("AE", 650, 640, 5000, 5200),
      // A count in 2000–2099 is no year of the workbook.
      pair("Migr.", 2050, 2080, 5000, 5200),
      pair("LZB", 3200, 3150, 5000, 5200),
      [],
      pair("Alo SGB II", 1900, 2000, 1900, 2000),
      pair("Alo U25", 140, 150, 1900, 2000),
      pair("Alo Ausl.", 500, 600, 1900, 2000),
      [],
      ["BG-Größe (12/24)"],
      ["1 P.", pct(0.58, "0%")],
      ["2 P.", pct(0.2, "0%")],
      ["3+ P.", pct(0.22, "0%")],
    ]),
  });

  it.each([
    [["Gruppe", "Ø 23", "%", "Ø 24", "%"]],
    [["Gruppe", "Ø 2023", "%", "Ø 2024", "%"]],
    [["Merkmal", "2023", "Anteil", "2024", "Anteil"]],
    [["Gruppe", "JD 23", "in %", "JD 24", "in %"]],
  ])("%j: counts and shares of each year, sicher", (heads) => {
    const by = map([COVER, kuStru(heads)]);
    expect(high(by, "KUN_ELB")).toBe("KuStru!$D$4");
    expect(high(by, "KUN_Anteil_LZB")).toBe("KuStru!$E$10");
    expect(high(by, "KUN_Anteil_LZB_VJ")).toBe("KuStru!$C$10");
    expect(high(by, "KUN_Alleinerziehende")).toBe("KuStru!$D$8");
    expect(high(by, "KUN_Alleinerziehende_VJ")).toBe("KuStru!$B$8");
    expect(high(by, "KUN_Anteil_Jugendliche")).toBe("KuStru!$E$13");
    expect(high(by, "KUN_Anteil_Jugendliche_VJ")).toBe("KuStru!$C$13");
    expect(high(by, "KUN_Anteil_Auslaender")).toBe("KuStru!$E$14");
    expect(high(by, "KUN_BG_Groesse")).toBe("KuStru!$A$17:$B$19");
  });

  it("a single year with a percent column (\"Ø 24 | %\") is no pair: the lone % column gets no year of its own", () => {
    const by = map([
      COVER,
      { name: "KuStru", cells: rows("A1", [["Gruppe", "Ø 23", "Ø 24", "%"], ["eLb", num(5000), num(5200), pct(0.04)], ["LZB", num(3200), num(3150), pct(-0.016)]]) },
    ]);
    expect(high(by, "KUN_Anteil_LZB")).toBeUndefined();
    expect(high(by, "KUN_Anteil_LZB_VJ")).toBeUndefined();
  });
});

describe("targets of the total over abbreviated groups („IQ ges.“ over „IQ AE“, „IQ Ü50“)", () => {
  const targets = (total: string, groups: string[]) => ({
    name: "Ziele",
    cells: rows("A1", [
      ["Zielwerte 2025"],
      ["KeZa", "VJ 2024", "Ziel 2025"],
      [`IQ ${total}`.trim(), pct(0.15), pct(0.16)],
      ...groups.map((g, i) => [`IQ ${g}`, pct(0.1 + i / 100), pct(0.11 + i / 100)]),
      [],
      [`LZB ${total}`.trim(), num(3800), num(3700)],
      ...groups.map((g, i) => [`LZB ${g}`, num(600 + i), num(590 + i)]),
    ]),
  });

  it.each([
    ["ges.", ["AE", "Ü50"]],
    ["gesamt", ["AE", "50 Jahre und älter"]],
    ["insg.", ["Schwerbehinderte", "Ü 50"]],
    ["", ["AE", "Ü50"]],
  ])("„IQ %s“ over %j: the total's targets, sicher", (total, groups) => {
    const by = map([COVER, targets(total, groups)]);
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$C$3");
    expect(high(by, "ZIE_IQ_VJ")).toBe("Ziele!$B$3");
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$C$7");
    expect(high(by, "ZIE_LZB_VJ")).toBe("Ziele!$B$7");
  });

  it.each([["IQ AE"], ["IQ Ü50"], ["IQ Schwerbehinderte"], ["IQ 50 Jahre und älter"]])("„%s“ alone is another group's IQ, never ZIE_IQ", (label) => {
    const by = map([COVER, { name: "Ziele", cells: rows("A1", [["KeZa", "VJ 2024", "Ziel 2025"], [label, pct(0.1), pct(0.11)]]) }]);
    expect(high(by, "ZIE_IQ")).toBeUndefined();
    expect(high(by, "ZIE_IQ_VJ")).toBeUndefined();
  });
});

describe("a Förderung table closed by the sum sign", () => {
  const foe = (head: string, sum: string) => ({
    name: "Eintr",
    cells: rows("A1", [
      ["Eintritte 2025"],
      [],
      [head, "Ist 2024", "Plan 2025", "Begründung"],
      ["FbW", num(70), num(75)],
      ["EGZ", num(90), num(85)],
      ["AGH", num(150), num(140), "Haushaltslage"],
      ["ESG", num(40), num(45)],
      [sum, num(350), num(345)],
    ]),
  });

  it.each([["Instr.", "Σ"], ["Instrument", "∑"], ["Instr.", "Σ Eintritte"], ["Maßnahme", "Summe"]])("„%s“ … „%s“: the table with its sum row, sicher", (head, sum) => {
    expect(high(map([COVER, foe(head, sum)]), "FOE_Tabelle")).toBe("Eintr!$A$3:$D$8");
  });

  it("a last row without a sum word or sign leaves the table low", () => {
    const by = map([COVER, foe("Instr.", "ESF")]);
    expect(high(by, "FOE_Tabelle")).toBeUndefined();
  });
});

describe("customer blocks stacked by year", () => {
  const block = (title: string, yr: number, elb: number, ae: number): Array<Array<LayoutCell | undefined>> => [
    [title.replace("YYYY", String(yr))],
    ["Merkmal", "Anzahl", "Anteil in %"],
    ["eLb insgesamt", num(elb), pct(1)],
    ["Alleinerziehende", num(ae), pct(ae / elb)],
    ["Langzeitleistungsbeziehende", num(2300), pct(2300 / elb)],
  ];

  it.each([["Jahresdurchschnitt YYYY"], ["Durchschnittswerte YYYY"], ["Bestand Ø YYYY"]])("„%s“ 2024 over 2023: KUN_ELB is the later block's, sicher", (title) => {
    const by = map([COVER, { name: "Kunden", cells: rows("A1", [...block(title, 2024, 3880, 468), [], ...block(title, 2023, 3795, 482)]) }]);
    expect(high(by, "KUN_ELB")).toBe("Kunden!$B$3");
    expect(high(by, "KUN_Alleinerziehende")).toBe("Kunden!$B$4");
    expect(high(by, "KUN_Alleinerziehende_VJ")).toBe("Kunden!$B$10");
  });

  it("the earlier block under the later one (2023 on top, 2024 below): still the 2024 block", () => {
    const t = "Jahresdurchschnitt YYYY";
    const by = map([COVER, { name: "Kunden", cells: rows("A1", [...block(t, 2023, 3795, 482), [], ...block(t, 2024, 3880, 468)]) }]);
    expect(high(by, "KUN_ELB")).toBe("Kunden!$B$9");
  });
});
