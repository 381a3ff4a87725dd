// The causes behind held-out set 22's misses and its wrong sicher (test/fixtures/heldOut22.ts), each tested with
// wordings the tester did not write and with near misses that must not become sicher.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { num, pct, rows, usedCells, vz, f, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2025, withPlanjahr = true): Map<string, Proposal> {
  const all = withPlanjahr ? [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets] : sheets;
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("a staff-areas table is taken whole or not sure", () => {
  // The first area's label also reads as a figure ("Markt & Integration" | 40 could be integrations).
  const staff = (title: string, total: number) => ({
    name: "Personal",
    cells: rows("A1", [
      ["Beschäftigte", num(120)],
      [],
      [title],
      ["Markt & Integration", vz(40)],
      ["Leistung", vz(30)],
      ["Eingangszone", vz(20)],
      ["Geschäftsführung", vz(6)],
      ["VZÄ gesamt", vz(total)],
    ]),
  });

  it.each(["Teams", "Aufteilung Personal", ""])("under „%s“ the rows adding up to the total with the first row make the whole table", (title) => {
    const by = map([staff(title, 96)]);
    expect(high(by, "PER_VZAE_Bereiche")).toBe("Personal!$A$4:$B$7");
    expect(high(by, "PER_VZAE_Gesamt")).toBe("Personal!$B$8");
  });

  it.each(["Stellen nach Organisationseinheiten", "VZÄ je Organisationseinheit"])("„%s“ names the table", (title) => {
    expect(high(map([staff(title, 96)]), "PER_VZAE_Bereiche")).toBe("Personal!$A$4:$B$7");
  });

  // "Markt & Integration" now reads as the staff area it is (./staffAreaName.ts, staffLeftoversCauses.test.ts): the
  // table's start is no longer in doubt, but a total the rows do not add up to stays unsure.
  it("when the total does not add up, the total is not sure", () => {
    const by = map([staff("Teams", 70)]);
    expect(high(by, "PER_VZAE_Bereiche")).toBe("Personal!$A$4:$B$7");
    expect(high(by, "PER_VZAE_Gesamt")).toBeUndefined();
  });
});

describe("a role split into named parts beside its total: the total column is the Jobcenter's figure", () => {
  const targets = (heads: string[]) => ({
    name: "Ziele",
    cells: rows("A1", [
      ["Kennzahl", "Ist 2024", ...heads],
      ["Integrationsquote", pct(0.2), ...heads.map((_, i) => pct(0.18 + i / 100))],
      ["LZB-Bestand (JDW)", num(4000), ...heads.map((_, i) => num(1900 + i * 100))],
    ]),
  });

  it.each([
    [["Soll 2025 Nord-Ost", "Soll 2025 Altstadt", "Soll 2025 insgesamt"], "E"],
    [["Plan 2025 Team A", "Plan 2025 Team B", "Plan 2025 Team C", "Plan 2025 JC gesamt"], "F"],
    [["Zielwert 2025 Stadt", "Zielwert 2025 Land", "Zielwert 2025 Summe"], "E"],
  ])("%j", (heads, col) => {
    const by = map([targets(heads as string[])]);
    expect(high(by, "ZIE_IQ")).toBe(`Ziele!$${col}$2`);
    expect(high(by, "ZIE_LZB")).toBe(`Ziele!$${col}$3`);
  });

  it.each([
    [["Ziel 2025 Mitte", "Ziel 2025 Hafen"]], // no total: no figure of the whole Jobcenter
    [["Ziel 2025 vorläufig", "Ziel 2025 gesamt"]], // one differing column is no split into parts
    [["Ziel 2025 Mitte", "Ziel 2026 Hafen", "Ziel 2025 gesamt"]], // another year is no part of this total
  ])("%j stays not sure", (heads) => {
    const by = map([targets(heads)]);
    expect(high(by, "ZIE_IQ")).toBeUndefined();
  });
});

describe("the Jobcenter's name", () => {
  it.each(["Jobcenter", "JC"])("labelled by the bare word „%s“ is sure, and a Planjahr below it is no location's", (label) => {
    const by = map([{ name: "Eckdaten", cells: rows("A1", [[label, "Jobcenter Bezirk Nordheide"], ["Planungsjahr", 2026]]) }], 2026, false);
    expect(high(by, "AIP_Jobcenter")).toBe("Eckdaten!$B$1");
    expect(high(by, "AIP_Planjahr")).toBe("Eckdaten!$B$2");
  });

  it("alone as a title is sure although a table heads a column „Jobcenter insgesamt“", () => {
    const by = map([
      { name: "Deckblatt", cells: rows("A1", [["Jobcenter Kreis Wendland"], ["Planjahr", num(2025, "0")]]) },
      { name: "Kunden", cells: rows("A1", [["Merkmal", "GSt Nord", "GSt Süd", "Jobcenter insgesamt"], ["Alleinerziehende", num(300), num(280), num(580)]]) },
    ], 2025, false);
    expect(high(by, "AIP_Jobcenter")).toBe("Deckblatt!$A$1");
  });

  it("a row of heads „Jobcenter | Jobcenter Nord | Jobcenter Süd“ over numbers names no Jobcenter", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Jobcenter", "Jobcenter Nord", "Jobcenter Süd"], ["Integrationen", num(500), num(400)]]) }]);
    expect(high(by, "AIP_Jobcenter")).toBeUndefined();
  });

  it.each(["JC gesamt", "Jobcenter insgesamt 2024"])("a column head „%s“ is no name at all", (head) => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Merkmal", "Standort Nord", "Standort Süd", head], ["Alleinerziehende", num(300), num(280), num(580)]]) }]);
    expect(by.get("AIP_Jobcenter")).toBeUndefined();
  });
});

describe("Langzeitleistungsberechtigte are the LZB", () => {
  it.each(["Langzeitleistungsberechtigte (JDW)", "Bestand an Langzeitleistungsberechtigten", "Zahl der Langzeitleistungsberechtigten im JD"])("„%s“ is ZIE_LZB", (label) => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Zielwerte 2025"], ["Kennzahl", "Ist 2024", "Ziel 2025"], [label, num(3000), num(2900)]]) }]);
    expect(high(by, "ZIE_LZB_VJ")).toBe("Ziele!$B$3");
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$C$3");
  });

  it("„Anteil Langzeitleistungsberechtigter an allen eLb“ is KUN_Anteil_LZB", () => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Kundenstruktur"], [null, "2024"], ["Anteil Langzeitleistungsberechtigter an allen eLb", pct(0.6)]]) }]);
    expect(high(by, "KUN_Anteil_LZB")).toBe("Kunden!$B$3");
  });

  it("plain „Leistungsberechtigte“ stay the eLb, never the LZB", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Ist 2024", "Ziel 2025"], ["erwerbsfähige Leistungsberechtigte (JD)", num(3000), num(2900)]]) }]);
    expect(by.get("ZIE_LZB")).toBeUndefined();
  });
});

describe("the customers' annual average eLb is the base of the previous year's IQ", () => {
  const sheet = (label: string, head: string) => ({
    name: "AIP",
    cells: rows("A1", [
      ["Zielwerte 2025"],
      [null, "Vorjahr (2024)", "Ziel"],
      ["Integrationsquote", pct(0.22), pct(0.215)],
      [],
      ["Kunden"],
      [null, "2023", head],
      ["Alleinerziehende eLb", num(305), num(298)],
      [label, num(2050), num(2130)],
    ]),
  });

  it.each(["eLb im Jahresdurchschnitt", "Ø Bestand eLb", "durchschnittliche Zahl der eLb"])("„%s“ under the previous year is ZIE_ELB_VJ too", (label) => {
    const by = map([sheet(label, "2024")]);
    expect(high(by, "KUN_ELB")).toBe("AIP!$C$8");
    expect(high(by, "ZIE_ELB_VJ")).toBe("AIP!$C$8");
  });

  it("a stock whose label names no average (only its head says Ø) stays the customers' only", () => {
    const by = map([sheet("eLb im Bestand", "Ø 2024")]);
    expect(high(by, "ZIE_ELB_VJ")).toBeUndefined();
  });
});

describe("„Eingliederungsleistungen“ titles the Förderung", () => {
  it.each(["Eingliederungsleistungen", "Eingliederungsleistungen nach § 16 SGB II"])("a plan's entries total under „%s“ is FOE_Eintritte_Plan", (title) => {
    const by = map([
      {
        name: "Planung 2025",
        cells: rows("A1", [
          ["Zielplanung 2025"],
          ["Kennzahl", "Ziel"],
          ["IQ insgesamt", pct(0.17)],
          [],
          [title],
          ["Instrument", "Ist 2024", "Plan 2025"],
          ["Gesamt", f("SUM(B8:B9)", 158), f("SUM(C8:C9)", 170)],
          ["Berufliche Weiterbildung", num(88), num(90)],
          ["Eingliederungszuschüsse", num(70), num(80)],
          [],
          ["Eintritte 2025 gesamt (erste Aufstellung)", num(160)],
        ]),
      },
    ]);
    expect(high(by, "FOE_Eintritte_Plan")).toBe("'Planung 2025'!$B$11");
  });
});
