// MapperOptions.learnedLabels (issue 13 §3, the interface the remembered labels use): the workbook's own
// wording for a contract name is a synonym for that figure, matched through the same tokeniser, so it maps
// "sicher" when it is the clear best — and only for the run it is given to.
import { proposeMapping } from "../../src/core/mapper";
import { num, pct, rows, usedCells, type Layout } from "../fixtures/layouts";

const workbook = (label: string): Layout => ({
  id: "l",
  title: "l",
  sheets: [
    { name: "Eckdaten", cells: rows("A1", [["Planjahr", num(2024, "0")]]) },
    { name: "Haushalt", cells: rows("A1", [["Position", "Plan 2024"], [label, num(2_500_000)]]) },
    { name: "Ziele", cells: rows("A1", [["Kennzahl", "Ziel 2024"], ["Quote K2-Zielwert Integrationen (Kreis)", pct(0.16)]]) },
  ],
});

const find = (label: string, learned: Array<{ name: string; label: string }>, name: string) =>
  proposeMapping(usedCells(workbook(label)), [], { learnedLabels: learned }).proposals.find((p) => p.name === name);

it("an own word the vocabulary does not know maps sicher once learned, and not before", () => {
  expect(find("Topf A (Maßnahmen)", [], "BUD_EB_Gesamt")).toBeUndefined();
  expect(find("Topf A (Maßnahmen)", [{ name: "BUD_EB_Gesamt", label: "Topf A (Maßnahmen)" }], "BUD_EB_Gesamt")).toMatchObject({ confidence: "high", ref: "Haushalt!$B$2" });
});

it("the learned label matches through the tokeniser: case, umlauts, footnotes and years do not matter", () => {
  expect(find("TOPF A (Massnahmen)¹ 2024", [{ name: "BUD_EB_Gesamt", label: "Topf A (Maßnahmen)" }], "BUD_EB_Gesamt")).toMatchObject({ confidence: "high" });
});

it("a learned label wins over the vocabulary's reading of the same words", () => {
  const learned = [{ name: "ZIE_IQ", label: "Quote K2-Zielwert Integrationen (Kreis)" }];
  expect(proposeMapping(usedCells(workbook("x")), [], { learnedLabels: learned }).proposals.find((p) => p.name === "ZIE_IQ")).toMatchObject({ confidence: "high", ref: "Ziele!$B$2" });
});

it("generic labels are never learned (a bare year, Summe, a number), and the next run without them is unchanged", () => {
  expect(find("Summe", [{ name: "BUD_EB_Gesamt", label: "Summe 2024" }], "BUD_EB_Gesamt")).toBeUndefined();
  expect(find("Topf A (Maßnahmen)", [], "BUD_EB_Gesamt")).toBeUndefined();
});
