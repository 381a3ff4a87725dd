// The number format as evidence (issue 13 §1): a share is the cell formatted as percent, a count the one that is
// not, when a row holds both; headers that give the cells different years keep each its own.
import { proposeMapping } from "../../src/core/mapper";
import { num, pct, rows, usedCells, type LayoutSheet } from "../fixtures/layouts";

const propose = (...sheets: LayoutSheet[]) => proposeMapping(usedCells({ id: "t", title: "t", sheets }));
const find = (r: ReturnType<typeof propose>, name: string) => r.proposals.find((p) => p.name === name);

it("a share label beside a count and a percent cell takes the percent cell (high)", () => {
  const r = propose({ name: "Kunden", cells: rows("A1", [["eLb im Bestand", num(4650)], ["Anteil U25 an den Arbeitslosen", num(340), pct(0.09)], ["Ausländeranteil", pct(0.21), num(980)]]) });
  expect(find(r, "KUN_Anteil_Jugendliche")).toMatchObject({ confidence: "high", ref: "Kunden!$C$2" });
  expect(find(r, "KUN_Anteil_Auslaender")).toMatchObject({ confidence: "high", ref: "Kunden!$B$3" });
});

it("a count label beside a percent cell and a count takes the count (high)", () => {
  const r = propose({ name: "Kunden", cells: rows("A1", [["eLb im Bestand", num(4650)], ["Alleinerziehende", pct(0.12), num(560)]]) });
  expect(find(r, "KUN_Alleinerziehende")).toMatchObject({ confidence: "high", ref: "Kunden!$C$2" });
});

it("staff: VZÄ beside their share of the total take the VZÄ (high)", () => {
  const r = propose({ name: "Personal", cells: rows("A1", [["Mitarbeitende", num(125)], ["VZÄ gesamt", num(117.5, "0.0"), pct(1)]]) });
  expect(find(r, "PER_VZAE_Gesamt")).toMatchObject({ confidence: "high", ref: "Personal!$B$2" });
});

it("a row of one format only is left to the type check: a count in percent format stays low", () => {
  const r = propose({ name: "Kunden", cells: rows("A1", [["eLb im Bestand", num(4650)], ["Alleinerziehende", pct(0.12), pct(0.13)]]) });
  expect(find(r, "KUN_Alleinerziehende")?.confidence ?? "none").not.toBe("high");
});

it("columns of different years keep their cells whatever their format (percent units beside percent format)", () => {
  const r = propose({
    name: "Ziele",
    cells: rows("A1", [["Kennzahl", "Ist 2024", "Ziel 2025", "Veränderung"], ["Integrationsquote", num(16.4, "0.0"), pct(0.165), pct(0.006)], ["Bestand LZB", num(2600), num(2550), pct(-0.019)]]),
  });
  expect(find(r, "ZIE_IQ_VJ")).toMatchObject({ ref: "Ziele!$B$2" });
  expect(find(r, "ZIE_IQ")).toMatchObject({ confidence: "high", ref: "Ziele!$C$2" });
});

it("a number that may be the share in percent units beside a percent cell stays open (not high)", () => {
  const r = propose({ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(2025, "0")]]) }, { name: "Ziele", cells: rows("A1", [["Integrationen 2024", num(760)], ["IQ 2024", num(16.4, "0.0"), pct(0.019)]]) });
  expect(r.planningYear?.year).toBe(2025);
  expect(r.proposals.find((p) => p.name === "ZIE_IQ_VJ" && p.confidence === "high")).toBeUndefined();
});
