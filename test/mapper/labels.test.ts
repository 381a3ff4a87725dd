// Table-driven label cases: every example label of the label data, and normalisation cases, each on a
// one-sheet workbook built here.
import { areaOf } from "../../src/core/areas";
import { contractName } from "../../src/core/contract";
import { LABELS, normalizeLabel, proposeMapping, type LabelSpec } from "../../src/core/mapper";
import { yearsIn, withoutYears } from "../../src/core/mapper/normalize";
import { date, num, pct, rows, usedCells, vz, type Layout, type LayoutCell } from "../fixtures/layouts";

const SHEET_OF_AREA: Record<string, string> = {
  eckdaten: "Eckdaten",
  haushalt: "Haushalt",
  personal: "Personal",
  foerderung: "Förderung",
  ziele: "Ziele",
  kunden: "Kunden",
};

function valueFor(name: string): LayoutCell {
  switch (contractName(name)!.kind) {
    case "text":
      return "Jobcenter Beispielstadt";
    case "year":
      return num(2024, "0");
    case "date":
      return date(45_343);
    case "money":
      return num(1_500_000);
    case "count":
      return num(420);
    case "share":
    case "change":
      return pct(0.123);
    case "vzae":
      return vz(12.5);
    default:
      return 1;
  }
}

function oneSheet(spec: LabelSpec, labelRows: string[]): Layout {
  const name = Object.values(spec.names)[0]!;
  const sheet = SHEET_OF_AREA[spec.context ?? areaOf(name)!.id];
  return { id: "label", title: "label", sheets: [{ name: sheet, cells: rows("A1", labelRows.map((l) => [l, valueFor(name)])) }] };
}

// Figures of the controller checks (BUD_EGT_Zuteilung …) are described before the contract has them: tested below.
const inContract = (spec: LabelSpec) => Object.values(spec.names).every((n) => contractName(n!) !== undefined);
const standalone = LABELS.filter(inContract).flatMap((spec) => spec.examples.map((example) => [spec.id, example, spec] as const));
const members = LABELS.flatMap((spec) =>
  (spec.memberExamples ?? []).map((example) => [spec.id, example, spec, LABELS.find((s) => s.id === spec.under![0])!.examples[0]] as const),
);

describe("every example label of the label data is recognised", () => {
  it.each(standalone)("%s: „%s“", (_id, example, spec) => {
    const result = proposeMapping(usedCells(oneSheet(spec, [example])));
    const names = Object.values(spec.names);
    const found = result.proposals.filter((p) => names.includes(p.name));
    expect(found.map((p) => p.labelCell)).toEqual(found.map(() => `${found[0].labelCell}`));
    expect(found.length).toBeGreaterThan(0);
    // No other name takes this label.
    expect(result.proposals.filter((p) => !names.includes(p.name)).map((p) => p.name)).toEqual([]);
  });

  it.each(members)("%s: „%s“ under „%s“", (_id, example, spec, head) => {
    const layout = oneSheet(spec, [head, example]);
    const result = proposeMapping(usedCells(layout));
    const names = Object.values(spec.names);
    expect(result.proposals.filter((p) => names.includes(p.name)).map((p) => p.labelCell)).toEqual([`${layout.sheets[0].name}!$A$2`]);
  });
});

describe("label normalisation", () => {
  it.each([
    ["Verwaltungshaushalt¹", "verwaltungshaushalt"],
    ["VERWALTUNGSHAUSHALT in €", "verwaltungshaushalt"],
    ["Verwaltungshaushalt*", "verwaltungshaushalt"],
    ["Neubewilligungen 1)", "neubewilligungen"],
    ["Bestand LZB (JDW)", "bestand lzb"],
    ["Integrationsquote gesamt (JFW in %)", "integrationsquote gesamt"],
    ["Gesamtbeschäftigtenzahl:", "gesamtbeschaeftigtenzahl"],
    ["Anteil Männer in %", "anteil maenner"],
    ["Maßnahmen – Träger", "massnahmen traeger"],
    ["Eingliederungsbudget (inkl. BEZ)", "eingliederungsbudget"],
  ])("„%s“ → „%s“", (label, core) => {
    expect(normalizeLabel(label).core).toBe(core);
  });

  it.each([
    ["ist 2023", [2023]],
    ["ist 23", [2023]],
    ["soll 24", [2024]],
    ["plan 2024", [2024]],
    ["veraenderung ggue vj in %", []],
  ])("years in „%s“", (text, years) => {
    expect(yearsIn(text)).toEqual(years);
  });

  it("drops years when comparing labels", () => {
    expect(withoutYears("integrationen 2023")).toBe("integrationen");
    expect(withoutYears("ist 23")).toBe("ist");
  });
});
