// The causes behind the fourteenth held-out set's misses (test/fixtures/heldOut14.ts), each tested with wordings the
// tester did not write and near misses that must stay non-high.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { num, pct, rows, usedCells, type Layout } from "../fixtures/layouts";
import { oneEditApart } from "../../src/core/mapper/typos";

function map(sheets: Layout["sheets"], planYear?: number): Map<string, Proposal> {
  const all = planYear ? [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets] : sheets;
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("a year in a customer-structure label is read as of the latest year reported", () => {
  it.each([
    [2026, "Zahl der Alleinerziehenden 2025", "Zahl der Alleinerziehenden 2024"],
    [2025, "Alleinerziehende (eLb) Ist 2024", "Alleinerziehende (eLb) Ist 2023"],
  ])("in %i, %j is current and %j the previous year, in either order", (year, latest, before) => {
    for (const order of [[latest, before], [before, latest]]) {
      const values = new Map([[latest, 610], [before, 640]]);
      const by = map([{ name: "Übersicht", cells: rows("A1", order.map((l) => [l, num(values.get(l)!)])) }], year);
      const at = (l: string) => `Übersicht!$B$${order.indexOf(l) + 1}`;
      expect([high(by, "KUN_Alleinerziehende"), high(by, "KUN_Alleinerziehende_VJ")]).toEqual([at(latest), at(before)]);
    }
  });

  it("the LZB share with the years in the label: the later year is current", () => {
    const by = map([{ name: "Übersicht", cells: rows("A1", [["LZB-Anteil an den eLb 2023", pct(0.6)], ["LZB-Anteil an den eLb 2024", pct(0.62)]]) }], 2025);
    expect([high(by, "KUN_Anteil_LZB"), high(by, "KUN_Anteil_LZB_VJ")]).toEqual(["Übersicht!$B$2", "Übersicht!$B$1"]);
  });

  it("near misses: a year three back or a forecast of the planning year is no sure customer figure", () => {
    const old = map([{ name: "Übersicht", cells: rows("A1", [["Alleinerziehende 2022", num(700)]]) }], 2025);
    expect(high(old, "KUN_Alleinerziehende")).toBeUndefined();
    expect(high(old, "KUN_Alleinerziehende_VJ")).toBeUndefined();
    const forecast = map([{ name: "Übersicht", cells: rows("A1", [["Anteil LZB Prognose 2025", pct(0.6)]]) }], 2025);
    expect(high(forecast, "KUN_Anteil_LZB")).toBeUndefined();
    expect(high(forecast, "KUN_Anteil_LZB_VJ")).toBeUndefined();
  });
});

describe("a share's label naming its population says its area itself", () => {
  // A mixed sheet (targets, budget and staff rows together): no area title helps.
  const mixed = (extra: Array<[string, number]>) => [
    {
      name: "Übersicht",
      cells: rows("A1", [["Integrationsquote Ziel 2025", pct(0.17)], ["Verwaltungshaushalt gesamt", num(9_000_000)], ...extra.map(([l, v]) => [l, pct(v, "0%")])]),
    },
  ];
  it.each([
    ["Anteil Frauen an den Mitarbeitenden", "PER_Anteil_Frauen"],
    ["Frauenanteil Belegschaft", "PER_Anteil_Frauen"],
    ["Anteil BA-Personal", "PER_Anteil_BA"],
    ["Anteil Jugendliche an den Arbeitslosen", "KUN_Anteil_Jugendliche"],
  ])("%j on a mixed sheet is sure", (label, name) => {
    expect(high(map(mixed([[label, 0.4]]), 2025), name)).toBe("Übersicht!$B$3");
  });

  it("near misses: a bare share or one of another population stays low", () => {
    const bare = map(mixed([["Anteil Frauen", 0.4]]), 2025);
    expect(high(bare, "PER_Anteil_Frauen")).toBeUndefined();
    const elb = map(mixed([["Anteil Frauen an den eLb", 0.4]]), 2025);
    expect(high(elb, "PER_Anteil_Frauen")).toBeUndefined();
    const jugend = map(mixed([["Anteil Jugendliche", 0.1]]), 2025);
    expect(high(jugend, "KUN_Anteil_Jugendliche")).toBeUndefined();
  });
});

describe("a planning-year key row among label/value rows heads no column", () => {
  it.each([
    ["Planungsjahr", "Veränderung LZB zum Vorjahr", "ZIE_LZB_Veraenderung", -0.03],
    ["Planjahr:", "IQ Veränderung ggü. VJ", "ZIE_IQ_Veraenderung", 0.02],
  ])("%j above %j: the change is sure", (key, label, name, v) => {
    const by = map([{ name: "Eckwerte", cells: rows("A1", [["Jobcenter", "JC Test", null, key, num(2026, "0")], ["Stand", "01.02.2026", null, label, pct(v)]]) }]);
    expect(high(by, name)).toBe("Eckwerte!$E$2");
    expect(high(by, "AIP_Planjahr")).toBe("Eckwerte!$E$1");
  });

  it("near miss: a real header row with the planning year still heads its column", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "2025"], ["Integrationsquote", pct(0.17)]]) }], 2025);
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$B$2");
    expect(high(by, "ZIE_IQ_Veraenderung")).toBeUndefined();
  });
});

describe("a table captioned by its figure: 'gesamt' is its total, Männer/Frauen its parts", () => {
  it.each([
    [["Bestand LZB", "Ø 2024", "Ziel Ø 2025", "Veränd. in %"], "insgesamt", "davon Männer", "davon Frauen", "ZIE_LZB"],
    [["Integrationsquote (IQ)", "Ergebnis 2024", "Zielwert 2025", "Entwicklung"], "Gesamt:", "Männer", "Frauen", "ZIE_IQ"],
  ])("%j", (head, total, men, women, name) => {
    const isIq = name === "ZIE_IQ";
    const v = (x: number) => (isIq ? pct(x / 10000) : num(x));
    const by = map([{ name: "Ziele", cells: rows("A1", [head, [total, v(1700), v(1650), pct(-0.03)], [men, v(800), v(780), pct(-0.025)], [women, v(900), v(870), pct(-0.033)]]) }], 2025);
    expect([high(by, `${name}_VJ`), high(by, name), high(by, `${name}_Veraenderung`)]).toEqual(["Ziele!$B$2", "Ziele!$C$2", "Ziele!$D$2"]);
    expect([high(by, `${name}_Maenner`), high(by, `${name}_Frauen_VJ`)]).toEqual(["Ziele!$C$3", "Ziele!$B$4"]);
  });

  it("near misses: a caption without years or roles, or a header naming no figure, gives 'gesamt' no figure", () => {
    const noRoles = map([{ name: "Ziele", cells: rows("A1", [["Integrationsquote", "Bemerkung"], ["gesamt", pct(0.17)]]) }], 2025);
    expect([...noRoles.values()].filter((p) => p.name.startsWith("ZIE_IQ") && p.confidence === "high")).toEqual([]);
    const noFigure = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Ist 2024", "Ziel 2025"], ["gesamt", pct(0.16), pct(0.17)]]) }], 2025);
    expect([...noFigure.values()].filter((p) => p.name.startsWith("ZIE_") && p.confidence === "high")).toEqual([]);
  });
});

describe("a newcomer's wording: typos one edit from a long vocabulary word, short forms, '&' in staff areas", () => {
  const targets = (labels: string[]) => [
    { name: "Ziele", cells: rows("A1", [["Kennzahl", "Ist 2024", "Ziel 2025"], ...labels.map((l, i) => [l, pct(0.15 + i / 100), pct(0.16 + i / 100)])]) },
  ];
  it.each([
    ["Integratiosnquote", "ZIE_IQ"],
    ["Intergationsquote Frauen", "ZIE_IQ_Frauen"],
    ["Integrationsquotte Männer", "ZIE_IQ_Maenner"],
  ])("%j (one swap, insertion or deletion) is read as the word it misses", (label, name) => {
    expect(high(map(targets([label]), 2025), name)).toBe("Ziele!$C$2");
  });

  it.each([["Langzeitleistungsbezeiher (JDW)"], ["Langzeitbeziehende im Jahresdurchschnitt"]])("%j is the LZB", (label) => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Ist 2024", "Ziel 2025"], [label, num(2300), num(2250)]]) }], 2025);
    expect([high(by, "ZIE_LZB_VJ"), high(by, "ZIE_LZB")]).toEqual(["Ziele!$B$2", "Ziele!$C$2"]);
  });

  it("near misses: a known word is never 'corrected', a typo of Langzeitarbeitslose is no LZB, short words stay unknown", () => {
    const known = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Ist 2024", "Ziel 2025"], ["Integrationen", num(800), num(820)]]) }], 2025);
    expect([high(known, "ZIE_IQ"), high(known, "ZIE_IQ_VJ")]).toEqual([undefined, undefined]);
    for (const label of ["Langzeitarbeitlose", "Langzeitarbietslose", "Langzeitarbeitslose"]) {
      const by = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Ist 2024", "Ziel 2025"], [label, num(900), num(880)]]) }], 2025);
      expect([by.get("ZIE_LZB"), by.get("ZIE_LZB_VJ")]).toEqual([undefined, undefined]);
    }
    // Two edits ("Intgraton" for "Integration") are too far: no integrations figure.
    const tooFar = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Ist 2024", "Ziel 2025"], ["Intgraton", num(800), num(820)]]) }], 2025);
    expect(high(tooFar, "ZIE_Integrationen_VJ")).toBeUndefined();
  });

  it.each([["Markt & Integration"], ["Markt + Integration"]])("%j heads the staff areas' table, and is no integrations figure", (first) => {
    const by = map([
      {
        name: "Personal",
        cells: rows("A1", [["VZÄ nach Bereichen"], [first, num(36, "0.0")], ["Leistung", num(33.5, "0.0")], ["sonst. operatives Personal", num(16.4, "0.0")], ["weitere Bereiche", num(5.6, "0.0")]]),
      },
    ]);
    expect(high(by, "PER_VZAE_Bereiche")).toBe("Personal!$A$2:$B$5");
    expect(by.get("ZIE_Integrationen_VJ")).toBeUndefined();
  });

  it("part rows under the LZB row count as targets, so an eLb among them is the targets' previous year", () => {
    const block = (parts: string[]) => [
      { name: "Ist 2024", cells: rows("A1", [["Integrationen", num(700)], ["eLb Durchschnitt", num(3900)], ["LZB (JDW)", num(2300)], ...parts.map((p, i) => [p, num(1100 + i)])]) },
    ];
    expect(high(map(block(["davon Männer", "davon Frauen"]), 2025), "ZIE_ELB_VJ")).toBe("'Ist 2024'!$B$2");
    expect(high(map(block(["darunter männlich", "darunter weiblich"]), 2025), "ZIE_ELB_VJ")).toBe("'Ist 2024'!$B$2");
    // Near miss: among customer rows the same label is the customer stock, never the targets' eLb.
    const customers = map([{ name: "Ist 2024", cells: rows("A1", [["Alleinerziehende", num(540)], ["eLb Durchschnitt", num(3900)], ["Anteil LZB", pct(0.6)]]) }], 2025);
    expect(high(customers, "ZIE_ELB_VJ")).toBeUndefined();
  });
});

describe("one edit apart", () => {
  it("a swap of neighbours, one letter more or less; never a substitution, two edits or the word itself", () => {
    expect([oneEditApart("integrationsqoute", "integrationsquote"), oneEditApart("integrationsquotte", "integrationsquote"), oneEditApart("integrationsquot", "integrationsquote")]).toEqual([true, true, true]);
    expect([oneEditApart("integrationsquite", "integrationsquote"), oneEditApart("intgraton", "integration"), oneEditApart("integration", "integration")]).toEqual([false, false, false]);
  });
});

describe("a lone value below a table that ended (total row, blank row) takes no role from the table's header", () => {
  const foe = (lone: [string, number]) => [
    {
      name: "Förderung",
      cells: rows("A1", [
        ["Instrument", "Ist 2024", "Plan 2025"],
        ["Eingliederungszuschuss", num(50), num(55)],
        ["Arbeitsgelegenheiten", num(90), num(95)],
        ["Einstiegsgeld", num(40), num(45)],
        ["Insgesamt", num(180), num(195)],
        [],
        [lone[0], num(lone[1])],
      ]),
    },
  ];
  it.each([["Eintritte gem. Textteil"], ["Summe Eintritte laut Textteil (erste Aufstellung)"]])("%j is the planned entries", (label) => {
    expect(high(map(foe([label, 410]), 2025), "FOE_Eintritte_Plan")).toBe("Förderung!$B$7");
  });

  it("near misses: entries of the previous year by their own words, or a value row inside the table, are no planned entries", () => {
    expect(high(map(foe(["Eintritte Ist 2024 lt. Textteil", 410]), 2025), "FOE_Eintritte_Plan")).toBeUndefined();
    const inside = map([{ name: "Förderung", cells: rows("A1", [["Instrument", "Ist 2024", "Plan 2025"], ["Einstiegsgeld", num(40), num(45)], ["Eintritte lt. Textteil", num(410)]]) }], 2025);
    expect(high(inside, "FOE_Eintritte_Plan")).toBeUndefined();
  });
});
