// The causes behind the 41st held-out set's misses (test/fixtures/heldOut41.ts), each tested with wordings and
// layouts the tester did not write and near misses that must stay non-high:
// - "PJ" abbreviates the Planjahr as "VJ" the Vorjahr: "VJ | PJ | Δ" heads, "Planjahr (PJ)" labels the year, and
//   "VZÄ VJ | VZÄ PJ" names two years, so the PJ column holds the areas' VZÄ;
// - "Anteil Alo < 25": an age bound by a sign is no running number;
// - a dash in a column of words ("Abstimmung": "—", "einvernehmlich") is an empty text, no missing number;
// - "Ø Sachsen", "Land" beside "Vgl.-Typ": comparison columns, no second value of the row;
// - a lone line one blank row under a table closed by its total row is in the table's area;
// - the VWT allocation summed with Umschichtung and KFA into the Verwaltungshaushalt is also its federal part.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { isBenchmarkHead } from "../../src/core/mapper/benchmarkColumns";
import { date, num, pct, rows, usedCells, vz, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear: number | null = 2026): Map<string, Proposal> {
  const all = planYear === null ? sheets : [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("PJ is the planning year as VJ is the previous year", () => {
  it.each([
    [["Kennzahl", "VJ", "PJ", "Δ"]],
    [["Kennzahl", "Vorjahr", "PJ", "Veränd."]],
    [["Ziele", "Wert VJ", "Wert PJ", "Veränderung in %"]],
  ])("%j", (heads) => {
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [heads, ["Integrationsquote", pct(0.2), pct(0.21), pct(0.05)], ["LZB-Bestand", num(5000), num(4900), pct(-0.02)]]),
      },
    ]);
    expect(high(by, "ZIE_IQ_VJ")).toBe("Ziele!$B$2");
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$C$2");
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$C$3");
    expect(high(by, "ZIE_LZB_Veraenderung")).toBe("Ziele!$D$3");
  });

  it("a PJ head of another year is no target of this programme", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "VJ 2024", "PJ 2025"], ["Integrationsquote", pct(0.2), pct(0.21)]]) }]);
    expect(high(by, "ZIE_IQ")).toBeUndefined();
  });

  it.each(["Planjahr (PJ):", "Planungsjahr (PJ)", "PJ = Planjahr"])("%s labels the planning year", (label) => {
    const by = map([{ name: "Stammdaten", cells: rows("A1", [["Jobcenter", "Jobcenter Musterkreis"], [label, num(2026, "0")]]) }], null);
    expect(high(by, "AIP_Planjahr")).toBe("Stammdaten!$B$2");
  });

  it("the previous year's key is no planning year", () => {
    const by = map([{ name: "Stammdaten", cells: rows("A1", [["Jobcenter", "Jobcenter Musterkreis"], ["Vorjahr (VJ):", num(2025, "0")]]) }], null);
    expect(high(by, "AIP_Planjahr")).toBeUndefined();
  });

  const AREAS = ["Markt und Integration", "Leistungsgewährung", "Eingangszone", "Steuerung"];
  const staff = (heads: string[]) =>
    map([{ name: "Personal", cells: rows("A1", [["Bereich", ...heads], ...AREAS.map((a, i) => [a, vz(10 + i), vz(11 + i)])]) }]);

  it.each([[["VJ (VZÄ)", "PJ (VZÄ)"]], [["VZÄ Vorjahr", "VZÄ PJ"]], [["Vorjahr", "Planjahr"]]])("staff %j: the planning year's column holds the VZÄ", (heads) => {
    expect(high(staff(heads), "PER_VZAE_Bereiche")).toBe("Personal!$A$2:$C$5");
  });

  it("undated VZÄ Ist | VZÄ Plan may be one year's: not sure", () => {
    expect(high(staff(["VZÄ Ist", "VZÄ Plan"]), "PER_VZAE_Bereiche")).toBeUndefined();
  });
});

describe("an age bound by a sign is no running number", () => {
  it.each(["Anteil Alo < 25", "Anteil der Alo <25", "Anteil arbeitsloser Personen < 25"])("%s", (label) => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Merkmal", num(2024, "0"), num(2025, "0")], ["Anteil LZB an eLb", pct(0.6), pct(0.61)], [label, pct(0.08), pct(0.09)]]) }]);
    expect(high(by, "KUN_Anteil_Jugendliche")).toBe("Kunden!$C$3");
    expect(high(by, "KUN_Anteil_Jugendliche_VJ")).toBe("Kunden!$B$3");
  });

  it("a bare running number still names an item, not the figure", () => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Merkmal", num(2024, "0"), num(2025, "0")], ["Anteil LZB an eLb", pct(0.6), pct(0.61)], ["Alleinerziehende 3", num(80), num(90)]]) }]);
    expect(by.get("KUN_Alleinerziehende")).toBeUndefined();
  });
});

describe("a dash in a column of words is an empty text", () => {
  it.each([
    ["Abstimmung", "–", "vereinbart"],
    ["Status", "—", "offen"],
    ["Einschätzung JC", "-", "Nachverhandlung im März"],
  ])("%s column", (head, dash, word) => {
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Kennzahl", "Ist 2025", "Ziel 2026", head],
          ["Integrationen", num(1500), null, dash],
          ["eLb", num(8000), num(7900), dash],
          ["Integrationsquote", pct(0.19), pct(0.2), word],
        ]),
      },
    ]);
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("Ziele!$B$2");
    expect(high(by, "ZIE_ELB_VJ")).toBe("Ziele!$B$3");
    expect(high(by, "ZIE_ELB")).toBe("Ziele!$C$3");
  });

  it("in a column of numbers a dash still holds a value's place", () => {
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Kennzahl", "Ist 2025", "Ziel 2026"],
          ["Integrationsquote", "–", pct(0.2)],
          ["LZB-Bestand", num(5000), num(4900)],
        ]),
      },
    ]);
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$C$2");
    expect(high(by, "ZIE_IQ_VJ")).toBeUndefined();
  });
});

describe("comparison columns by a state's name", () => {
  it.each([
    [["Kennzahl", "Ist 2025", "Ziel 2026", "Ø Bayern"]],
    [["Kennzahl", "Ist 2025", "Ziel 2026", "Vergleichstyp", "Land"]],
    [["Kennzahl", "Ist 2025", "Ziel 2026", "Durchschnitt NRW"]],
    [["Kennzahl", "Ist 2025", "Ziel 2026", "Vgl.-Typ", "Bund"]],
  ])("%j", (heads) => {
    const extra = heads.length - 3;
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [heads, ["Integrationsquote", pct(0.19), pct(0.2), ...Array(extra).fill(pct(0.22))], ["IQ Frauen", pct(0.17), pct(0.18), ...Array(extra).fill(pct(0.2))]]),
      },
    ]);
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$C$2");
    expect(high(by, "ZIE_IQ_Frauen")).toBe("Ziele!$C$3");
  });

  it.each([
    ["Ø Sachsen", true],
    ["Ø Thüringen", true],
    ["Sachsen", false],
    ["Ø 2024", false],
    ["Ø eLb", false],
  ])("%s is a comparison head: %p", (head, is) => {
    expect(isBenchmarkHead(head)).toBe(is);
  });

  it("a bare region head without a comparison beside it leaves the row's two numbers open", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Ziel 2026", "Land"], ["Integrationsquote", pct(0.2), pct(0.22)]]) }]);
    expect(high(by, "ZIE_IQ")).toBeUndefined();
  });
});

describe("a lone line under a closed table is in the table's area", () => {
  const sheet = (below: Array<Array<ReturnType<typeof num> | string | null>>, total = "Summe") => ({
    name: "Übersicht",
    cells: rows("A1", [
      ["Jobcenter", "Jobcenter Musterkreis"],
      ["Stand", date(46000)],
      [],
      ["Förderung", "Ist 2025", "Plan 2026"],
      ["FbW", num(100), num(90)],
      ["EGZ", num(60), num(70)],
      ["AGH", num(40), num(30)],
      [total, num(200), num(190)],
      [],
      ...below,
    ]),
  });

  it.each(["Eintritte geplant (erste Aufstellung)", "laut Text geplante Eintritte 2026"])("%s", (label) => {
    const by = map([sheet([[label, null, num(190)]])]);
    expect(high(by, "FOE_Eintritte_Plan")).toBe("Übersicht!$C$10");
  });

  // One rule with fix45's lines under a block (./blockHeadArea.ts): a lone line is the block's, closed by a total or not.
  it("also when the table has no total row closing it", () => {
    const by = map([sheet([["Eintritte geplant (erste Aufstellung)", null, num(190)]], "Sonstige")]);
    expect(high(by, "FOE_Eintritte_Plan")).toBe("Übersicht!$C$10");
  });

  it("not a line of a block of its own", () => {
    const by = map([sheet([["Eintritte geplant (erste Aufstellung)", null, num(190)], ["Integrationsquote", null, pct(0.2)]])]);
    expect(high(by, "FOE_Eintritte_Plan")).toBeUndefined();
  });
});

describe("the VWT allocation the Verwaltungshaushalt adds up is its federal part", () => {
  const budget = (alloc: string, total: number, extra: Array<[string, number]> = []) =>
    map([
      {
        name: "Haushalt",
        cells: rows("A1", [
          ["Position", "Plan 2026"],
          ["Zuteilung EGT", num(5_000_000)],
          [alloc, num(9_000_000)],
          ["Umschichtung EGT in VWT", num(1_000_000)],
          ["kommunaler Finanzierungsanteil", num(1_800_000)],
          ["Verwaltungshaushalt gesamt", num(total)],
          ...extra.map(([l, v]) => [l, num(v)]),
        ]),
      },
    ]);

  it.each(["Zuteilung VWT (Bundesanteil)", "Mittelzuweisung Verwaltungskostentitel", "VKT-Zuteilung"])("%s", (alloc) => {
    const by = budget(alloc, 11_800_000);
    expect(high(by, "BUD_VWT_Zuteilung")).toBe("Haushalt!$B$3");
    expect(high(by, "BUD_VH_EinglMV")).toBe("Haushalt!$B$3");
    expect(high(by, "BUD_VH_Gesamt")).toBe("Haushalt!$B$6");
  });

  it("not when the total is no such sum", () => {
    const by = budget("Zuteilung VWT (Bundesanteil)", 12_300_000);
    expect(high(by, "BUD_VWT_Zuteilung")).toBe("Haushalt!$B$3");
    expect(high(by, "BUD_VH_EinglMV")).toBeUndefined();
  });

  it("not when a row names the federal part itself", () => {
    const by = budget("Zuteilung VWT", 11_800_000, [["davon Bundesanteil lt. EinglMV", 9_000_000]]);
    expect(high(by, "BUD_VH_EinglMV")).not.toBe("Haushalt!$B$3");
  });
});
