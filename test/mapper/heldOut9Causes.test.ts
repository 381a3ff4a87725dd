// The causes behind the ninth held-out set's misses (test/fixtures/heldOut9.ts), each tested with wordings and
// layouts the tester did not write and near misses that must stay non-high:
// - older and later bare years in a time series are no figure of the programme (the previous year's column is);
// - a remark column ("Bemerkung", "Quelle") beside the value is no second value;
// - the housing costs (KdU) are no KoFi share, even when marked "kommunal";
// - the IQ of the LZB is neither the IQ nor the LZB; a row coded as a § 48a Ergänzungsgröße is no IQ/LZB;
// - a staff table titled by Sachgebiete or Abteilungen is the VZÄ by area, its "VZÄ gesamt" row the total;
// - the date of drawing up the programme ("Datum der Aufstellung") is its Stand.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { date, f, num, pct, rows, usedCells, vz, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear?: number): Map<string, Proposal> {
  const all = planYear ? [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets] : sheets;
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("a time series: the previous year's column is VJ, older years and the next year's forecast are nothing", () => {
  it.each([
    // planning year, heads, column of the previous year, column of the plan
    [2025, ["Ø 2021", "Ø 2022", "2023", "2024", "Ziel 2025", "Prognose 2026"], "E", "F"],
    [2024, ["Jahr 2020", "Jahr 2021", "Jahr 2022", "2023", "Soll 2024"], "E", "F"],
    [2026, ["2022", "2023", "2024", "2025", "Planung 2026"], "E", "F"],
  ])("%i with heads %j", (year, heads, vj, plan) => {
    const n = heads.length;
    const values = (base: number) => heads.map((_, i) => num(base + 10 * i));
    const by = map(
      [
        {
          name: "Ziele",
          cells: rows("A1", [
            ["Kennzahl", ...heads],
            ["Integrationen", ...values(700)],
            ["eLb (Jahresdurchschnitt)", ...values(4000)],
            ["Integrationsquote", ...heads.map((_, i) => pct(0.15 + i / 1000))],
            ["LZB-Bestand", ...values(2500)],
          ]),
        },
      ],
      year,
    );
    expect(n).toBeGreaterThan(3);
    expect([high(by, "ZIE_Integrationen_VJ"), high(by, "ZIE_ELB_VJ"), high(by, "ZIE_IQ_VJ"), high(by, "ZIE_IQ"), high(by, "ZIE_LZB"), high(by, "ZIE_LZB_VJ")]).toEqual([
      `Ziele!$${vj}$2`,
      `Ziele!$${vj}$3`,
      `Ziele!$${vj}$4`,
      `Ziele!$${plan}$4`,
      `Ziele!$${plan}$5`,
      `Ziele!$${vj}$5`,
    ]);
  });
  it("near miss: only older years (no previous year's column) give no sure previous-year figure", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "2020", "2021", "2022"], ["Integrationen", num(800), num(790), num(770)], ["Integrationsquote", pct(0.15), pct(0.16), pct(0.17)]]) }], 2025);
    expect([high(by, "ZIE_Integrationen_VJ"), high(by, "ZIE_IQ_VJ"), high(by, "ZIE_IQ")]).toEqual([undefined, undefined, undefined]);
  });
  it("near miss: years without a planning-year column (the customer structure) keep the latest year's reading", () => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Merkmal", "2021", "2022", "2023"], ["eLb", num(5120), num(4890), num(4610)], ["Anteil LZB an eLb", pct(0.71), pct(0.66), pct(0.63)]]) }], 2024);
    expect([high(by, "KUN_ELB"), high(by, "KUN_Anteil_LZB"), high(by, "KUN_Anteil_LZB_VJ"), high(by, "ZIE_ELB_VJ")]).toEqual(["Kunden!$D$2", "Kunden!$D$3", "Kunden!$C$3", undefined]);
  });
  it("near miss: a forecast of the planning year beside older years is no plan", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "2022", "2023", "Prognose 2025"], ["LZB-Bestand", num(2800), num(2700), num(2650)]]) }], 2025);
    expect(high(by, "ZIE_LZB")).toBeUndefined();
  });
});

describe("a remark column beside the value is no second value", () => {
  it.each([
    ["Bemerkung", "15,2 %"],
    ["Erläuterung", "15,2"],
    ["Quelle", "2024"],
    ["Begründungen", "12,5"],
  ])("„%s“ holding %j", (head, remark) => {
    const by = map(
      [
        {
          name: "Budget",
          cells: rows("A1", [
            ["Position", "Betrag", head],
            ["Verwaltungshaushalt", num(9_000_000)],
            ["davon Bund", num(6_500_000)],
            ["davon kommunaler Anteil", num(1_368_000), remark],
          ]),
        },
      ],
      2025,
    );
    expect(high(by, "BUD_VH_KFA")).toBe("Budget!$B$4");
  });
  it("near miss: a second value column under a head that is no remark stays doubtful", () => {
    const by = map([{ name: "Budget", cells: rows("A1", [["Position", "Betrag", "Variante B"], ["Verwaltungshaushalt", num(9_000_000), num(9_100_000)], ["davon kommunaler Anteil", num(1_368_000), num(1_383_000)]]) }], 2025);
    expect(high(by, "BUD_VH_KFA")).toBeUndefined();
  });
});

describe("the housing costs are no KoFi share", () => {
  it.each([
    ["davon KoFi Landkreis (15,2 %)", "Kosten der Unterkunft (kommunal)"],
    ["davon kommunaler Finanzierungsanteil", "KdU kommunaler Anteil"],
    ["Kofinanzierung Stadt", "Unterkunftskosten (kommunaler Haushalt)"],
  ])("„%s“ beside „%s“", (kofi, kdu) => {
    const by = map(
      [
        {
          name: "Budget",
          cells: rows("A1", [
            ["Verwaltungshaushalt", num(9_000_000)],
            ["davon Bund", num(7_600_000)],
            [kofi, num(1_400_000)],
            [],
            ["nachrichtlich:"],
            [kdu, num(38_000_000)],
          ]),
        },
      ],
      2025,
    );
    expect(high(by, "BUD_VH_KFA")).toBe("Budget!$B$3");
  });
  it("near miss: the housing costs alone are not proposed as KoFi", () => {
    const by = map([{ name: "Budget", cells: rows("A1", [["Verwaltungshaushalt", num(9_000_000)], ["Kosten der Unterkunft und Heizung (kommunal)", num(38_000_000)]]) }], 2025);
    expect(by.get("BUD_VH_KFA")).toBeUndefined();
  });
});

describe("the IQ of the LZB and § 48a Ergänzungsgrößen are no IQ or LZB", () => {
  const targets = (extra: Array<Array<string | ReturnType<typeof num> | null>>, withCodes = true) => [
    {
      name: "Zielsystem",
      cells: rows("A1", [
        withCodes ? ["Nr.", "Kennzahl", "Ist 2024", "Ziel 2025"] : ["Kennzahl", "Ist 2024", "Ziel 2025"],
        ...(withCodes ? [["K2", "Integrationsquote", pct(0.17), pct(0.172)]] : [["Integrationsquote", pct(0.17), pct(0.172)]]),
        ...(withCodes ? [["K3", "LZB-Bestand (JDW)", num(4300), num(4200)]] : [["LZB-Bestand (JDW)", num(4300), num(4200)]]),
        ...extra,
      ]),
    },
  ];
  it.each([
    [["IQ der LZB", pct(0.11), pct(0.115)]],
    [["Integrationsquote Langzeitleistungsbeziehende", pct(0.11), pct(0.115)]],
    [["Langzeitleistungsbezieher: Integrationsquote", pct(0.11), pct(0.115)]],
  ])("a row %j leaves IQ and LZB sure at their own rows", (row) => {
    const by = map(targets([row], false), 2025);
    expect([high(by, "ZIE_IQ"), high(by, "ZIE_IQ_VJ"), high(by, "ZIE_LZB"), high(by, "ZIE_LZB_VJ")]).toEqual(["Zielsystem!$C$2", "Zielsystem!$B$2", "Zielsystem!$C$3", "Zielsystem!$B$3"]);
  });
  it.each([
    [["K2E3", "IQ nachhaltig", pct(0.09), pct(0.095)], "ZIE_IQ", "Zielsystem!$D$2"],
    [["K3E2", "LZB-Bestand Zugänge", num(900), num(880)], "ZIE_LZB", "Zielsystem!$D$3"],
    [[null, "Integrationsquote (K2E3, nachhaltig)", pct(0.09), pct(0.095)], "ZIE_IQ", "Zielsystem!$D$2"],
  ])("a row coded as an Ergänzungsgröße %j is no rival", (row, name, ref) => {
    const by = map(targets([row]), 2025);
    expect(high(by, name)).toBe(ref);
  });
  it("near miss: an Ergänzungsgröße row alone is not a sure IQ", () => {
    const by = map([{ name: "Zielsystem", cells: rows("A1", [["Nr.", "Kennzahl", "Ist 2024", "Ziel 2025"], ["K2E3", "Integrationsquote nachhaltig", pct(0.09), pct(0.095)]]) }], 2025);
    expect([high(by, "ZIE_IQ"), high(by, "ZIE_IQ_VJ")]).toEqual([undefined, undefined]);
  });
  it("near miss: the IQ's operands coded K2E1/K2E2 stay the previous year's integrations and eLb", () => {
    const by = map([{ name: "Zielsystem", cells: rows("A1", [["K2E1", "Integrationen 2024", num(1180)], ["K2E2", "eLb Jahresdurchschnitt 2024", num(6950)]]) }], 2025);
    expect([high(by, "ZIE_Integrationen_VJ"), high(by, "ZIE_ELB_VJ")]).toEqual(["Zielsystem!$C$1", "Zielsystem!$C$2"]);
  });
});

describe("a staff table titled by Sachgebiete or Abteilungen", () => {
  it.each(["VZÄ nach Sachgebieten", "Personal je Abteilung (VZÄ)", "Stellenanteile pro Sachgebiet"])("„%s“ with a VZÄ gesamt row", (title) => {
    const by = map(
      [
        {
          name: "Personal",
          cells: rows("A1", [
            ["Beschäftigte (Köpfe)", num(118)],
            [],
            [title],
            ["Fallmanagement", vz(40)],
            ["Leistungsgewährung", vz(35.5)],
            ["Arbeitgeberservice", vz(6.5)],
            ["VZÄ gesamt", f("SUM(B4:B6)", 82, "0.0")],
          ]),
        },
      ],
      2025,
    );
    expect([high(by, "PER_VZAE_Bereiche"), high(by, "PER_VZAE_Gesamt")]).toEqual(["Personal!$A$4:$B$6", "Personal!$B$7"]);
  });
  it("near miss: spending by Sachgebiet is no staff table", () => {
    const by = map([{ name: "Budget", cells: rows("A1", [["Ausgaben nach Sachgebieten"], ["Sachgebiet 50.1", num(120_000)], ["Sachgebiet 50.2", num(95_000)]]) }], 2025);
    expect(high(by, "PER_VZAE_Bereiche")).toBeUndefined();
  });
});

describe("the date the programme was drawn up is its Stand", () => {
  it.each(["Datum der Aufstellung", "aufgestellt am:", "Aufstellungsdatum"])("„%s“", (label) => {
    const by = map([{ name: "Deckblatt", cells: rows("A1", [["Jobcenter", "Jobcenter Kreis Eichfeld"], ["Planjahr", num(2025, "0")], [label, date(45700)]]) }]);
    expect(high(by, "AIP_Stand")).toBe("Deckblatt!$B$3");
  });
  it.each(["Aufstellung", "Eintritte (erste Aufstellung)"])("near miss: „%s“ beside a date is no Stand", (label) => {
    const by = map([{ name: "Deckblatt", cells: rows("A1", [["Planjahr", num(2025, "0")], [label, date(45700)]]) }]);
    expect(high(by, "AIP_Stand")).toBeUndefined();
  });
});
