// English synonyms of the same concepts (the add-in is bilingual; some offices write "PY", "FTE", "thereof"):
// vocabulary entries only, checked with other wordings than the held-out office layout's, and near misses
// that must stay non-high (another population, a change column, a row whose "M" is no Männer).
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { date, num, pct, rows, usedCells, type Layout, type LayoutSheet } from "../fixtures/layouts";

const sheet = (name: string, cells: LayoutSheet["cells"]): LayoutSheet => ({ name, cells });
const layoutOf = (...sheets: LayoutSheet[]): Layout => ({ id: "t", title: "t", sheets });
const run = (layout: Layout) => proposeMapping(usedCells(layout));
const high = (layout: Layout, name: string): Proposal | undefined => run(layout).proposals.find((p) => p.name === name && p.confidence === "high");
const year = sheet("Overview", rows("A1", [["Planjahr", num(2025, "0")]]));
const EUR = "#,##0 €";

describe("key data", () => {
  it.each(["Plan year", "Plan year:", "Jahr der Planung", "Plan-Jahr", "Planning year"])("%p is AIP_Planjahr", (label) => {
    const layout = layoutOf(sheet("Overview", rows("A1", [[label, num(2025, "0")]])));
    expect(high(layout, "AIP_Planjahr")?.ref).toBe("Overview!$B$1");
  });
  it.each(["As of", "As of:", "Date"])("%p is AIP_Stand", (label) => {
    const layout = layoutOf(year, sheet("Cover", rows("A1", [[label, date(45_716)]])));
    expect(high(layout, "AIP_Stand")?.ref).toBe("Cover!$B$1");
  });
  it("a plan without a year and a year without a plan are no AIP_Planjahr (near misses)", () => {
    expect(high(layoutOf(sheet("Overview", rows("A1", [["Plan", num(2025, "0")]]))), "AIP_Planjahr")).toBeUndefined();
    expect(high(layoutOf(sheet("Notes", rows("A1", [["Year", num(2025, "0")]]))), "AIP_Planjahr")).toBeUndefined();
  });
});

describe("budget", () => {
  const budget = (labels: string[]) =>
    sheet("Finance", rows("A1", [["Item", "Plan 2025", "Actual 24"], ...labels.map((l, i) => [l, num(1_000_000 * (i + 1), EUR), num(900_000 * (i + 1), EUR)])]));
  it("English labels under Plan | Actual name the budget figures", () => {
    const layout = layoutOf(
      year,
      budget(["Administration budget total", "of which federal share (EinglMV)", "thereof shift from EGT", "thereof municipal share (KFA)", "EGT including BEZ", "thereof commitments", "thereof new approvals"]),
    );
    const expected: Record<string, number> = { BUD_VH_Gesamt: 2, BUD_VH_EinglMV: 3, BUD_VH_Umschichtung: 4, BUD_VH_KFA: 5, BUD_EB_Gesamt: 6, BUD_EB_Vorbindungen: 7, BUD_EB_Neubewilligungen: 8 };
    for (const [name, row] of Object.entries(expected)) expect(high(layout, name)?.ref).toBe(`Finance!$B$${row}`);
  });
  it("an integration rate is no count of integrations (near miss)", () => {
    const layout = layoutOf(year, sheet("KPI", rows("A1", [["KPI", "PY 2024"], ["Integration rate", pct(0.18)]])));
    expect(run(layout).proposals.find((p) => p.name === "ZIE_Integrationen_VJ")).toBeUndefined();
  });

  it("a budget without the Eingliederung word is no Eingliederungsbudget (near miss)", () => {
    expect(high(layoutOf(year, budget(["Integration budget"])), "BUD_EB_Gesamt")).toBeUndefined();
  });
});

describe("staff", () => {
  it.each<[string, string]>([
    ["female", "PER_Anteil_Frauen"],
    ["share of women", "PER_Anteil_Frauen"],
    ["male staff", "PER_Anteil_Maenner"],
    ["share men", "PER_Anteil_Maenner"],
    ["share municipal staff", "PER_Anteil_Kommune"],
    ["share BA staff", "PER_Anteil_BA"],
  ])("%p on the staff sheet is %p", (label, name) => {
    const layout = layoutOf(year, sheet("Staff", rows("A1", [[label, pct(0.6, "0%")]])));
    expect(high(layout, name)?.ref).toBe("Staff!$B$1");
  });
  it("head count and FTE", () => {
    const layout = layoutOf(year, sheet("Staff", rows("A1", [["Employees (HC)", num(363)], ["FTE total", num(332, "0.0")]])));
    expect(high(layout, "PER_Beschaeftigte")?.ref).toBe("Staff!$B$1");
    expect(high(layout, "PER_VZAE_Gesamt")?.ref).toBe("Staff!$B$2");
  });
  it("an area row whose abbreviation holds an „M“ with counts is no men's share (near miss)", () => {
    const layout = layoutOf(year, sheet("Staff", rows("A1", [["Unit", "HC", "FTE"], ["M&I", num(160), num(148.5, "0.0")], ["LG", num(131), num(119, "0.0")]])));
    expect(run(layout).proposals.find((p) => p.name === "PER_Anteil_Maenner")).toBeUndefined();
  });
});

describe("targets and customers", () => {
  const kpi = (heads: string[]) =>
    sheet(
      "KPI",
      rows("A1", [
        ["KPI", ...heads],
        ["IQ women", pct(0.152), pct(0.156), pct(0.026)],
        ["LZB men", num(6_610), num(6_450), pct(-0.024)],
        ["LTU avg. stock", num(6_240), num(6_000), pct(-0.038)],
      ]),
    );
  it.each([
    ["PY 2024", "Target 2025", "Δ vs PY"],
    ["Actual 2024", "Target", "Δ"],
    ["PY", "Target 25", "∆ vs PY"],
  ])("under %p | %p | %p the previous year, the target and the change are high", (...heads) => {
    const layout = layoutOf(year, kpi(heads));
    expect(high(layout, "ZIE_IQ_Frauen_VJ")?.ref).toBe("KPI!$B$2");
    expect(high(layout, "ZIE_IQ_Frauen")?.ref).toBe("KPI!$C$2");
    expect(high(layout, "ZIE_IQ_Frauen_Veraenderung")?.ref).toBe("KPI!$D$2");
    expect(high(layout, "ZIE_LZB_Maenner_VJ")?.ref).toBe("KPI!$B$3");
    expect(high(layout, "ZIE_LZB_Maenner_Veraenderung")?.ref).toBe("KPI!$D$3");
    // Langzeitarbeitslose are no LZB.
    expect(run(layout).proposals.filter((p) => p.name.startsWith("ZIE_LZB") && p.ref.endsWith("$4"))).toEqual([]);
  });

  it("customer figures in English under a customer section", () => {
    const layout = layoutOf(
      year,
      sheet("Data", rows("A1", [["Customers (avg 2024)"], ["foreign UE share", pct(0.347)], ["youth unemployed share", pct(0.074)], ["single parents", num(2_310)], ["foreign share of ELB", pct(0.3)]])),
    );
    expect(high(layout, "KUN_Anteil_Auslaender")?.ref).toBe("Data!$B$2");
    expect(high(layout, "KUN_Anteil_Jugendliche")?.ref).toBe("Data!$B$3");
    expect(high(layout, "KUN_Alleinerziehende")?.ref).toBe("Data!$B$4");
  });
});
