// The causes behind the 49th held-out set's misses (test/fixtures/heldOut49.ts), each tested with wordings the
// tester did not write and near misses that must stay non-high:
// - "IQ Mä", "LZB-Bestand (Mä)": the first syllable of Männer after a figure's word is the men's part; "MAE" (the
//   Mehraufwandsentschädigung) is not (./genderSyllable.ts).
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { num, pct, rows, usedCells, type Layout } from "../fixtures/layouts";
import { tokenize } from "../../src/core/mapper/tokens";

function map(sheets: Layout["sheets"], planYear: number | undefined = 2026): Map<string, Proposal> {
  const all = planYear === undefined ? sheets : [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("the men's part written as the syllable „Mä“", () => {
  const targets = (men: string, women: string) =>
    map([
      {
        name: "Zielwerte",
        cells: rows("A1", [
          ["Zielsteuerung 2026"],
          ["Kennzahl", "Ist 2025", "Ziel 2026"],
          ["Integrationsquote gesamt", pct(0.231), pct(0.236)],
          [`Integrationsquote ${men}`, pct(0.252), pct(0.258)],
          [`Integrationsquote ${women}`, pct(0.207), pct(0.211)],
        ]),
      },
    ]);

  it.each([
    ["Mä", "Fr"],
    ["(Mä)", "(Fr)"],
    ["- Mä", "- Fr"],
  ])("„Integrationsquote %s“ is the men's IQ, the total no longer ambiguous", (men, women) => {
    const by = targets(men, women);
    expect(high(by, "ZIE_IQ_Maenner")).toBe("Zielwerte!$C$4");
    expect(high(by, "ZIE_IQ_Maenner_VJ")).toBe("Zielwerte!$B$4");
    expect(high(by, "ZIE_IQ")).toBe("Zielwerte!$C$3");
  });

  it("near miss: „MAE“ (Mehraufwandsentschädigung) and a lone „Mä“ name no men's part", () => {
    expect(tokenize("AGH MAE").flatMap((t) => t.concepts)).not.toContain("maenner");
    expect(tokenize("LZB MAE").flatMap((t) => t.concepts)).not.toContain("maenner");
    expect(tokenize("Mä").flatMap((t) => t.concepts)).not.toContain("maenner");
    expect(tokenize("Integrationsquote Mä").flatMap((t) => t.concepts)).toContain("maenner");
  });
});
