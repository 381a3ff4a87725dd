// The causes behind the 45th held-out set's misses (test/fixtures/heldOut45.ts) and the Förderung ranges of sets
// 41 and 42, each tested with wordings and layouts the testers did not write and near misses that stay non-high:
// - a forecast column at the Förderung table's right edge ("Hochrechnung 2026") is no column of the table;
// - a line naming the planned entries right under the last instrument (no total row) ends the table;
// - "IQ F", "LZB-Bestand F": a one-letter F after a figure's word is the women's part (a paragraph's "§ 16 f" is not);
// - a line under the Förderung table after a blank row is in its area, and the table's Ist head does not reach it;
// - "(inkl. Elternzeit, Abordnungen)": an inclusion aside of words naming no figure names no part ("(inkl. BEZ)" stays);
// - "(am Arbeitslosenbestand SGB II)": the stock of the unemployed, no word of another figure;
// - "Anteil BA / Kommune | 70 % | 30 %" in a staff block: the two staff shares.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { f, num, pct, rows, usedCells, vz, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2026): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

const INSTRUMENTS: Array<[string, number, number]> = [
  ["Berufliche Weiterbildung", 120, 110],
  ["Eingliederungszuschuss", 80, 90],
  ["Aktivierung und berufliche Eingliederung", 400, 380],
  ["Arbeitsgelegenheiten", 150, 140],
  ["Einstiegsgeld", 40, 45],
];

describe("a forecast column at the Förderung table's right edge is outside the table", () => {
  it.each([["Hochrechnung 2026"], ["Prognose lt. Monitoring (Stand 31.05.)"], ["erwartete Eintritte 2026"]])("%s", (head) => {
    const by = map([
      {
        name: "Eintritte",
        cells: rows("A1", [
          ["Maßnahme", "Ist 2025", "Plan 2026", head],
          ...INSTRUMENTS.map(([l, i, p]) => [l, num(i), num(p), num(p + 5)]),
          ["Summe", num(790), num(765), num(790)],
        ]),
      },
    ]);
    expect(high(by, "FOE_Tabelle")).toBe("Eintritte!$A$1:$C$7");
  });

  it("a Begründung after the forecast keeps the block whole", () => {
    const by = map([
      {
        name: "Eintritte",
        cells: rows("A1", [
          ["Maßnahme", "Ist 2025", "Plan 2026", "Hochrechnung 2026", "Begründung"],
          ...INSTRUMENTS.map(([l, i, p]) => [l, num(i), num(p), num(p + 5), "x"]),
          ["Summe", num(790), num(765), num(790)],
        ]),
      },
    ]);
    expect(by.get("FOE_Tabelle")?.ref).toBe("Eintritte!$A$1:$E$7");
  });
});

describe("the planned entries' line right under the last instrument ends the table", () => {
  it.each([["Planeintritte lt. Textteil"], ["geplante Eintritte (AIP-Text, erste Aufstellung)"]])("%s", (label) => {
    const by = map([
      {
        name: "Förderung",
        cells: rows("A1", [
          ["Instrument", "Ist 2025", "Plan 2026", "Bemerkung"],
          ...INSTRUMENTS.map(([l, i, p]) => [l, num(i), num(p)]),
          [label, null, num(700)],
        ]),
      },
    ]);
    expect(by.get("FOE_Tabelle")?.ref).toBe("Förderung!$A$1:$D$6");
    expect(by.get("FOE_Eintritte_Plan")?.ref).toBe("Förderung!$C$7");
  });

  it("an instrument as the last row stays in the table", () => {
    const by = map([
      {
        name: "Förderung",
        cells: rows("A1", [["Instrument", "Ist 2025", "Plan 2026"], ...INSTRUMENTS.map(([l, i, p]) => [l, num(i), num(p)]), ["Freie Förderung", num(10), num(12)]]),
      },
    ]);
    expect(by.get("FOE_Tabelle")?.ref).toBe("Förderung!$A$1:$C$7");
  });
});

describe("a one-letter F after a figure's word is the women's part", () => {
  it.each([
    ["IQ F", "LZB F"],
    ["Integrationsquote F", "LZB-Bestand F"],
  ])("%s / %s", (iq, lzb) => {
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Kennzahl", "Ist 2025", "Ziel 2026"],
          ["IQ gesamt", pct(0.2), pct(0.21)],
          ["IQ M", pct(0.22), pct(0.23)],
          [iq, pct(0.17), pct(0.18)],
          ["LZB gesamt", num(9000), num(8800)],
          ["LZB M", num(4000), num(3900)],
          [lzb, num(5000), num(4900)],
        ]),
      },
    ]);
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$C$2");
    expect(high(by, "ZIE_IQ_Frauen")).toBe("Ziele!$C$4");
    expect(high(by, "ZIE_LZB_Frauen_VJ")).toBe("Ziele!$B$7");
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$C$5");
  });

  it("a paragraph's letter after its number names no women", () => {
    const by = map([
      {
        name: "Förderung",
        cells: rows("A1", [["Instrument", "Ist 2025", "Plan 2026"], ...INSTRUMENTS.map(([l, i, p]) => [l, num(i), num(p)]), ["Freie Förderung § 16 f", num(10), num(12)], ["Summe", num(800), num(777)]]),
      },
    ]);
    expect([...by.values()].filter((p) => /Frauen/.test(p.name))).toEqual([]);
    expect(high(by, "FOE_Tabelle")).toBe("Förderung!$A$1:$C$8");
  });
});

describe("a line under the Förderung table after a blank row is in its area, with its own year", () => {
  it.each([["Eintritte laut Textteil (1. Aufstellung)"], ["Eintritte gem. AIP-Text"]])("%s", (label) => {
    const by = map([
      {
        name: "Übersicht",
        cells: rows("A1", [
          ["2. Personal"],
          ["Beschäftigte", num(120)],
          [],
          ["3. Förderbedarfe", "Ist 2025", "Plan 2026"],
          ...INSTRUMENTS.map(([l, i, p]) => [l, num(i), num(p)]),
          ["Summe JC", num(790), num(765)],
          [],
          [label, num(750)],
        ]),
      },
    ]);
    expect(high(by, "FOE_Eintritte_Plan")).toBe("Übersicht!$B$12");
  });

  it("a staff figure under it stays in doubt", () => {
    const by = map([
      {
        name: "Übersicht",
        cells: rows("A1", [
          ["3. Förderbedarfe", "Ist 2025", "Plan 2026"],
          ...INSTRUMENTS.map(([l, i, p]) => [l, num(i), num(p)]),
          ["Summe", num(790), num(765)],
          [],
          ["Anteil BA", pct(0.7)],
        ]),
      },
    ]);
    expect(high(by, "PER_Anteil_BA")).toBeUndefined();
  });
});

describe("an inclusion aside of words naming no figure names no part", () => {
  it.each([["VZÄ (inkl. Elternzeit, Abordnungen)"], ["Vollzeitäquivalente (einschl. Langzeiterkrankte und Befristete)"]])("%s", (label) => {
    const by = map([{ name: "Personal", cells: rows("A1", [["Beschäftigte", num(130)], [label, vz(118.5)]]) }]);
    expect(high(by, "PER_VZAE_Gesamt")).toBe("Personal!$B$2");
  });

  it("an aside naming a figure's word still counts: „(inkl. BEZ)“ is the Eingliederungsbudget", () => {
    const by = map([{ name: "Haushalt", cells: rows("A1", [["Verwaltungshaushalt", num(9_000_000)], ["Eingliederungsleistungen gesamt (inkl. BEZ)", num(3_000_000)]]) }]);
    expect(by.get("BUD_EB_Gesamt")?.ref).toBe("Haushalt!$B$2");
  });

  it("an excluding aside keeps the doubt", () => {
    const by = map([{ name: "Personal", cells: rows("A1", [["Beschäftigte", num(130)], ["VZÄ (ohne Elternzeit)", vz(110)]]) }]);
    expect(high(by, "PER_VZAE_Gesamt")).toBeUndefined();
  });
});

describe("the share of foreigners among the unemployed's stock in the SGB II", () => {
  it.each([["Anteil ausländische Arbeitslose (am Arbeitslosenbestand SGB II)"], ["Ausländeranteil (am Alo-Bestand SGB II)"]])("%s", (label) => {
    const by = map([{ name: "Kunden", cells: rows("A1", [[null, "aktuell", "Vorjahr"], ["Anteil Langzeitleistungsbezieher", pct(0.6), pct(0.62)], [label, pct(0.28)]]) }]);
    expect(high(by, "KUN_Anteil_Auslaender")).toBe("Kunden!$B$3");
  });
});

describe("two staff shares in one row: „Anteil BA / Kommune“", () => {
  it.each([["Anteil BA / Kommune"], ["Anteil BA / Kreis"]])("%s", (label) => {
    const by = map([
      {
        name: "AIP",
        cells: rows("A1", [
          ["Budget", "EUR"],
          ["VWH", f("SUM(B3:B4)", 10_000_000)],
          ["EinglMV", num(8_000_000)],
          ["KFA", num(2_000_000)],
          [],
          ["Personal", "Köpfe", "VZÄ"],
          ["JC gesamt", num(300), vz(270.5)],
          [label, pct(0.7, "0%"), pct(0.3, "0%")],
        ]),
      },
    ]);
    expect(high(by, "PER_Anteil_BA")).toBe("AIP!$B$8");
    expect(high(by, "PER_Anteil_Kommune")).toBe("AIP!$C$8");
  });

  it("in a budget block the pair stays in doubt", () => {
    const by = map([
      {
        name: "AIP",
        cells: rows("A1", [
          ["Haushalt", "EUR", "EUR"],
          ["VWH", num(10_000_000), num(9_000_000)],
          ["Anteil BA / Kommune", pct(0.85, "0%"), pct(0.15, "0%")],
        ]),
      },
    ]);
    expect(high(by, "PER_Anteil_BA")).toBeUndefined();
    expect(high(by, "PER_Anteil_Kommune")).toBeUndefined();
  });
});
