// The causes behind the 31st held-out set's wrongs and misses (test/fixtures/heldOut31.ts), each tested with
// wordings and layouts the tester did not write and near misses that must stay as they were:
// - figures in an upper head (merged over their columns), roles in the head below, parts in the rows: "Frauen"
//   under a target head is the women's target, no staff share (../../src/core/mapper/figureHeadMatrix.ts);
// - a section titled as the plan's starting point with the previous year ("Ausgangslage 2023") holds that year's
//   results (baselineTitle.ts), until a head with a year of its own, also in the corner cell (roleHeaderEnds.ts);
// - a row of consecutive years over figures' rows heads columns; it is no value (yearHeadingRow.ts);
// - side-by-side blocks: a staff table's labels are in its heading's block (findTwoColumn.ts);
// - "geplanter Ø eLb-Bestand": the plan word names a target's year, no other figure (planWordTarget.ts);
// - "Eintritte 2025 | Eintritte 2026" in a 2026 plan: the years tell Ist and plan apart (foeYearHeads.ts);
// - household sizes "| Anteil | Anzahl": the share column is the table's (bgShareColumn.ts).
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { num, pct, rows, usedCells, vz, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear?: number): Map<string, Proposal> {
  const all = planYear ? [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets] : sheets;
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("figures in a merged upper head, roles below, total and genders in the rows", () => {
  it.each([
    // plan year, upper heads, role heads (per figure), label of the total row
    [2025, ["IQ", "Bestand LZB"], ["Plan 2025", "Δ VJ"], "gesamt"],
    [2026, ["Integrationsquote (IQ)", "Langzeitleistungsbezieher Ø"], ["Zielwert 2026", "Veränderung ggü. VJ"], "Insgesamt:"],
    [2024, ["IQ (Integrationsquote)", "LZB (JD)"], ["Soll 2024", "+/- Vorjahr in %"], "alle"],
  ])("%i: %j over %j", (year, [iq, lzb], [target, change], total) => {
    const by = map(
      [
        {
          name: "Zielplanung",
          cells: rows("A1", [
            ["Zielwerte"],
            [null, iq, null, lzb],
            [null, target, change, target, change],
            [total, pct(0.21), pct(0.01), num(2100), pct(-0.02)],
            ["Frauen", pct(0.19), pct(0.012), num(1150), pct(-0.025)],
            ["Männer", pct(0.23), pct(0.008), num(950), pct(-0.015)],
          ]),
          merged: ["B2:C2", "D2:E2"],
        },
      ],
      year,
    );
    expect(high(by, "ZIE_IQ")).toBe("Zielplanung!$B$4");
    expect(high(by, "ZIE_IQ_Veraenderung")).toBe("Zielplanung!$C$4");
    expect(high(by, "ZIE_IQ_Frauen")).toBe("Zielplanung!$B$5");
    expect(high(by, "ZIE_IQ_Maenner_Veraenderung")).toBe("Zielplanung!$C$6");
    expect(high(by, "ZIE_LZB")).toBe("Zielplanung!$D$4");
    expect(high(by, "ZIE_LZB_Frauen")).toBe("Zielplanung!$D$5");
    expect(high(by, "ZIE_LZB_Maenner_Veraenderung")).toBe("Zielplanung!$E$6");
    expect(by.get("PER_Anteil_Frauen")).toBeUndefined();
    expect(by.get("PER_Anteil_Maenner")).toBeUndefined();
  });

  it("a three-row head: figure, then role, then year", () => {
    const by = map(
      [
        {
          name: "Ziele",
          cells: rows("A1", [
            [null, "Integrationsquote", null, "LZB-Bestand"],
            [null, "Ziel", "Veränderung", "Ziel", "Veränderung"],
            [null, "2025", "in %", "2025", "in %"],
            ["insgesamt", pct(0.2), pct(0.01), num(900), pct(-0.03)],
            ["Männer", pct(0.22), pct(0.02), num(400), pct(-0.02)],
            ["Frauen", pct(0.18), pct(0.005), num(500), pct(-0.04)],
          ]),
          merged: ["B1:C1", "D1:E1"],
        },
      ],
      2025,
    );
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$B$4");
    expect(high(by, "ZIE_IQ_Frauen_Veraenderung")).toBe("Ziele!$C$6");
    expect(high(by, "ZIE_LZB_Maenner")).toBe("Ziele!$D$5");
    expect(by.get("PER_Anteil_Frauen")).toBeUndefined();
  });

  it("near miss: gender rows under a staff head are staff shares", () => {
    const by = map(
      [
        {
          name: "Personal",
          cells: rows("A1", [
            [null, "Personal (Köpfe)", null],
            [null, "Ist 2024", "Plan 2025"],
            ["gesamt", num(120), num(124)],
            ["Frauen", pct(0.66), pct(0.67)],
            ["Männer", pct(0.34), pct(0.33)],
          ]),
          merged: ["B1:C1"],
        },
      ],
      2025,
    );
    expect(by.get("ZIE_IQ_Frauen")).toBeUndefined();
    expect(by.get("PER_Anteil_Frauen")?.ref).toBe("Personal!$C$4");
  });

  it("near miss: a head row without gender rows below is left to the other readers", () => {
    const by = map(
      [
        {
          name: "Ziele",
          cells: rows("A1", [
            [null, "Integrationsquote", null],
            [null, "Ziel 2025", "Veränderung"],
            ["Jobcenter", pct(0.2), pct(0.01)],
          ]),
          merged: ["B1:C1"],
        },
      ],
      2025,
    );
    expect(high(by, "ZIE_IQ_Frauen")).toBeUndefined();
  });
});

describe("a baseline section of the previous year under a sheet of the plan", () => {
  const sheet = (title: string) => ({
    name: "Planung 2025",
    cells: rows("A1", [
      ["Budget", null, "Plan 2025"],
      ["Verwaltungshaushalt", null, num(5_000_000)],
      [],
      [title],
      ["Integrationen", null, num(780)],
      ["durchschn. eLb", null, num(3380)],
      ["IQ", null, pct(0.23)],
      ["LZB JDW", null, num(1880)],
    ]),
  });

  it.each(["Ausgangslage 2024 (vorauss.)", "Ausgangswerte 2024", "Basisjahr 2024"])("„%s“ holds the previous year's results", (title) => {
    const by = map([sheet(title)], 2025);
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("'Planung 2025'!$C$5");
    expect(high(by, "ZIE_IQ_VJ")).toBe("'Planung 2025'!$C$7");
    expect(high(by, "ZIE_LZB_VJ")).toBe("'Planung 2025'!$C$8");
    expect(by.get("ZIE_IQ")?.ref).not.toBe("'Planung 2025'!$C$7");
  });

  it("near miss: a baseline title of another year gives no previous year", () => {
    const by = map([sheet("Ausgangslage 2022")], 2025);
    expect(high(by, "ZIE_IQ_VJ")).toBeUndefined();
  });

  it("a corner head with the plan's year ends the baseline section", () => {
    const by = map(
      [
        {
          name: "Ziele",
          cells: rows("A1", [
            ["Basiswerte 2024"],
            ["Integrationen 2024", num(900)],
            [],
            ["Zielwerte 2025", "insgesamt", "Männer", "Frauen"],
            ["LZB-Bestand (JDW)", num(3000), num(1400), num(1600)],
          ]),
        },
      ],
      2025,
    );
    expect(high(by, "ZIE_LZB_VJ")).toBeUndefined();
  });
});

describe("a row of years heads columns, it is no value", () => {
  it.each([
    ["Kundenstruktur", [2023, 2024]],
    ["Kunden", [2022, 2023, 2024]],
    ["Kundenstruktur", [2024, 2023]],
  ])("„%s“ over %j", (label, years) => {
    const by = map(
      [
        {
          name: "Kennzahlen",
          cells: rows("A1", [
            [label, ...years.map((y) => num(y, "0"))],
            ["Anteil LZB am eLb-Bestand", ...years.map(() => pct(0.6))],
            ["Alleinerziehende", ...years.map((_, i) => num(4000 + i))],
          ]),
        },
      ],
      2025,
    );
    expect(by.get("KUN_ELB")?.value).not.toBe(years[years.length - 1]);
    expect(high(by, "KUN_ELB")).toBeUndefined();
  });

  it("near miss: a stock beside a single year-like number stays a value", () => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Kundenstruktur 2024"], ["eLb im Jahresdurchschnitt", num(2024)]]) }], 2025);
    expect(by.get("KUN_ELB")?.value).toBe(2024);
  });
});

describe("side-by-side blocks: the staff table in the heading's block", () => {
  it.each(["Organisationseinheit", "Bereich"])("„%s | VZÄ | Köpfe“ right of a budget block", (head) => {
    const by = map(
      [
        {
          name: "Budget_Personal",
          cells: rows("A1", [
            ["Budget 2025", null, null, "Personal 2025"],
            ["Position", "Betrag €", null, head, "VZÄ", "Köpfe"],
            ["Verwaltungsbudget gesamt", num(15_000_000), null, "Leistung", vz(80), num(90)],
            ["davon Umschichtung", num(2_000_000), null, "Markt & Integration", vz(100), num(110)],
            ["Eingliederungsbudget", num(20_000_000), null, "Fallmanagement", vz(20), num(22)],
            [null, null, null, "Summe", vz(200), num(222)],
          ]),
        },
      ],
      2025,
    );
    expect(high(by, "PER_VZAE_Bereiche")).toBe("Budget_Personal!$D$3:$E$5");
    expect(high(by, "PER_VZAE_Gesamt")).toBe("Budget_Personal!$E$6");
    expect(high(by, "PER_Beschaeftigte")).toBe("Budget_Personal!$F$6");
  });
});

describe("the plan word before a target names its year", () => {
  it.each(["geplanter Ø eLb-Bestand 2025", "Plan-eLb (JD) 2025", "eLb Ø 2025 (geplant)"])("„%s“ is ZIE_ELB", (label) => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Integrationsquote 2025", pct(0.2)], [label, num(30_000)]]) }], 2025);
    expect(high(by, "ZIE_ELB")).toBe("Ziele!$B$2");
  });

  it("near miss: planned integrations of the previous year's figure stay unsure", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["geplante Integrationen", num(5000)]]) }], 2025);
    expect(high(by, "ZIE_Integrationen_VJ")).toBeUndefined();
  });
});

describe("a Förderung table headed by the entries of two years", () => {
  const foe = (a: string | ReturnType<typeof num>, b: string | ReturnType<typeof num>) => ({
    name: "Maßnahmen",
    cells: rows("A1", [
      ["Instrument", a, b, "Mittel 2026 (€)"],
      ["Vermittlungsbudget", num(600), num(610), num(180_000)],
      ["Eingliederungszuschüsse", num(190), num(185), num(1_450_000)],
      ["Gesamt", num(790), num(795), num(1_630_000)],
    ]),
  });

  it.each([
    ["Eintritte 2025", "Eintritte 2026"],
    ["Maßnahmeeintritte 2025", "Maßnahmeeintritte 2026"],
  ])("„%s | %s“ in a 2026 plan is sure", (a, b) => {
    expect(high(map([foe(a, b)], 2026), "FOE_Tabelle")).toBe("Maßnahmen!$A$1:$D$4");
  });

  it("near miss: bare years name no figure and stay unsure", () => {
    expect(map([foe(num(2025, "0"), num(2026, "0"))], 2026).get("FOE_Tabelle")?.confidence).toBe("low");
  });
});

describe("household sizes with a share and a count column", () => {
  it.each([
    ["Anteil", "Anzahl", "B"],
    ["Anzahl", "Anteil in %", "C"],
  ])("„| %s | %s“: the share column", (a, b, col) => {
    const share = (v: number) => pct(v, "0%");
    const cells = [
      ["BG nach Personenzahl", a, b],
      ["1 Person", 0.5, 1200],
      ["2 Personen", 0.3, 700],
      ["3 und mehr Personen", 0.2, 480],
    ].map((r, i) => (i === 0 ? r : a === "Anteil" ? [r[0], share(r[1] as number), num(r[2] as number)] : [r[0], num(r[2] as number), share(r[1] as number)]));
    const by = map([{ name: "Kunden", cells: rows("A1", cells as Parameters<typeof rows>[1]) }], 2025);
    expect(high(by, "KUN_BG_Groesse")).toBe(`Kunden!$A$2:$${col}$4`);
  });
});
