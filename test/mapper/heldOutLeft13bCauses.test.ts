// The causes behind misses left in released held-out layouts (ho27-zielerreichung, ho50-finanzplan-kreis-2026,
// ho52-camelcase, …), each tested with wordings and layouts the tester did not write and near misses that must
// stay non-high:
// - "Personalanteil BA | Kommune | % | 70 % | 30 %": a pipe joins two figures as a slash does, a unit cell between
//   label and numbers is no third value (./slashPairRow.ts);
// - "Beschäftigte lt. Stellenplan (Köpfe)": the staffing plan is the head count's source, no "Stellen" (VZÄ);
// - "Basis IQ 2025: Integrationen": the quota's operand, no IQ;
// - "Finanzplan SGB II für das Haushaltsjahr | 2026": a plan document named for the planning year;
// - "kundenElbJdw2024": an identifier's namespace names the customers' figure of context twins;
// - "anteilKommune | 18 % | percent | Personal Landkreis": a settings list's description settles the key's reading.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { matchLabel } from "../../src/core/mapper/matchLabel";
import { f, num, pct, rows, usedCells, vz, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2026): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);
const ids = (label: string) => matchLabel(label).standalone.map((s) => s.id);

describe("two figures joined by a pipe, a unit cell before their numbers", () => {
  it.each([
    ["Personalanteil BA | Kommune", "%"],
    ["Anteil BA | Kommune", "%"],
    ["Personalanteil BA | Kommune", null],
    ["Anteil BA / Kommune", "%"],
  ])("%s (unit %s)", (label, unit) => {
    const by = map([
      {
        name: "AIP",
        cells: rows("A1", [
          ["B. Personal"],
          ["Beschäftigte (Köpfe)", "Anz.", num(262)],
          ["Vollzeitäquivalente", "VZÄ", vz(241.8)],
          unit === null ? [label, pct(0.7, "0%"), pct(0.3, "0%")] : [label, unit, pct(0.7, "0%"), pct(0.3, "0%")],
          ["Frauenanteil", "%", pct(0.83, "0%")],
        ]),
      },
    ]);
    const [ba, kom] = unit === null ? ["AIP!$B$4", "AIP!$C$4"] : ["AIP!$C$4", "AIP!$D$4"];
    expect(high(by, "PER_Anteil_BA")).toBe(ba);
    expect(high(by, "PER_Anteil_Kommune")).toBe(kom);
  });

  it("the gender pair of a target, joined by a pipe", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["IQ-Ziel 2026 gesamt", pct(0.2)], ["IQ-Ziel 2026 Männer | Frauen", pct(0.23), pct(0.17)]]) }]);
    expect(high(by, "ZIE_IQ_Maenner")).toBe("Ziele!$B$2");
    expect(high(by, "ZIE_IQ_Frauen")).toBe("Ziele!$C$2");
  });

  it("near miss: one number after the unit cell is no pair", () => {
    const by = map([{ name: "AIP", cells: rows("A1", [["B. Personal"], ["Vollzeitäquivalente", "VZÄ", vz(241.8)], ["Personalanteil BA | Kommune", "%", pct(0.7, "0%")], ["Frauenanteil", "%", pct(0.83, "0%")]]) }]);
    expect(high(by, "PER_Anteil_Kommune")).toBeUndefined();
  });
});

describe("a head count taken from the staffing plan", () => {
  it.each([["Beschäftigte lt. Stellenplan (Köpfe)"], ["Mitarbeitende gemäß Stellenplan 2026"], ["Köpfe nach dem Stellenplan"], ["Beschäftigte laut Stellenplan"]])("%s", (label) => {
    expect(ids(label)).toEqual(["per-koepfe"]);
    const by = map([{ name: "Personal", cells: rows("A1", [[label, num(262)], ["VZÄ gesamt", vz(241.8)]]) }]);
    expect(high(by, "PER_Beschaeftigte")).toBe("Personal!$B$1");
  });

  it.each([["Stellen laut Stellenplan"], ["VZÄ lt. Stellenplan"], ["lt. Stellenplan"]])("near miss: posts stay no head count: %s", (label) => {
    expect(ids(label)).not.toContain("per-koepfe");
  });
});

describe("the operands of the IQ under the quota's basis", () => {
  it.each([
    ["Basis IQ 2025: Integrationen", "Basis IQ 2025: ELB Ø"],
    ["IQ-Basis: Integrationen 2025", "IQ-Basis: Ø eLb 2025"],
    ["Berechnungsgrundlage der Integrationsquote – Integrationen 2025", "Berechnungsgrundlage der Integrationsquote – eLb-Bestand 2025"],
  ])("%s / %s", (ints, elb) => {
    expect(ids(ints)).toEqual(["integrationen"]);
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Ziele 2026"],
          [null, "IQ gesamt", "LZB (JDW)"],
          ["Vorjahr 2025 (vorläufig)", pct(0.197), num(3_805)],
          ["Ziel 2026", pct(0.195), num(3_900)],
          [],
          [ints, num(1_356)],
          [elb, num(6_884)],
        ]),
      },
    ]);
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("Ziele!$B$6");
    expect(high(by, "ZIE_ELB_VJ")).toBe("Ziele!$B$7");
  });

  it.each([["Basis-IQ 2025", "iq"], ["Basis IQ 2025: Frauen", "iq-frauen"]])("near miss: without an operand the basis stays the IQ: %s", (label, id) => {
    expect(ids(label)).toEqual([id]);
  });

  it("near miss: the planning year's basis is no previous-year figure", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Ziele 2026"], ["Basis IQ 2026: Integrationen", num(1_400)]]) }]);
    expect(high(by, "ZIE_Integrationen_VJ")).toBeUndefined();
  });
});

describe("a plan document named for the planning year", () => {
  const layout = (label: string, year = 2026) =>
    proposeMapping(
      usedCells({
        id: "t",
        title: "t",
        sheets: [
          {
            name: "Finanzplan",
            cells: rows("A1", [
              ["Landkreis Oberwald – Jobcenter Landkreis Oberwald"],
              [label, null, num(year, "0")],
              [],
              ["Position", "Ansatz 2025", "Planung 2026"],
              ["Verwaltungshaushalt", num(11_640_000), num(11_985_500)],
              ["Eingliederungsbudget inkl. BEZ", num(3_510_000), num(3_420_000)],
            ]),
          },
        ],
      }),
    ).proposals.find((p) => p.name === "AIP_Planjahr");
  it.each([["Finanzplan SGB II für das Haushaltsjahr"], ["Haushaltsplan für das Planjahr"], ["Finanzplan für das Haushaltsjahr:"]])("%s", (label) => {
    const p = layout(label);
    expect(p?.confidence).toBe("high");
    expect(p?.ref).toBe("Finanzplan!$C$2");
  });
  it.each([["Mittel für das Haushaltsjahr"], ["Eintrittsplanung für das Haushaltsjahr"], ["Finanzplanung Kreis für das Haushaltsjahr"]])("near miss: a figure's words are no document: %s", (label) => {
    expect(ids(label)).not.toContain("planjahr");
  });
});

describe("an identifier's namespace names the customer stock", () => {
  it.each([["kundenElbJdw2025"], ["kunden_elb_jdw_2025"], ["Kunden_ELB_2025"]])("%s", (label) => {
    const by = map([
      {
        name: "Kennzahlen",
        cells: rows("A1", [
          ["Schluessel", "Wert"],
          ["integrationenVJ", num(452)],
          ["elbJdwVJ", num(2_870)],
          ["iqVJ", f("B2/B3", 452 / 2870, "0.00%")],
          [],
          [label, num(2_870)],
        ]),
      },
    ]);
    expect(high(by, "ZIE_ELB_VJ")).toBe("Kennzahlen!$B$3");
    expect(high(by, "KUN_ELB")).toBe("Kennzahlen!$B$6");
  });

  it("near miss: without the namespace a second ELB on the targets' sheet is no sure customer stock", () => {
    const by = map([{ name: "Kennzahlen", cells: rows("A1", [["Schluessel", "Wert"], ["integrationenVJ", num(452)], ["elbJdwVJ", num(2_870)], [], ["elbJdw2025", num(2_871)]]) }]);
    expect(high(by, "KUN_ELB")).toBeUndefined();
  });
});

describe("a settings list's description settles its key", () => {
  const settings = (rowsIn: unknown[][], head = "Beschreibung") =>
    map(
      [
        {
          name: "Einstellungen",
          cells: rows("A1", [
            ["Schluessel", "Wert", "Typ", head],
            ["vhGesamt", num(5_672_170), "decimal", "Verwaltungshaushalt"],
            ...(rowsIn as never[]),
            ["ebGesamt", num(1_620_000), "decimal", "Eingliederungsbudget inkl. BEZ"],
            ["egtZuteilung", num(2_320_000), "decimal", "EGT lt. EinglMV (vorl.)"],
            ["personalKoepfe", num(74), "int", "Mitarbeitende"],
          ]),
        },
      ],
      2025,
    );
  it.each([["Beschreibung"], ["Erläuterung"], ["Bezeichnung"]])("under %s", (head) => {
    const by = settings(
      [
        ["vhEinglMv", num(4_110_000), "decimal", "davon EinglMV"],
        ["vhUmschichtung", num(700_000), "decimal", "davon Umschichtung EGT"],
        ["anteilBa", pct(0.82, "0%"), "percent", "Personal BA"],
        ["anteilKommune", pct(0.18, "0%"), "percent", "Personal Landkreis"],
      ],
      head,
    );
    expect(high(by, "BUD_VH_EinglMV")).toBe("Einstellungen!$B$3");
    expect(high(by, "PER_Anteil_BA")).toBe("Einstellungen!$B$5");
    expect(high(by, "PER_Anteil_Kommune")).toBe("Einstellungen!$B$6");
  });

  it("near miss: a remark column settles nothing", () => {
    const by = settings([["anteilKommune", pct(0.18, "0%"), "percent", "Personal Landkreis"]], "Bemerkung");
    expect(high(by, "PER_Anteil_Kommune")).toBeUndefined();
  });

  it("near miss: a description naming no reading settles nothing", () => {
    const by = settings([["anteilKommune", pct(0.18, "0%"), "percent", "vom Kreistag beschlossen"]]);
    expect(high(by, "PER_Anteil_Kommune")).toBeUndefined();
    expect(high(by, "BUD_VH_KFA")).toBeUndefined();
  });
});

describe("a budget monitoring sheet is no rival to the programme's budget", () => {
  const layout = (title: string, name = "Haushaltsüberwachung") =>
    map(
      [
        {
          name: "AIP 2025",
          cells: rows("A1", [
            ["1. Budget (€)", "Plan 2025"],
            ["Verwaltungshaushalt", f("SUM(B3:B5)", 9_261_000)],
            ["davon gemäß EinglMV (Bund)", num(6_180_000)],
            ["davon aus EGT umgeschichtet (Bund)", num(1_680_000)],
            ["davon kommunaler Finanzierungsanteil", num(1_401_000)],
            ["Eingliederungsbudget (inkl. BEZ)", f("B7+B8", 3_020_000)],
            ["Vorbindungen", num(1_540_000)],
            ["Neubewilligungen", num(1_480_000)],
          ]),
        },
        {
          name,
          cells: rows("A1", [
            [title],
            [],
            ["Titel", "Soll 2025", "gebunden", "Ausgaben", "Rest"],
            ["Eingliederungsbudget", num(3_020_000), num(2_610_000), num(1_920_000), num(410_000)],
            ["Verwaltungskosten Bund", num(7_860_000), num(5_910_000), num(5_840_000), num(1_950_000)],
          ]),
        },
      ],
      2025,
    );
  it.each([
    ["Haushaltsüberwachung EGT/VWT 2025 – Stand 30.09.2025", "Haushaltsüberwachung"],
    ["Mittelüberwachung 2025 (Stand 31.08.2025)", "HÜL"],
    ["Haushaltsvollzug 2025", "Vollzug"],
  ])("%s", (title, name) => {
    const by = layout(title, name);
    expect(high(by, "BUD_VH_EinglMV")).toBe("'AIP 2025'!$B$3");
    expect(high(by, "BUD_EB_Gesamt")).toBe("'AIP 2025'!$B$6");
  });

  it("near miss: a sheet titled for monitoring and planning is no mere monitoring", () => {
    const by = layout("Haushaltsüberwachung 2024 / Planung 2025", "Haushalt");
    expect(high(by, "BUD_VH_EinglMV")).toBeUndefined();
  });

  it("alone, the monitoring sheet's budget keeps its reading", () => {
    const by = map([{ name: "HH 2025", cells: rows("A1", [["Haushaltsüberwachung Gesamtbudget 2025"], [], ["Titel", "Soll 2025", "gebunden"], ["Eingliederungsbudget (inkl. BEZ)", num(3_020_000), num(2_610_000)]]) }], 2025);
    expect(high(by, "BUD_EB_Gesamt")).toBe("'HH 2025'!$B$4");
  });
});

describe("long explaining area names are area rows", () => {
  const AREAS = [
    "Fallmanagement, Arbeitsvermittlung sowie Markt und Integration einschließlich Arbeitgeberservice",
    "Leistungsgewährung (passive Leistungen, Kosten der Unterkunft, Bildung und Teilhabe)",
    "Sonstiges operatives Personal (Eingangszone, Widerspruchsstelle, Ordnungswidrigkeiten)",
    "Sonstiges administratives Personal (Controlling, Haushalt, Personal, IT-Koordination und Datenschutz)",
  ];
  it.each([["first"], ["last"]])("a name over 90 characters %s among the areas", (where) => {
    const areas = where === "first" ? AREAS : [...AREAS.slice(1), AREAS[0]];
    const by = map([
      {
        name: "3 Personal",
        cells: rows("A1", [
          ["3. Personalausstattung des Kommunalen Jobcenters"],
          [],
          ["Organisationseinheit / Aufgabenbereich", "Stellen in VZÄ 2026", "Stellen in VZÄ 2025 (nachrichtlich)"],
          ...areas.map((a, i) => [a, vz(30 + i), vz(29 + i)]),
          ["Personal insgesamt in Vollzeitäquivalenten (VZÄ)", f("SUM(B4:B7)", 126, "0.0"), f("SUM(C4:C7)", 122, "0.0")],
        ]),
      },
    ]);
    expect(high(by, "PER_VZAE_Bereiche")).toBe("'3 Personal'!$A$4:$B$7");
    expect(high(by, "PER_VZAE_Gesamt")).toBe("'3 Personal'!$B$8");
  });
});

describe("the sheet's head row carried down to the household sizes", () => {
  const sheet = (heads: [string, string]) =>
    map([
      {
        name: "Kunden",
        cells: rows("A1", [
          ["4. Struktur der erwerbsfähigen Leistungsberechtigten"],
          [],
          ["Merkmal der Kundenstruktur", ...heads],
          ["durchschnittliche Anzahl erwerbsfähiger Leistungsberechtigter", num(6_937), num(7_102)],
          ["Alleinerziehende erwerbsfähige Leistungsberechtigte", num(498), num(512)],
          [],
          ["Bedarfsgemeinschaften nach Anzahl der Personen (Anteil in %)"],
          ["Einpersonen-Bedarfsgemeinschaften", pct(0.57, "0%"), pct(0.56, "0%")],
          ["Bedarfsgemeinschaften mit zwei Personen", pct(0.21, "0%"), pct(0.21, "0%")],
          ["Bedarfsgemeinschaften mit drei Personen", pct(0.11, "0%"), pct(0.12, "0%")],
          ["Bedarfsgemeinschaften mit vier und mehr Personen", pct(0.11, "0%"), pct(0.11, "0%")],
        ]),
      },
    ]);
  it.each([
    [["Jahresdurchschnitt 2025 (Prognose)", "Jahresdurchschnitt 2024"], "Kunden!$A$8:$B$11"],
    [["Ø 2025", "Ø 2024"], "Kunden!$A$8:$B$11"],
    [["Ø 2024", "Ø 2025 (Prognose)"], "Kunden!$A$8:$C$11"],
  ] as Array<[[string, string], string]>)("%s", (heads, ref) => {
    expect(high(sheet(heads), "KUN_BG_Groesse")).toBe(ref);
  });
  it.each([[["Ist 2023", "Plan 2026"]], [["Ø 2025", "Ø 2025 (Prognose)"]]] as Array<[[string, string]]>)("near miss: no customers' year among the heads %s", (heads) => {
    expect(high(sheet(heads), "KUN_BG_Groesse")).toBeUndefined();
  });
});
