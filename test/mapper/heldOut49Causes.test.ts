// The causes behind the 49th held-out set's misses (test/fixtures/heldOut49.ts), each tested with wordings the
// tester did not write and near misses that must stay non-high:
// - "IQ Mä", "LZB-Bestand (Mä)": the first syllable of Männer after a figure's word is the men's part; "MAE" (the
//   Mehraufwandsentschädigung) is not (./genderSyllable.ts);
// - "Integr. 25 (HR)", "eLb 25 JDW": a two-digit number before a year's role word is that year; "Zugänge 12" and
//   ages ("unter 25 Ist") stay (./twoDigitYear.ts).
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { num, pct, rows, usedCells, type Layout } from "../fixtures/layouts";
import { tokenize } from "../../src/core/mapper/tokens";
import { withRoleYears } from "../../src/core/mapper/twoDigitYear";

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

describe("a two-digit year before a year's role word", () => {
  it.each([
    ["Integrationen 25 (Hochrechnung)", "Ø ELB-Bestand 25 (Jahresdurchschnitt)"],
    ["Integr. 25 Ist", "eLb 25 JD"],
  ])("„%s“ and „%s“ are last year's figures", (integrations, elb) => {
    const by = map([
      {
        name: "Basis",
        cells: rows("A1", [
          ["Ausgangswerte Vorjahr"],
          [integrations, num(9_870)],
          [elb, num(41_200)],
        ]),
      },
    ]);
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("Basis!$B$2");
    expect(high(by, "ZIE_ELB_VJ")).toBe("Basis!$B$3");
  });

  it("near miss: a running number, a date or an amount is no year", () => {
    expect(withRoleYears("Zugänge 12")).toBe("Zugänge 12");
    expect(withRoleYears("Stand 31.12.25 Ist")).toBe("Stand 31.12.25 Ist");
    expect(withRoleYears("Integrationen 125 Ist")).toBe("Integrationen 125 Ist");
    expect(withRoleYears("Integrationen 25 (HR)")).toBe("Integrationen 2025 (HR)");
    expect(withRoleYears("Anteil unter 25 Ist")).toBe("Anteil unter 25 Ist");
    expect(withRoleYears("Alo U 25 Plan")).toBe("Alo U 25 Plan");
  });
});
