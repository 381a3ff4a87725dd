// Broken invariance found by metamorphic testing (scripts/metamorphic.ts, transformation (f)): a block's title
// merged from the label column across the value columns reads as the same title unmerged. Its year is the
// section's, not a heading of each column it spans (src/core/mapper/mergedTitle.ts). A group heading merged
// over value columns only ("Ziel 2025" over "Wert | Veränderung") still heads them.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { num, pct, rows, usedCells, type Layout, type LayoutCell } from "../fixtures/layouts";

function highs(sheets: Layout["sheets"]): Record<string, string> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(2025, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return Object.fromEntries(result.proposals.filter((p: Proposal) => p.confidence === "high").map((p) => [p.name, p.ref]));
}

describe("a customer structure's title merged across the table is still its title", () => {
  const customers = (title: string): LayoutCell[][] => [
    [title],
    [null, "Anzahl", "Anteil in %"],
    ["eLb gesamt", num(4712), pct(1)],
    ["davon Langzeitleistungsbezieher", num(2677), pct(0.568)],
    ["davon alleinerziehend", num(698), pct(0.148)],
  ];

  it.each(["Kundenstruktur, Jahresdurchschnitt 2024", "Kunden im Jahresmittel 2024", "Struktur der eLb – Ø 2024"])("„%s“ merged over A:C gives what it gives unmerged", (title) => {
    const plain = highs([{ name: "Kunden", cells: rows("A1", customers(title)) }]);
    const merged = highs([{ name: "Kunden", cells: rows("A1", customers(title)), merged: ["A1:C1"] }]);
    expect(Object.keys(plain).some((n) => n.startsWith("KUN_"))).toBe(true);
    expect(merged).toEqual(plain);
  });
});

describe("near miss: a group heading merged over value columns still heads them", () => {
  const targets: LayoutCell[][] = [
    [null, "Ziel 2025"],
    ["Kennzahl", "Wert", "Veränderung in %"],
    ["IQ (JFW)", pct(0.17), pct(-0.017)],
    ["LZB (JDW)", num(3000), pct(0.05)],
  ];

  it("„Ziel 2025“ over „Wert | Veränderung“ names the plan and its change", () => {
    const by = highs([{ name: "Ziele", cells: rows("A1", targets), merged: ["B1:C1"] }]);
    expect(by).toMatchObject({ ZIE_IQ: "Ziele!$B$3", ZIE_IQ_Veraenderung: "Ziele!$C$3", ZIE_LZB: "Ziele!$B$4" });
  });

  it("a title merged over the whole table above that heading keeps it heading the columns", () => {
    const by = highs([{ name: "Ziele", cells: rows("A1", [["Zielplanung Jobcenter Musterstadt"], ...targets]), merged: ["A1:C1", "B2:C2"] }]);
    expect(by).toMatchObject({ ZIE_IQ: "Ziele!$B$4", ZIE_IQ_Veraenderung: "Ziele!$C$4", ZIE_LZB: "Ziele!$B$5" });
  });
});
