// The labels the mapper finds are checked for outdated terms, like every text cell the check reads (issue 8 §2).
import { proposeMapping } from "../../src/core/mapper";
import type { SheetCells } from "../../src/core/mapper/types";

const sheet = (name: string, values: (string | number | null)[][]): SheetCells => ({ name, origin: "A1", values });

describe("outdated terms in found labels", () => {
  it("notes a label that still says Arbeitslosengeld II, with its cell, name and the current term", () => {
    const result = proposeMapping({
      sheets: [sheet("Kunden", [["Kundenstruktur"], ["Kundenbestand eLb (Arbeitslosengeld II)", 4560]])],
    });
    const elb = result.proposals.find((p) => p.name === "KUN_ELB");
    expect(elb).toBeDefined();
    expect(result.notes).toEqual([
      `Beschriftung „${elb!.label}“ (${elb!.labelCell}, KUN_ELB): „Arbeitslosengeld II“ heißt seit dem 1.1.2023 „Bürgergeld“ (§ 19 SGB II).`,
    ]);
  });

  it("adds no note for current wording", () => {
    const result = proposeMapping({ sheets: [sheet("Kunden", [["Kundenstruktur"], ["Kundenbestand eLb (Bürgergeld)", 4560]])] });
    expect(result.proposals.some((p) => p.name === "KUN_ELB")).toBe(true);
    expect(result.notes).toEqual([]);
  });
});

describe("a replaced provision in a found label", () => {
  it("says FAV was replaced, not renamed, as hinweis/instrument-veraltet does", () => {
    const result = proposeMapping({ sheets: [sheet("Haushalt", [["Budget 2024"], ["Eingliederungsbudget (inkl. FAV)", 2970357]])] });
    const eb = result.proposals.find((p) => p.name === "BUD_EB_Gesamt");
    expect(eb).toBeDefined();
    expect(result.notes).toEqual([
      `Beschriftung „${eb!.label}“ (${eb!.labelCell}, BUD_EB_Gesamt): „FAV“ gibt es seit dem 1.1.2019 nicht mehr: ersetzt (nicht umbenannt) durch „Eingliederung von Langzeitarbeitslosen (EvL)“, dazu kam § 16i SGB II (Teilhabe am Arbeitsmarkt) (§ 16e SGB II).`,
    ]);
  });
});
