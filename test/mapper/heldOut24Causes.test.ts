// The causes behind held-out set 24 (test/fixtures/heldOut24.ts), each tested with wordings the set does not use
// and near misses: a planning-year column among customer figures is an expectation (KUN_* is the planning
// year's previous year, _VJ the year before); a part-year Ist ("Ist 01–09/2024") names its year, not 2001.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { yearsIn, fold } from "../../src/core/mapper/normalize";
import { num, pct, rows, usedCells, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear?: number): Map<string, Proposal> {
  const all = planYear ? [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets] : sheets;
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);
const yr = (y: number) => num(y, "0");

describe("a planning-year column among customer figures is an expectation, never KUN_* nor _VJ", () => {
  it.each([
    [2026, [2023, 2024, 2025, 2026]],
    [2027, [2025, 2026, 2027]],
    [2025, [2023, 2024, 2025]],
  ])("plan year %s, years %j: the year before the plan year is current, the one before that _VJ", (planYear, years) => {
    const n = years.length;
    const values = years.map((_, i) => pct(0.55 + i / 100));
    const by = map([{ name: "Kundenstruktur", cells: rows("A1", [["Kennzahl", ...years.map(yr)], ["LZB-Quote an eLb", ...values], ["Zahl der Alleinerziehenden", ...years.map((_, i) => num(700 - i))]]) }], planYear);
    const col = (k: number) => String.fromCharCode("B".charCodeAt(0) + k);
    const current = years.indexOf(planYear - 1);
    expect(high(by, "KUN_Anteil_LZB")).toBe(`Kundenstruktur!$${col(current)}$2`);
    expect(high(by, "KUN_Anteil_LZB_VJ")).toBe(`Kundenstruktur!$${col(current - 1)}$2`);
    expect(high(by, "KUN_Alleinerziehende")).toBe(`Kundenstruktur!$${col(current)}$3`);
    // The planning-year column is proposed for nothing.
    const planRef = `Kundenstruktur!$${col(n - 1)}$2`;
    expect([...by.values()].filter((p) => p.ref === planRef)).toEqual([]);
  });

  it("a lone planning-year column (no earlier year beside it) keeps its reading", () => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Merkmal", yr(2025)], ["Anteil Alleinerziehende", pct(0.1)], ["Alleinerziehende", num(640)]]) }], 2025);
    expect(by.get("KUN_Alleinerziehende")?.ref).toBe("Kunden!$B$3");
  });

  it("near miss: without a planning year the later of two years stays current", () => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Merkmal", yr(2023), yr(2024)], ["Alleinerziehende", num(700), num(690)]]) }]);
    expect(by.get("KUN_Alleinerziehende")?.ref).toBe("Kunden!$C$2");
  });
});

describe("a part-year Ist names its year, not a two-digit year from its months", () => {
  it.each(["Ist 01–09/2024", "Ist 01-10/2024", "Ist 1–9 2024"])("„%s“ names 2024 only", (head) => {
    expect(yearsIn(fold(head))).toEqual([2024]);
  });

  it.each([["Ist 23", 2023], ["Plan 24", 2024], ["VJ 24", 2024]])("near miss: „%s“ is still a two-digit year", (head, year) => {
    expect(yearsIn(fold(head))).toEqual([year]);
  });

  it("customer figures under „Ist 01–08/2024 | Plan 2025“ are never the previous year's", () => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Merkmal", "Ist 01–08/2024", "Plan 2025"], ["Anteil LZB an allen eLb", pct(0.58), pct(0.57)], ["Alleinerziehende", num(610), num(600)]]) }], 2025);
    expect(by.get("KUN_Anteil_LZB_VJ")?.confidence).not.toBe("high");
    expect(by.get("KUN_Alleinerziehende_VJ")?.confidence).not.toBe("high");
  });
});
