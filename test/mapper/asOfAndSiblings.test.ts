// Stocks as of a date and labels with two readings (issue 13, held-out layout 2):
// - staff and customer structure are stocks: a column dated "Stand 31.12.2024" in a 2025 workbook is their
//   current figure, while targets under the same header keep the year's role (never the plan);
// - "Bundesmittel Verwaltung lt. EinglMV" is the federal share in a table of the Verwaltungshaushalt's
//   composition and the VWT allocation beside allocation rows; alone it stays ambiguous.
import { proposeMapping } from "../../src/core/mapper";
import { num, pct, rows, usedCells, type Layout, type LayoutSheet } from "../fixtures/layouts";

const sheet = (name: string, cells: LayoutSheet["cells"]): LayoutSheet => ({ name, cells });
const layoutOf = (...sheets: LayoutSheet[]): Layout => ({ id: "t", title: "t", sheets });
const proposal = (layout: Layout, name: string) => proposeMapping(usedCells(layout)).proposals.find((p) => p.name === name);
// The planning year 2025 from a cell, so no header decides it.
const eckdaten = sheet("Eckdaten", rows("A1", [["Planjahr", num(2025, "0")]]));

describe("a dated column is the current figure of a stock, not of a year value", () => {
  const personal = (header: string) =>
    sheet("Personal", rows("A1", [["Personal", header], ["Mitarbeitende (Köpfe)", num(125)], ["VZÄ gesamt", num(117.5, "0.0")], ["Anteil Frauen", pct(0.84)]]));

  it.each(["Stand 31.12.2024", "Stand: 31.12.2025", "Dez 2024", "Stichtag 30.11.2024"])("staff under %p are current (high)", (header) => {
    const layout = layoutOf(eckdaten, personal(header));
    expect(proposal(layout, "PER_Beschaeftigte")).toMatchObject({ confidence: "high", ref: "Personal!$B$2" });
    expect(proposal(layout, "PER_VZAE_Gesamt")).toMatchObject({ confidence: "high", ref: "Personal!$B$3" });
    expect(proposal(layout, "PER_Anteil_Frauen")).toMatchObject({ confidence: "high", ref: "Personal!$B$4" });
  });

  it("a year without a date stays the previous year (no current staff figure)", () => {
    const layout = layoutOf(eckdaten, personal("2024"));
    expect(proposal(layout, "PER_VZAE_Gesamt")).toBeUndefined();
  });

  it("of two dates the later is the current stock", () => {
    const layout = layoutOf(eckdaten, sheet("Personal", rows("A1", [["Personal", "Stand 31.12.2024", "Stand 30.06.2025"], ["Mitarbeitende (Köpfe)", num(121), num(125)], ["VZÄ gesamt", num(114, "0.0"), num(117.5, "0.0")]])));
    expect(proposal(layout, "PER_VZAE_Gesamt")).toMatchObject({ confidence: "high", ref: "Personal!$C$3" });
    expect(proposal(layout, "PER_Beschaeftigte")).toMatchObject({ confidence: "high", ref: "Personal!$C$2" });
  });

  it("a date two years back is no current stock", () => {
    const layout = layoutOf(eckdaten, personal("Stand 31.12.2023"));
    expect(proposal(layout, "PER_VZAE_Gesamt")).toBeUndefined();
  });

  it("beside a column of the planning year the dated column is not current", () => {
    const layout = layoutOf(
      eckdaten,
      sheet("Personal", rows("A1", [["Personal", "Stand 31.12.2024", "Plan 2025", "Bemerkung"], ["Mitarbeitende (Köpfe)", num(125), num(128), "x"], ["VZÄ gesamt", num(117.5, "0.0"), num(120, "0.0"), "y"]])),
    );
    expect(proposal(layout, "PER_VZAE_Gesamt")).toMatchObject({ confidence: "high", ref: "Personal!$C$3" });
  });

  it("targets under „Stand 31.12.2024“ are not the planning year's (year values)", () => {
    const layout = layoutOf(eckdaten, sheet("Ziele", rows("A1", [["Kennzahl", "Stand 31.12.2024"], ["Bestand LZB", num(2600)], ["Integrationsquote", pct(0.162)]])));
    const result = proposeMapping(usedCells(layout));
    expect(result.planningYear?.year).toBe(2025);
    for (const name of ["ZIE_LZB", "ZIE_IQ"]) expect(result.proposals.find((p) => p.name === name && p.confidence === "high")).toBeUndefined();
    expect(proposal(layout, "ZIE_LZB_VJ")).toMatchObject({ ref: "Ziele!$B$2" });
  });

  it("a targets table headed „Stand 31.12.2024“ does not make 2024 the planning year", () => {
    const layout = layoutOf(
      sheet("Ziele", rows("A1", [["Kennzahl", "Stand 31.12.2024", "Ziel 2025", "Veränderung"], ["Integrationsquote", pct(0.162), pct(0.165), pct(0.019)], ["Bestand LZB", num(2600), num(2550), pct(-0.019)]])),
    );
    const result = proposeMapping(usedCells(layout));
    expect(result.planningYear?.year).toBe(2025);
    expect(proposal(layout, "ZIE_LZB")).toMatchObject({ confidence: "high", ref: "Ziele!$C$3" });
  });
});

describe("Bundesmittel Verwaltung lt. EinglMV: the table it stands in decides", () => {
  const label = "Bundesmittel Verwaltung lt. EinglMV";

  it("in the Verwaltungshaushalt's composition it is BUD_VH_EinglMV (high), and no allocation is proposed", () => {
    const layout = layoutOf(
      sheet("Budget", rows("A1", [["Position", "Ansatz 2025"], ["Verwaltungshaushalt gesamt", num(10_400_000)], [label, num(6_900_000)], ["Umschichtung aus dem EGT", num(1_900_000)], ["Kommunaler Anteil (KFA)", num(1_600_000)]])),
    );
    expect(proposal(layout, "BUD_VH_EinglMV")).toMatchObject({ confidence: "high", ref: "Budget!$B$3" });
    expect(proposal(layout, "BUD_VWT_Zuteilung")).toBeUndefined();
  });

  it("beside the allocation rows it is BUD_VWT_Zuteilung (high)", () => {
    const layout = layoutOf(sheet("Zuteilung", rows("A1", [["Zuteilung", "2025"], ["EGT Zuteilung", num(3_000_000)], [label, num(6_900_000)]])));
    expect(proposal(layout, "BUD_VWT_Zuteilung")).toMatchObject({ confidence: "high", ref: "Zuteilung!$B$3" });
    expect(proposal(layout, "BUD_VH_EinglMV")).toBeUndefined();
  });

  it("on its own it stays ambiguous (low)", () => {
    const layout = layoutOf(sheet("Budget", rows("A1", [[label, num(6_900_000)]])));
    expect(proposal(layout, "BUD_VH_EinglMV")).toMatchObject({ confidence: "low" });
  });

  it("both in one workbook: each label's own words decide", () => {
    const layout = layoutOf(
      sheet("Budget", rows("A1", [["Verwaltungshaushalt gesamt", num(10_400_000)], [label, num(6_900_000)], ["Umschichtung aus dem EGT", num(1_900_000)]])),
      sheet("Zuteilung", rows("A1", [["Zuteilung Verwaltungskostentitel", num(6_950_000)]])),
    );
    expect(proposal(layout, "BUD_VH_EinglMV")).toMatchObject({ confidence: "high", ref: "Budget!$B$2" });
    expect(proposal(layout, "BUD_VWT_Zuteilung")).toMatchObject({ confidence: "high", ref: "Zuteilung!$B$1" });
  });
});
