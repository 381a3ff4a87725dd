// The causes behind the 39th held-out set's wrong "sicher" (test/fixtures/heldOut39.ts, released after its final
// measure), each tested with wordings and layouts the tester did not write and near misses that must stay non-high:
// - a date row under year-headed columns ("Plan 2024 | Plan 2025") takes the planning year's column; the old
//   year's date is never sure (./src/core/mapper/dateUnderYearHeads.ts);
// - a value under a head naming only a year before the planning year ("Basis | 2023 | 2024") is never the planned
//   figure, whatever the sheet's title says (./src/core/mapper/earlierYearHead.ts).
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { date, num, rows, usedCells, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2026): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

function budget(heads: [string, string], dateLabel: string, dates: Array<number | null>) {
  return {
    name: "Finanzen",
    cells: rows("A1", [
      ["Mittel in EUR"],
      [],
      ["Position", ...heads],
      ["Eingliederungsbudget", num(20_000_000), num(21_000_000)],
      ["Verwaltungsbudget", num(30_000_000), num(31_000_000)],
      [],
      [dateLabel, ...dates.map((d) => (d === null ? null : date(d)))],
    ]),
  };
}

describe("a date row under year-headed columns is the planning year's", () => {
  it.each([
    [["Plan 2025", "Plan 2026"], "Stand der Zuteilung"],
    [["AIP 2025", "AIP 2026"], "Zuteilung vom"],
    [["Soll 2025", "Soll 2026"], "Datum Zuweisungsschreiben"],
  ] as Array<[[string, string], string]>)("%s / %s", (heads, label) => {
    const by = map([budget(heads, label, [45_650, 46_010])]);
    expect(high(by, "BUD_Zuteilung_Stand")).toBe("Finanzen!$C$7");
  });

  it("a lone date right under the old year's column stays not sure", () => {
    const by = map([
      {
        name: "Finanzen",
        cells: rows("A1", [
          ["Position", "Plan 2025", "Plan 2026"],
          ["Eingliederungsbudget", num(20_000_000), num(21_000_000)],
          ["Stand der Zuteilung", date(45_650)],
        ]),
      },
    ]);
    expect(high(by, "BUD_Zuteilung_Stand")).toBeUndefined();
  });

  it("a date under the planning year's own column stays sure", () => {
    const by = map([
      {
        name: "Finanzen",
        cells: rows("A1", [
          ["Position", "Plan 2026"],
          ["Eingliederungsbudget", num(21_000_000)],
          ["Stand der Zuteilung", date(46_010)],
        ]),
      },
    ]);
    expect(high(by, "BUD_Zuteilung_Stand")).toBe("Finanzen!$B$3");
  });
});

function targets(baseHeads: string[]) {
  return {
    name: "Zielplanung 2026",
    cells: rows("A1", [
      ["Zielplanung 2026"],
      [],
      ["Ausgangslage", ...baseHeads],
      ["Integrationen", num(9_100), num(9_300)],
      ["eLb im Jahresdurchschnitt", num(44_000), num(43_500)],
    ]),
  };
}

describe("a value under a year before the planning year is never the planned figure", () => {
  it.each([[["2024", "2025 (vorl.)"]], [["Ø 2024", "Ø 2025"]], [["JD 2024", "JD 2025 (Hochrechnung)"]]])("%j", (heads) => {
    const by = map([targets(heads)]);
    expect(high(by, "ZIE_ELB")).not.toBe("'Zielplanung 2026'!$B$5");
    expect(high(by, "ZIE_Integrationen")).not.toBe("'Zielplanung 2026'!$B$4");
  });

  it("the previous year's column beside it keeps its role", () => {
    const by = map([targets(["2024", "2025"])]);
    expect(high(by, "ZIE_ELB_VJ")).toBe("'Zielplanung 2026'!$C$5");
  });

  it("near miss: a head naming the planning year stays the planned figure", () => {
    const by = map([targets(["2025", "2026"])]);
    expect(high(by, "ZIE_ELB")).toBe("'Zielplanung 2026'!$C$5");
  });
});
