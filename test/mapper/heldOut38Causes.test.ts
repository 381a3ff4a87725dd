// The causes behind the 38th held-out set's misses (test/fixtures/heldOut38.ts), each tested with wordings and
// layouts the tester did not write and near misses that must stay non-high:
// - a label naming the previous year or an Ist count ("Vorjahr (Ist …): Köpfe") is no planned staff figure;
// - a staff table's column heads decide its value column: a share, "davon" or previous-year column is none, a
//   total column beside the Träger's columns is the Jobcenter's VZÄ; a dated Ist column ("Ist 31.12.23") beside
//   the plan column and a unit column headed "Einheit" leave the table sure;
// - a count row below a table headed "BA | Kommune | gesamt" is the total column's; a share row "Anteil Träger"
//   under those heads holds the Träger's shares;
// - "Kreisbedienstete", "Landkreis (zugewiesen)": the municipality's staff;
// - "Zuteilung vom" is the allocation's date; a date label's date far right in the column of the values above is its value;
// - a head row with an empty corner ("| Köpfe | VZÄ") heads the columns, the labels stand left of the first head;
// - two VZÄ totals from total rows: the total the area table's rows add up to is PER_VZAE_Gesamt;
// - "Personal | Köpfe | VZÄ" heads the areas below as a naming heading would, its total may stand on top;
// - two figures as heads over an empty corner ("| IQ | LZB") over role rows: a transposed target block;
// - "IQ-Ziel Männer / Frauen | a | b": two figures joined by a slash, the two numbers in the label's order.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { date, num, pct, rows, usedCells, vz, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2026): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

const AREAS = ["Markt und Integration", "Leistungsgewährung", "Eingangszone", "Arbeitgeberservice"];

describe("last year's head count below the staff plan is not the planned staff", () => {
  it.each([
    ["Ist-Stand 30.09.2025: Beschäftigte"],
    ["Köpfe Vorjahr"],
    ["Beschäftigte (VJ)"],
  ])("%s", (label) => {
    const by = map([
      {
        name: "Personal",
        cells: rows("A1", [
          ["Bereich", "Köpfe", "VZÄ"],
          ...AREAS.map((a, i) => [a, num(10 + i), vz(9 + i)]),
          ["Summe", num(46), vz(42)],
          [],
          [label, num(44)],
        ]),
      },
    ]);
    expect(high(by, "PER_Beschaeftigte")).toBe("Personal!$B$6");
    expect(high(by, "PER_VZAE_Gesamt")).toBe("Personal!$C$6");
  });

  it("alone, an Ist head count is proposed but not sure", () => {
    const by = map([{ name: "Personal", cells: rows("A1", [["Beschäftigte Ist 31.12.2025", num(44)], ["VZÄ geplant", vz(40)]]) }]);
    expect(by.get("PER_Beschaeftigte")?.confidence).toBe("low");
  });

  it("a planned head count stays sure", () => {
    const by = map([{ name: "Personal", cells: rows("A1", [["Beschäftigte (Planung)", num(44)], ["VZÄ geplant", vz(40)]]) }]);
    expect(high(by, "PER_Beschaeftigte")).toBe("Personal!$B$1");
  });
});

describe("a staff table's column heads decide which column holds the VZÄ per area", () => {
  const table = (heads: string[], cell: (i: number, c: number) => ReturnType<typeof num>) =>
    map([
      {
        name: "Stellen",
        cells: rows("A1", [["Bereich", ...heads], ...AREAS.map((a, i) => [a, ...heads.map((_, c) => cell(i, c))])]),
      },
    ]);

  it.each([
    [["MA", "Stellen-VZÄ", "Anteil an VZÄ"], "C"],
    [["VZÄ", "davon befristet"], "B"],
    [["Personen", "VZÄ", "VZÄ Vorjahr"], "C"],
    [["VZÄ", "VJ VZÄ"], "B"],
  ])("%j: up to column %s", (heads, col) => {
    const by = table(heads, (i, c) => (/anteil/i.test(heads[c]) ? pct(0.25) : /^(MA|Personen)$/.test(heads[c]) ? num(10 + i) : vz(8 + i + c)));
    expect(high(by, "PER_VZAE_Bereiche")).toBe(`Stellen!$A$2:$${col}$5`);
  });

  it.each([
    [["BA", "Landkreis", "insgesamt"], "D"],
    [["VZÄ Agentur", "VZÄ Stadt", "VZÄ Summe"], "D"],
  ])("Träger columns with a total: %j", (heads, col) => {
    const by = table(heads, (i, c) => (c === 2 ? vz(2 * (5 + i)) : vz(5 + i)));
    expect(high(by, "PER_VZAE_Bereiche")).toBe(`Stellen!$A$2:$${col}$5`);
  });

  it("near miss: two undated columns 'VZÄ Plan | VZÄ Ist' stay open", () => {
    const by = table(["VZÄ Plan", "VZÄ Ist"], (i) => vz(8 + i));
    expect(high(by, "PER_VZAE_Bereiche")).toBeUndefined();
  });

  it("near miss: location columns with a total not last stay open", () => {
    const by = table(["gesamt", "GS Nord", "GS Süd"], (i) => vz(8 + i));
    expect(by.get("PER_VZAE_Bereiche")?.ref).toBe("Stellen!$A$2:$B$5");
  });

  it("near miss: two VZÄ columns without a total stay open", () => {
    const by = table(["VZÄ BA", "VZÄ Kommune"], (i) => vz(8 + i));
    expect(high(by, "PER_VZAE_Bereiche")).toBeUndefined();
  });

  it("a plan column beside an Ist dated with a two-digit year, a unit column under 'Einheit'", () => {
    const by = map([
      {
        name: "Personal",
        cells: rows("A1", [
          ["Organisationseinheit", "Einheit", "Soll 2026", "Ist 30.06.25"],
          ...AREAS.map((a, i) => [a, "VZÄ", vz(10 + i), vz(9 + i)]),
          ["Summe VZÄ", "VZÄ", vz(46), vz(42)],
        ]),
      },
    ]);
    expect(high(by, "PER_VZAE_Bereiche")).toBe("Personal!$A$2:$C$5");
    expect(high(by, "PER_VZAE_Gesamt")).toBe("Personal!$C$6");
  });

  it("near miss: a unit column without a head row stays unsure", () => {
    const by = map([{ name: "Personal", cells: rows("A1", [["VZÄ nach Bereichen"], ...AREAS.map((a, i) => [a, "VZÄ", vz(10 + i)])]) }]);
    expect(high(by, "PER_VZAE_Bereiche")).toBeUndefined();
  });
});

describe("rows under the Träger columns of a staff table", () => {
  const sheet = (heads: string[], extra: Parameters<typeof rows>[1]) =>
    map([
      {
        name: "Personal",
        cells: rows("A1", [
          ["Bereich", ...heads],
          ...AREAS.map((a, i) => [a, vz(10 + i), vz(2 + i), vz(12 + 2 * i)]),
          ["Summe", vz(46), vz(14), vz(60)],
          [],
          ...extra,
        ]),
      },
    ]);

  it.each([
    [["VZÄ Agentur", "VZÄ Landkreis", "VZÄ insgesamt"], "Mitarbeitende (Köpfe)"],
    [["BA", "Stadt", "gesamt"], "Beschäftigte am 31.12."],
  ])("%j: the head count under the total column", (heads, label) => {
    const by = sheet(heads, [[label, num(50), num(16), num(66)]]);
    expect(high(by, "PER_Beschaeftigte")).toBe("Personal!$D$8");
  });

  it.each([["Anteil Träger"], ["Trägeranteil"], ["Anteil (Köpfe)"]])("%s: the shares under BA and Kommune", (label) => {
    const by = sheet(["BA", "Kommune", "gesamt"], [[label, pct(0.76), pct(0.24), pct(1, "0%")]]);
    expect(high(by, "PER_Anteil_BA")).toBe("Personal!$B$8");
    expect(high(by, "PER_Anteil_Kommune")).toBe("Personal!$C$8");
  });

  it("near miss: without a total column the Träger's counts stay open", () => {
    const by = sheet(["BA", "Kommune", "Anteil BA"], [["Mitarbeitende (Köpfe)", num(50), num(16), num(66)]]);
    expect(high(by, "PER_Beschaeftigte")).toBeUndefined();
  });

  it("near miss: a share row naming no split stays unread", () => {
    const by = sheet(["BA", "Kommune", "gesamt"], [["Anteil Frauen an den Fehlzeiten", pct(0.5), pct(0.3), pct(0.45)]]);
    expect(high(by, "PER_Anteil_BA")).toBeUndefined();
  });
});

describe("the municipality's staff in a Träger's wording", () => {
  it.each([["davon Stadtbedienstete"], ["Kreisbedienstete"], ["Kommune (zugewiesen)"]])("%s", (label) => {
    const by = map([
      { name: "Personal", cells: rows("A1", [["Personal nach Träger", "Anteil"], ["Bundesagentur für Arbeit", pct(0.7)], [label, pct(0.3)]]) },
    ]);
    expect(high(by, "PER_Anteil_Kommune")).toBe("Personal!$B$3");
  });

  it("near miss: an allocation to the municipality on a budget sheet is no staff share", () => {
    const by = map([{ name: "Haushalt", cells: rows("A1", [["Haushalt 2026"], ["Zuweisung Kommune", num(1_200_000)]]) }]);
    expect(high(by, "PER_Anteil_Kommune")).toBeUndefined();
  });
});

describe("a label ending in 'vom' or 'am' names the date of what it names", () => {
  it.each([["Mittelzuteilung vom"], ["zugeteilt am:"], ["Zuweisung der Mittel vom"]])("%s", (label) => {
    const by = map([{ name: "Budget", cells: rows("A1", [["Zuteilung EGT", num(3_000_000)], [label, date(46010)]]) }]);
    expect(high(by, "BUD_Zuteilung_Stand")).toBe("Budget!$B$2");
  });

  it("near miss: 'Umschichtung vom' names no date", () => {
    const by = map([{ name: "Budget", cells: rows("A1", [["Umschichtung vom", date(46010)]]) }]);
    expect(by.get("BUD_Zuteilung_Stand")).toBeUndefined();
    expect(by.get("AIP_Stand")).toBeUndefined();
  });
});

describe("a date label's date in the value column far right", () => {
  it("under the plan column's amounts", () => {
    const by = map([
      {
        name: "Finanzen",
        cells: rows("A1", [
          ["Nr.", "Position", "Ist 2023", "Ist 2024", "Soll 2025", "Plan 2026"],
          ["1", "Zuteilung EGT", num(2_800_000), num(2_900_000), num(3_000_000), num(3_100_000)],
          [null, "Datum der Mittelzuweisung", null, null, null, date(46010)],
        ]),
      },
    ]);
    expect(high(by, "BUD_Zuteilung_Stand")).toBe("Finanzen!$F$3");
  });

  it("near miss: with nothing above it, a far date stays no value", () => {
    const by = map([{ name: "Finanzen", cells: rows("A1", [["Datum der Mittelzuweisung", null, null, null, null, date(46010)]]) }]);
    expect(high(by, "BUD_Zuteilung_Stand")).toBeUndefined();
  });
});

describe("a head row with an empty corner", () => {
  it.each([
    [["Köpfe", "VZÄ"], ["weiblich", "männlich", "Summe"], "B"],
    [["VZÄ", "Mitarbeitende"], ["Frauen", "Männer", "gesamt"], "C"],
  ])("%j over %j: the total row under the head count", (heads, labels, col) => {
    const by = map([
      {
        name: "Personal",
        cells: rows("A1", [
          [null, ...heads],
          [labels[0], ...heads.map((h) => (/VZÄ/.test(h) ? vz(30.5) : num(34)))],
          [labels[1], ...heads.map((h) => (/VZÄ/.test(h) ? vz(10) : num(12)))],
          [labels[2], ...heads.map((h) => (/VZÄ/.test(h) ? vz(40.5) : num(46)))],
        ]),
      },
    ]);
    expect(high(by, "PER_Beschaeftigte")).toBe(`Personal!$${col}$4`);
  });

  it("near miss: a total its rows do not add up to stays unsure", () => {
    const by = map([{ name: "Personal", cells: rows("A1", [[null, "Köpfe"], ["Frauen", num(34)], ["Männer", num(12)], ["insgesamt", num(60)]]) }]);
    expect(high(by, "PER_Beschaeftigte")).toBeUndefined();
  });
});

describe("two VZÄ totals: the area table's own total", () => {
  const sheet = (areaTotal: number) =>
    map([
      {
        name: "Personal",
        cells: rows("A1", [
          ["Organisationseinheit", "Stellen"],
          ...AREAS.map((a, i) => [a, vz(10 + i)]),
          ["Stellen gesamt", vz(areaTotal)],
          [],
          [null, "Köpfe", "VZÄ"],
          ["Frauen", num(30), vz(28)],
          ["Männer", num(14), vz(13)],
          ["zusammen", num(44), vz(41)],
        ]),
      },
    ]);

  it("the total the areas add up to", () => {
    expect(high(sheet(46), "PER_VZAE_Gesamt")).toBe("Personal!$B$6");
  });

  it("near miss: an area total its rows do not make up leaves both open", () => {
    expect(high(sheet(50), "PER_VZAE_Gesamt")).toBeUndefined();
  });
});

describe("a head row naming the VZÄ heads the area table, its total on top", () => {
  it.each([
    ["Personaleinsatz", ["MA", "Vollzeitäquivalente"], "gesamt"],
    ["Mitarbeitende", ["Personen", "VZÄ", "VZÄ VJ"], "Summe"],
  ])("%s | %j", (corner, heads, total) => {
    const value = (h: string, i: number) => (/^(MA|Personen)$/.test(h) ? num(11 + i) : vz(10 + i));
    const by = map([
      {
        name: "Planung",
        cells: rows("A1", [
          [corner, ...heads],
          [total, ...heads.map((h) => (/^(MA|Personen)$/.test(h) ? num(50) : vz(46)))],
          ["Markt und Integration (Sonstiges operatives Personal)", ...heads.map((h) => value(h, 0))],
          ...AREAS.slice(1).map((a, i) => [a, ...heads.map((h) => value(h, i + 1))]),
        ]),
      },
    ]);
    expect(high(by, "PER_VZAE_Bereiche")).toBe("Planung!$A$3:$C$6");
    expect(high(by, "PER_VZAE_Gesamt")).toBe("Planung!$C$2");
    expect(high(by, "PER_Beschaeftigte")).toBe("Planung!$B$2");
  });

  it("near miss: a corner naming no staff leaves the table to its rows", () => {
    const by = map([{ name: "Planung", cells: rows("A1", [["Übersicht", "Köpfe", "VZÄ"], ...AREAS.slice(0, 2).map((a, i) => [a, num(11 + i), vz(10 + i)])]) }]);
    expect(high(by, "PER_VZAE_Bereiche")).toBeUndefined();
  });

  it("near miss: a head row naming the VZÄ over rows that are no areas is no area table", () => {
    const by = map([{ name: "Planung", cells: rows("A1", [["Personal", "VZÄ"], ["2024", vz(40)], ["2025", vz(42)], ["2026", vz(44)]]) }]);
    expect(by.get("PER_VZAE_Bereiche")).toBeUndefined();
  });
});

describe("two figures as heads over an empty corner and role rows", () => {
  it.each([
    [["Integrationsquote", "LZB-Bestand"], ["Ist 2025", "Zielwert 2026", "Veränderung in %"]],
    [["IQ", "Langzeitleistungsbezieher"], ["Ergebnis 2025 (vorl.)", "Ziel 2026", "Veränd. ggü. VJ"]],
  ])("%j by %j", (heads, roles) => {
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [
          [null, ...heads],
          [roles[0], pct(0.21), num(3100)],
          [roles[1], pct(0.22), num(3000)],
          [roles[2], pct(0.22 / 0.21 - 1), pct(3000 / 3100 - 1)],
        ]),
      },
    ]);
    expect([high(by, "ZIE_IQ_VJ"), high(by, "ZIE_IQ"), high(by, "ZIE_LZB"), high(by, "ZIE_LZB_Veraenderung")]).toEqual(["Ziele!$B$2", "Ziele!$B$3", "Ziele!$C$3", "Ziele!$C$4"]);
  });

  it("near miss: gender heads over figure rows are no transposed table", () => {
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [
          [null, "Frauen", "Männer"],
          ["Integrationen 2025", num(700), num(900)],
          ["eLb 2025", num(4500), num(4400)],
        ]),
      },
    ]);
    expect(high(by, "PER_Anteil_Frauen")).toBeUndefined();
    expect(high(by, "PER_Anteil_Maenner")).toBeUndefined();
  });
});

describe("two figures joined by a slash in one label, two numbers", () => {
  it.each([
    ["Ziel-IQ Frauen / Männer", "ZIE_IQ_Frauen", "ZIE_IQ_Maenner"],
    ["Zielwert LZB Männer/Frauen", "ZIE_LZB_Maenner", "ZIE_LZB_Frauen"],
  ])("%s", (label, first, second) => {
    const lzb = /LZB/.test(label);
    const by = map([{ name: "Ziele", cells: rows("A1", [["Ziele 2026"], [label, lzb ? num(1500) : pct(0.21), lzb ? num(1700) : pct(0.17)]]) }]);
    expect([high(by, first), high(by, second)]).toEqual(["Ziele!$B$2", "Ziele!$C$2"]);
  });

  it("near miss: a slash inside a figure's own wording ('Soll/Ist') is not split", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["IQ Soll/Ist", pct(0.21), pct(0.2)]]) }]);
    expect(high(by, "ZIE_IQ")).toBeUndefined();
  });

  it("near miss: three numbers leave the pair unread", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["IQ-Ziel Männer / Frauen", pct(0.21), pct(0.17), pct(0.19)]]) }]);
    expect(high(by, "ZIE_IQ_Maenner")).toBeUndefined();
  });
});
