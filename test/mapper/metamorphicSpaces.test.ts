// Broken invariance found by metamorphic testing (scripts/metamorphic.ts, transformation (e)): a non-breaking,
// thin or zero-width space, or two spaces between words, look like one plain space, so the mapper must read
// the label the same (src/core/mapper/invisibleSpaces.ts). Leading spaces still indent a part row.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { plainSpaces } from "../../src/core/mapper/invisibleSpaces";
import { num, pct, rows, usedCells, type Layout, type LayoutCell } from "../fixtures/layouts";

function highs(sheets: Layout["sheets"]): Record<string, string> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(2025, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return Object.fromEntries(result.proposals.filter((p: Proposal) => p.confidence === "high").map((p) => [p.name, p.ref]));
}

// Every space between words replaced the way `space` says (the sheet looks the same to a reader).
const respace = (data: LayoutCell[][], space: (i: number) => string): LayoutCell[][] =>
  data.map((row) => row.map((c) => (typeof c === "string" ? c.replace(/(?<=\S) (?=\S)/g, () => space(0)) : c)));

const SPACES: Array<[string, (i: number) => string]> = [
  ["geschütztes Leerzeichen", () => "\u00a0"],
  ["schmales geschütztes Leerzeichen", () => "\u202f"],
  ["zwei Leerzeichen", () => "  "],
  ["Leerzeichen mit Nullbreite danach", () => " \u200b"],
  ["Tabulator", () => "\t"],
];

describe("plainSpaces", () => {
  it.each([
    ["Umschichtung\u00a0EGT\u00a0→\u00a0VWH", "Umschichtung EGT → VWH"],
    ["Anteil  Alo  unter 25", "Anteil Alo unter 25"],
    ["Integrations\u200bquote", "Integrationsquote"],
    ["Ist\u20092024", "Ist 2024"],
  ])("„%s“ reads as „%s“", (raw, plain) => {
    expect(plainSpaces(raw)).toBe(plain);
  });

  it("keeps leading spaces (they indent a part row) and line breaks", () => {
    expect(plainSpaces("   weiblich")).toBe("   weiblich");
    expect(plainSpaces("Verwaltungs-\nhaushalt")).toBe("Verwaltungs-\nhaushalt");
  });

  it("returns a plain text unchanged", () => {
    const text = "Eingliederungsbudget gesamt";
    expect(plainSpaces(text)).toBe(text);
  });
});

describe("a budget's composition reads the same with invisible space differences", () => {
  const budget: LayoutCell[][] = [
    ["Haushalt 2025 (in €)"],
    ["Verwaltungshaushalt gesamt", num(12_000_000)],
    ["davon Bundesanteil lt. EinglMV", num(8_100_000)],
    ["davon Umschichtung EGT → VWH", num(2_000_000)],
    ["davon kommunaler Finanzierungsanteil", num(1_900_000)],
    ["Eingliederungsbudget nach Umschichtung", num(3_500_000)],
  ];
  const plain = highs([{ name: "Haushalt", cells: rows("A1", budget) }]);

  it("is sicher with plain spaces", () => {
    expect(plain).toMatchObject({ BUD_VH_Gesamt: "Haushalt!$B$2", BUD_VH_Umschichtung: "Haushalt!$B$4", BUD_EB_Gesamt: "Haushalt!$B$6" });
  });

  it.each(SPACES)("with %s", (_what, space) => {
    expect(highs([{ name: "Haushalt", cells: rows("A1", respace(budget, space)) }])).toEqual(plain);
  });
});

describe("customer shares read the same with invisible space differences", () => {
  const customers: LayoutCell[][] = [
    ["Kundenstruktur", "Ø 2024", "Ø 2023"],
    ["Anteil Langzeitleistungsbezieher", pct(0.62), pct(0.6)],
    ["Anteil Arbeitslose unter 25 Jahren", pct(0.08), pct(0.075)],
    ["Anteil Alleinerziehende", pct(0.11), pct(0.12)],
  ];
  const plain = highs([{ name: "Kunden", cells: rows("A1", customers) }]);

  it("is sicher with plain spaces", () => {
    expect(plain).toMatchObject({ KUN_Anteil_Jugendliche: "Kunden!$B$3" });
  });

  it.each(SPACES)("with %s", (_what, space) => {
    expect(highs([{ name: "Kunden", cells: rows("A1", respace(customers, space)) }])).toEqual(plain);
  });
});

describe("near miss: an indented part of a head count stays a count", () => {
  const staff = (indent: string): LayoutCell[][] => [
    ["Personal"],
    ["Beschäftigte (Köpfe)", num(98)],
    [`${indent}weiblich`, num(49, "0")],
    [`${indent}männlich`, num(49, "0")],
  ];

  it.each([
    ["Leerzeichen", "   "],
    ["geschützte Leerzeichen", "\u00a0\u00a0\u00a0"],
  ])("indented with %s, the parts are no share", (_what, indent) => {
    const by = highs([{ name: "Personal", cells: rows("A1", staff(indent)) }]);
    expect(by.PER_Anteil_Frauen).toBeUndefined();
    expect(by.PER_Anteil_Maenner).toBeUndefined();
  });
});
