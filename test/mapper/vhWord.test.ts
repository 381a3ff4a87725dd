// "VH" in a budget label is the Verwaltungshaushalt ("VH gesamt", "Summe VH", "VH-Ansatz 2025"); "v. H.", "15,2 vH",
// "Anteil in vH" and "VH-Quote" stay "vom Hundert" and never become budget figures (src/core/mapper/vhWord.ts).
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { tokenize } from "../../src/core/mapper/tokens";
import { num, pct, rows, usedCells, type Layout, type LayoutCell } from "../fixtures/layouts";

const eur = (v: number) => num(v, "#,##0 €");

function map(sheets: Layout["sheets"]): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(2025, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);
const BUDGET_NAMES = ["BUD_VH_Gesamt", "BUD_VH_EinglMV", "BUD_VH_Umschichtung", "BUD_VH_KFA", "BUD_VWT_Zuteilung"];
const concepts = (label: string) => tokenize(label).flatMap((t) => t.concepts);

function budgetBlock(total: string, federal: string, moved: string, sheet = "Budget"): Map<string, Proposal> {
  const block: Array<Array<LayoutCell>> = [
    ["Haushalt", "Plan 2025"],
    [total, eur(5_200_000)],
    [federal, eur(4_400_000)],
    [moved, eur(250_000)],
    ["davon KFA", eur(800_000)],
    ["EB gesamt", eur(9_100_000)],
    ["EB Vorbindungen", eur(2_300_000)],
  ];
  return map([{ name: sheet, cells: rows("A1", block) }]);
}

describe("VH beside budget words is the Verwaltungshaushalt", () => {
  it.each([
    ["VH gesamt", "VH davon EinglMV", "VH Umschichtung", "Budget"],
    ["Summe VH", "VH lt. EinglMV", "Umschichtung in den VH", "Finanzen"],
    ["VH-Ansatz 2025", "davon VH Bundesanteil", "VH aus EGT-Umschichtung", "Etat"],
    ["Gesamtsumme VH", "VH Bund lt. EinglMV", "VH Umschichtungsbetrag", "Mittel"],
  ])("„%s“ / „%s“ / „%s“ on sheet %s are sure at their rows", (total, federal, moved, sheet) => {
    const by = budgetBlock(total, federal, moved, sheet);
    expect(BUDGET_NAMES.slice(0, 4).map((n) => high(by, n))).toEqual([2, 3, 4, 5].map((r) => `${sheet}!$B$${r}`));
    expect([high(by, "BUD_EB_Gesamt"), high(by, "BUD_EB_Vorbindungen")]).toEqual([`${sheet}!$B$6`, `${sheet}!$B$7`]);
  });

  it.each(["VH gesamt", "Summe VH", "VH-Ansatz 2025", "VH insgesamt"])("„%s“ reads as Verwaltungshaushalt", (label) => {
    expect(concepts(label)).toEqual(expect.arrayContaining(["verwaltung", "haushalt"]));
  });
});

describe("vom Hundert stays a unit", () => {
  it.each(["KFA-Satz 15,2 v.H.", "Anteil in vH", "VH-Quote", "15,2 vH", "Veränderung in vH", "v. H.", "vH", "Quote (vH)", "Anteil v.H. gesamt"])(
    "„%s“ carries no budget concept",
    (label) => {
      expect(concepts(label)).not.toContain("verwaltung");
    },
  );

  it.each([["KFA-Satz 15,2 v.H."], ["Anteil in vH"], ["VH-Quote"], ["Verwaltungskosten-Anteil in vH"]])("„%s“ with a share value is no sure budget figure", (label) => {
    const by = map([{ name: "Budget", cells: rows("A1", [["Haushalt", "Plan 2025"], ["Verwaltungshaushalt", eur(5_200_000)], [label, pct(0.152)]]) }]);
    expect(high(by, "BUD_VH_Gesamt")).toBe("Budget!$B$2");
    for (const n of BUDGET_NAMES) expect(by.get(n)?.confidence === "high" && by.get(n)?.ref === "Budget!$B$3").toBe(false);
  });

  it("a share value under a VH label is no sure Verwaltungshaushalt (the value's kind decides against money)", () => {
    const by = map([{ name: "Budget", cells: rows("A1", [["Haushalt", "Plan 2025"], ["VH gesamt", pct(0.152)]]) }]);
    expect(high(by, "BUD_VH_Gesamt")).toBeUndefined();
  });
});

describe("a lone VH label: the place and the value decide", () => {
  const block = (vh: LayoutCell): Array<Array<LayoutCell>> => [["VH", vh], ["davon EinglMV", eur(4_400_000)], ["EB", eur(9_100_000)]];

  it.each(["Budget", "Haushalt 2025", "Mittel"])("on a sheet named „%s“ beside money it is the Verwaltungshaushalt", (sheet) => {
    const by = map([{ name: sheet, cells: rows("A1", block(eur(5_200_000))) }]);
    expect(by.get("BUD_VH_Gesamt")).toMatchObject({ ref: expect.stringMatching(/!\$B\$1$/), confidence: "high" });
  });

  it("under a section title naming the budget it is the Verwaltungshaushalt", () => {
    const by = map([{ name: "Übersicht", cells: rows("A1", [["Kunden"], ["eLb", num(4_480)], [], ["Budget 2025"], ...block(eur(5_200_000))]) }]);
    expect(high(by, "BUD_VH_Gesamt")).toBe("Übersicht!$B$5");
  });

  it.each([
    ["a share value", "Budget", pct(0.152)],
    ["a small number", "Budget", num(15.2, "0.0")],
    ["a sheet of no budget", "Kennzahlen", eur(5_200_000)],
  ] as const)("with %s it stays no budget figure", (_what, sheet, value) => {
    const by = map([{ name: sheet, cells: rows("A1", [["VH", value], ["Integrationsquote", pct(0.21)]]) }]);
    expect(by.get("BUD_VH_Gesamt")?.ref === `${sheet}!$B$1` && by.get("BUD_VH_Gesamt")?.confidence === "high").toBe(false);
  });
});

describe("a head of two readings in a head row: the row's other heads decide", () => {
  it.each([
    ["VH insgesamt", "VH Bund lt. EinglMV"],
    ["Verwaltungshaushalt", "VWH Bundesanteil EinglMV"],
  ])("„%s | %s | …“: the federal part of the Verwaltungshaushalt", (total, federal) => {
    const by = map([{ name: "Daten", cells: rows("A1", [["Jahr", total, federal, "Umschichtung EGT", "KFA"], ["Plan 2025", eur(5_200_000), eur(4_400_000), eur(250_000), eur(550_000)]]) }]);
    expect([high(by, "BUD_VH_Gesamt"), high(by, "BUD_VH_EinglMV"), by.get("BUD_VWT_Zuteilung")?.ref]).toEqual(["Daten!$B$2", "Daten!$C$2", undefined]);
  });

  it("beside the allocation of the other title it is the allocation, not the part", () => {
    const by = map([{ name: "Daten", cells: rows("A1", [["Jahr", "Zuteilung EGT", "VH lt. EinglMV"], ["Plan 2025", eur(9_100_000), eur(4_400_000)]]) }]);
    expect(by.get("BUD_VH_EinglMV")?.ref === "Daten!$C$2" && by.get("BUD_VH_EinglMV")?.confidence === "high").toBe(false);
  });
});
