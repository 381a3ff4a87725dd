// The causes behind the 51st held-out set's misses (test/fixtures/heldOut51.ts) and the long-format export of set
// 52, each tested with wordings and layouts the tester did not write and near misses that must stay non-high:
// - a three-level head: gender groups over Ist | Ziel | Veränd. columns, figures in the rows (the total from the
//   "Insgesamt" group);
// - cross tables Standort × Kennzahl: location rows closed by "Jobcenter gesamt" give the total row only; gender
//   rows "Frauen | Männer" without a total row under figure heads; an undated total column beside the previous
//   year's is the latest customer report;
// - long lists: a key column beside its text ("MERKMAL | MERKMAL_TXT"), the area from neighbouring figures, a bare
//   "Gesamt" position read with its category;
// - master data as one head row over one record.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { date, f, num, pct, rows, usedCells, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear: number | null = 2026): Map<string, Proposal> {
  const all = planYear === null ? sheets : [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("three-level head: gender groups over role columns", () => {
  const sheet = (groups: string[], roles: string[], corner = "Kennzahl"): Layout["sheets"][number] => {
    const upper: Array<string | null> = [null];
    for (const g of groups) upper.push(g, ...roles.slice(1).map(() => null));
    const lower = [corner, ...groups.flatMap(() => roles)];
    const row = (label: string, base: number, step: number, p: boolean) => [label, ...groups.flatMap((_, i) => roles.map((__, j) => (p ? pct(base + i * step + j * 0.002) : num(base + i * step + j))))];
    const span = roles.length;
    const col = (i: number) => String.fromCharCode(66 + i);
    return {
      name: "Ziele",
      cells: rows("A1", [upper, lower, row("IQ", 0.15, 0.02, true), row("LZB-Bestand", 1000, 500, false)]),
      merged: groups.map((_, i) => `${col(i * span)}1:${col(i * span + span - 1)}1`),
    };
  };

  it.each([
    [["Insgesamt", "Frauen", "Männer"], ["Basis 2025", "Ziel 2026"]],
    [["Männer", "Frauen", "gesamt"], ["Ist 2025", "Ziel 2026"]],
  ])("%j over %j", (groups, roles) => {
    const by = map([sheet(groups, roles)]);
    const at = (g: string, j: number) => {
      const i = groups.indexOf(g);
      return String.fromCharCode(66 + i * roles.length + j);
    };
    const total = groups.find((g) => /gesamt/i.test(g))!;
    expect(high(by, "ZIE_IQ_VJ")).toBe(`Ziele!$${at(total, 0)}$3`);
    expect(high(by, "ZIE_IQ")).toBe(`Ziele!$${at(total, 1)}$3`);
    expect(high(by, "ZIE_IQ_Frauen")).toBe(`Ziele!$${at("Frauen", 1)}$3`);
    expect(high(by, "ZIE_LZB_Maenner_VJ")).toBe(`Ziele!$${at("Männer", 0)}$4`);
  });

  it("gender groups without a total group are no three-level head of this kind", () => {
    const by = map([sheet(["Frauen", "Männer"], ["Ist 2025", "Ziel 2026"])]);
    expect(high(by, "ZIE_IQ")).toBeUndefined();
  });
});

describe("cross table Standort × Kennzahl with a Jobcenter total row", () => {
  const table = (total: string, sites: string[]) =>
    map([
      {
        name: "Standorte",
        cells: rows("A1", [
          [null, "Integrationsquote", null, "LZB-Bestand", null],
          ["Standort", "Ist 2025", "Ziel 2026", "Ist 2025", "Ziel 2026"],
          ...sites.map((s, i) => [s, pct(0.15 + i / 100), pct(0.16 + i / 100), num(900 + i), num(880 + i)]),
          [total, pct(0.17), pct(0.18), num(3000), num(2900)],
        ]),
        merged: ["B1:C1", "D1:E1"],
      },
    ]);

  it.each(["JC insgesamt", "Summe", "Gesamt"])("rows of offices closed by %s", (total) => {
    const by = table(total, ["Nord", "Süd", "Mitte"]);
    expect(high(by, "ZIE_IQ_VJ")).toBe("Standorte!$B$6");
    expect(high(by, "ZIE_IQ")).toBe("Standorte!$C$6");
    expect(high(by, "ZIE_LZB")).toBe("Standorte!$E$6");
  });

  it("a total row of another year is no total of this table", () => {
    const by = table("Jobcenter gesamt 2024", ["Nord", "Süd", "Mitte"]);
    expect(high(by, "ZIE_IQ")).toBeUndefined();
  });

  it("one office row alone is no breakdown", () => {
    const by = table("Jobcenter gesamt", ["Nord"]);
    expect(high(by, "ZIE_IQ")).toBeUndefined();
  });

  const customers = (total: string, older: string) =>
    map([
      {
        name: "Kunden",
        cells: rows("A1", [
          ["Kundenstruktur 2025"],
          [],
          ["Merkmal", "Nord", "Süd", total, older],
          ["eLb", num(3000), num(2000), num(5000), num(5100)],
          ["Alleinerziehende", num(300), num(200), num(500), num(510)],
        ]),
      },
    ]);

  it.each([["JC insgesamt", "JC insgesamt 2024"], ["Jobcenter gesamt", "Jobcenter gesamt (2024)"]])("customer columns %s | %s: the undated total is the latest", (total, older) => {
    const by = customers(total, older);
    expect(high(by, "KUN_ELB")).toBe("Kunden!$D$4");
    expect(high(by, "KUN_Alleinerziehende_VJ")).toBe("Kunden!$E$5");
  });

  it("beside the latest year's column the undated one is not read as the latest", () => {
    expect(high(customers("JC insgesamt", "JC insgesamt 2025"), "KUN_ELB")).not.toBe("Kunden!$D$4");
  });

  it.each([["weiblich", "männlich"], ["Frauen", "Männer"]])("gender rows %s / %s without a total row", (w, m) => {
    const by = map([
      {
        name: "Geschlecht",
        cells: rows("A1", [
          ["Personengruppe", "IQ Ist 2025", "IQ Ziel 2026", "LZB Ist 2025", "LZB Ziel 2026"],
          [w, pct(0.13), pct(0.14), num(1700), num(1650)],
          [m, pct(0.19), pct(0.2), num(1500), num(1450)],
        ]),
      },
    ]);
    expect(high(by, "ZIE_IQ_Frauen")).toBe("Geschlecht!$C$2");
    expect(high(by, "ZIE_LZB_Maenner_VJ")).toBe("Geschlecht!$D$3");
    expect(high(by, "ZIE_IQ")).toBeUndefined();
  });

  it("one gender row alone states no part table", () => {
    const by = map([{ name: "G", cells: rows("A1", [["Gruppe", "IQ Ist 2025", "IQ Ziel 2026"], ["Frauen", pct(0.13), pct(0.14)]]) }]);
    expect(high(by, "ZIE_IQ_Frauen")).toBeUndefined();
  });
});

describe("long lists", () => {
  it.each([
    ["KENNZ", "KENNZ_BEZ"],
    ["Merkmal", "Bezeichnung"],
  ])("a key column %s beside its text %s: the text is the label", (key, text) => {
    const by = map(
      [
        {
          name: "Export",
          cells: rows("A1", [
            [key, text, "JAHR", "WERT"],
            ["ANT_LZB", "Anteil Langzeitleistungsbezieher an eLb", num(2023, "0"), pct(0.6)],
            ["ANT_LZB", "Anteil Langzeitleistungsbezieher an eLb", num(2024, "0"), pct(0.59)],
            ["ALLEINERZ", "Alleinerziehende", num(2023, "0"), num(650)],
            ["ALLEINERZ", "Alleinerziehende", num(2024, "0"), num(640)],
          ]),
        },
      ],
      2025,
    );
    expect(high(by, "KUN_Anteil_LZB")).toBe("Export!$D$3");
    expect(high(by, "KUN_Anteil_LZB_VJ")).toBe("Export!$D$2");
    expect(high(by, "KUN_Alleinerziehende")).toBe("Export!$D$5");
  });

  it("two label columns of words stay undecided", () => {
    const by = map(
      [
        {
          name: "Export",
          cells: rows("A1", [
            ["Kennzahl", "Bezeichnung", "Jahr", "Wert"],
            ["Kunden", "Anteil Langzeitleistungsbezieher an eLb", num(2023, "0"), pct(0.6)],
            ["Kunden", "Anteil Langzeitleistungsbezieher an eLb", num(2024, "0"), pct(0.59)],
            ["Kunden", "Alleinerziehende", num(2024, "0"), num(640)],
          ]),
        },
      ],
      2025,
    );
    expect(high(by, "KUN_Anteil_LZB")).toBeUndefined();
  });

  const list = (middle: string, above: string, below: string) =>
    map(
      [
        {
          name: "Liste",
          cells: rows("A1", [
            ["Kennzahl", "Jahr", "Art", "Wert"],
            ["Integrationsquote", num(2025, "0"), "Ziel", pct(0.17)],
            [above, num(2024, "0"), "Ist", num(700)],
            [middle, num(2024, "0"), "Ist", pct(0.3)],
            [below, num(2024, "0"), "Ist", num(520)],
          ]),
        },
      ],
      2025,
    );

  it("a weak customer label between customer figures is a customer figure", () => {
    expect(high(list("Anteil Ausländer an Alo", "Alleinerziehende", "Alleinerziehende"), "KUN_Anteil_Auslaender")).toBe("Liste!$D$4");
  });

  it("a clear target label under customer figures stays a target", () => {
    const by = list("Anteil Ausländer an Alo", "Alleinerziehende", "Alleinerziehende");
    expect(high(by, "ZIE_IQ")).toBe("Liste!$D$2");
  });

  it("between a target and a customer figure it stays weak", () => {
    expect(high(list("Anteil Ausländer an Alo", "Integrationen", "Alleinerziehende"), "KUN_Anteil_Auslaender")).toBeUndefined();
  });

  it.each([
    ["Eingliederungsbudget", "insgesamt", "BUD_EB_Gesamt"],
    ["Verwaltungshaushalt", "Gesamt", "BUD_VH_Gesamt"],
  ])("%s | %s: the total position totals its category", (cat, pos, name) => {
    const by = map(
      [
        {
          name: "Budget",
          cells: rows("A1", [
            ["Kategorie", "Position", "Jahr", "Betrag"],
            [cat, pos, num(2025, "0"), num(3_000_000)],
            [cat, pos, num(2026, "0"), num(3_100_000)],
            ["Sonstiges", "Zeile", num(2026, "0"), num(1)],
          ]),
        },
      ],
      2026,
    );
    expect(high(by, name)).toBe("Budget!$D$3");
  });
});

describe("master data as one head row over one record", () => {
  it.each([[["Jobcenter", "Planjahr", "Datum"]], [["Jobcenter", "Stand", "Planungsjahr"]]])("%j", (heads) => {
    const value = (h: string) => (h === "Jobcenter" ? "Jobcenter Kreis Musterstadt" : /jahr/i.test(h) ? num(2026, "0") : date(46_050));
    const by = map([{ name: "Kopf", cells: rows("A1", [heads, heads.map(value)]) }], null);
    const col = (h: string) => String.fromCharCode(65 + heads.indexOf(h));
    expect(high(by, "AIP_Jobcenter")).toBe(`Kopf!$${col("Jobcenter")}$2`);
    expect(high(by, "AIP_Planjahr")).toBe(`Kopf!$${col(heads.find((h) => /jahr/i.test(h))!)}$2`);
  });

  it("several rows under the heads are a list of records, none of them this programme's", () => {
    const by = map(
      [
        {
          name: "Liste",
          cells: rows("A1", [
            ["Jobcenter", "Planjahr", "Stand"],
            ["Jobcenter Nord", num(2025, "0"), date(45_700)],
            ["Jobcenter Süd", num(2026, "0"), date(46_050)],
          ]),
        },
      ],
      null,
    );
    expect(high(by, "AIP_Planjahr")).toBeUndefined();
  });
});

// A transposed target table where some figures have no parts: "Integrationen" merged down over the part row (or a
// blank part cell below it) beside "Integrationsquote" merged over "gesamt | Frauen | Männer"; years in the rows.
// The whole figure's head is its total (./src/core/mapper/figurePartHeads.ts).
describe("figure heads without parts beside split ones", () => {
  const table = (heads: Array<string | null>, parts: Array<string | null>, merged: string[], labels = ["Basis 2025", "Zielwert 2026", "Veränd. zum Vj. in %"]) =>
    map([
      {
        name: "Ziele",
        cells: rows("A1", [
          heads,
          parts,
          [labels[0], num(700), num(4200), pct(0.15), pct(0.13), pct(0.17)],
          [labels[1], num(720), num(4100), pct(0.16), pct(0.14), pct(0.18)],
          [labels[2], null, null, pct(0.02), pct(0.03), pct(0.01)],
        ]),
        merged,
      },
    ]);
  const split = ["Integrationsquote", null, null];

  it("heads merged down over the part row", () => {
    const by = table([null, "Integrationen (Summe)", "eLb (Ø)", ...split], ["Jahr", null, null, "insgesamt", "weiblich", "männlich"], ["B1:B2", "C1:C2", "D1:F1"]);
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("Ziele!$B$3");
    expect(high(by, "ZIE_ELB_VJ")).toBe("Ziele!$C$3");
    expect(high(by, "ZIE_ELB")).toBe("Ziele!$C$4");
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$D$4");
    expect(high(by, "ZIE_IQ_Frauen_VJ")).toBe("Ziele!$E$3");
    expect(high(by, "ZIE_IQ_Maenner_Veraenderung")).toBe("Ziele!$F$5");
    expect(high(by, "KUN_ELB")).toBeUndefined();
  });

  it("unmerged heads over blank part cells", () => {
    const by = table([null, "Anzahl Integrationen", "Bestand eLb", ...split], [null, null, null, "gesamt", "Frauen", "Männer"], ["D1:F1"], ["Ist 2025 (vorl.)", "Ziel 2026", "Veränderung"]);
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("Ziele!$B$3");
    expect(high(by, "ZIE_ELB")).toBe("Ziele!$C$4");
    expect(high(by, "ZIE_IQ_Maenner")).toBe("Ziele!$F$4");
  });

  it("a twin head among heads of mixed areas stays open", () => {
    const by = table([null, "Anteil LZB an eLb", "eLb (Ø)", ...split], ["Jahr", null, null, "gesamt", "Frauen", "Männer"], ["B1:B2", "C1:C2", "D1:F1"]);
    expect(high(by, "ZIE_ELB")).toBeUndefined();
    expect(high(by, "KUN_ELB")).toBeUndefined();
  });

  it("a head over an empty column beside it is no whole figure", () => {
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [
          [null, "Integrationen", null, ...split],
          ["Jahr", null, null, "gesamt", "Frauen", "Männer"],
          ["Basis 2025", num(700), num(4200), pct(0.15), pct(0.13), pct(0.17)],
          ["Zielwert 2026", num(720), num(4100), pct(0.16), pct(0.14), pct(0.18)],
        ]),
        merged: ["D1:F1"],
      },
    ]);
    expect(high(by, "ZIE_Integrationen_VJ")).toBeUndefined();
  });
});

// A share computed by a quotient formula in a count's number format ("=G9/F4" formatted "#,##0") beside shares in
// percent: the formula says the cell is a ratio, the format is a slip (./src/core/mapper/ratioFormula.ts).
describe("a ratio formula in a count format is still a share", () => {
  const sheet = (cell: Parameters<typeof rows>[1][number][number], total = "Jobcenter gesamt") =>
    map([
      {
        name: "Kunden",
        cells: rows("A1", [
          ["Kundenstruktur 2025"],
          [],
          ["Merkmal", "Nord", "Süd", total, `${total} 2024`],
          ["eLb (JD)", num(2100), num(1300), f("SUM(B4:C4)", 3400), num(3500)],
          ["Anteil LZB an eLb", pct(0.55), pct(0.58), cell, pct(0.57)],
          ["Anteil Alleinerziehende", pct(0.11), pct(0.12), pct(0.115), pct(0.118)],
        ]),
      },
    ]);

  it.each([
    ["another sheet", f("Daten!C9/D4", 0.562), "Jobcenter gesamt"],
    ["another sheet quoted", f("'Ziele je GS'!$H$9/D4", 0.562), "JC insgesamt"],
    ["this sheet", f("$B$5/$D$4", 0.562), "Jobcenter gesamt"],
  ])("%s", (_, cell, total) => {
    expect(high(sheet(cell, total), "KUN_Anteil_LZB")).toBe("Kunden!$D$5");
  });

  it("a typed count in that column is no share", () => {
    expect(high(sheet(num(1)), "KUN_Anteil_LZB")).toBeUndefined();
  });

  it("a change formula is no ratio", () => {
    expect(high(sheet(f("B5/C5-1", 0.05)), "KUN_Anteil_LZB")).toBeUndefined();
  });

  it("a ratio above one is no share", () => {
    expect(high(sheet(f("D4/B4", 1.62)), "KUN_Anteil_LZB")).toBeUndefined();
  });
});
