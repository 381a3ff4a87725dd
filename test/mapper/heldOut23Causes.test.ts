// The causes behind held-out set 23's misses (test/fixtures/heldOut23.ts), each tested with wordings the tester did
// not write and with near misses that must not become sicher.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { num, rows, usedCells, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2025): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);
const highNames = (by: Map<string, Proposal>) => [...by.values()].filter((p) => p.confidence === "high").map((p) => p.name);

describe("the Gesamtbudget (both titles together) is never a part of either title", () => {
  it.each(["Gesamtmittel gem. Eingliederungsmittelverordnung", "Gesamtbudget (Bund) 2025", "Gesamtetat nach EMV"])("„%s“ is no BUD_* part, sicher or not", (label) => {
    const by = map([{ name: "Haushalt", cells: rows("A1", [["Mittel 2025"], [label, num(9_000_000)], ["Verwaltungshaushalt", num(5_000_000)], ["Eingliederungsbudget", num(4_000_000)]]) }]);
    const onIt = [...by.values()].filter((p) => p.ref === "Haushalt!$B$2").map((p) => p.name);
    expect(onIt).toEqual([]);
    expect(high(by, "BUD_VH_Gesamt")).toBe("Haushalt!$B$3");
  });

  it.each(["Gesamtbudget Verwaltung", "Verwaltungskosten (Gesamtmittel)"])("„%s“ with a title word stays that title's total", (label) => {
    const by = map([{ name: "Haushalt", cells: rows("A1", [[label, num(5_000_000)], ["davon Bund lt. EinglMV", num(4_200_000)]]) }]);
    expect(high(by, "BUD_VH_Gesamt")).toBe("Haushalt!$B$1");
    expect(high(by, "BUD_VH_EinglMV")).toBe("Haushalt!$B$2");
  });

  it("a plain federal part beside a Gesamtbudget row keeps being sicher", () => {
    const by = map([{ name: "Haushalt", cells: rows("A1", [["Gesamtbudget", num(9_000_000)], ["Verwaltungshaushalt", num(5_000_000)], ["davon Bundesmittel", num(4_200_000)]]) }]);
    expect(high(by, "BUD_VH_EinglMV")).toBe("Haushalt!$B$3");
    expect(highNames(by)).not.toContain("BUD_EB_Gesamt");
  });
});
