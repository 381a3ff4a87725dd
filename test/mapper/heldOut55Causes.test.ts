// Causes of set 55, each tested with wordings the set does not use and with near misses that must stay not sure:
// a controller's one head row at the top of a long sheet heads the later numbered sections without a head of their
// own (also past a table's head row repeating the same roles), but not past a head of other roles or a title
// naming a year of its own.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { date, f, num, pct, rows, usedCells, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"]): Map<string, Proposal> {
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

type Row = Parameters<typeof rows>[1][number];
const line = (label: string, a: number, b: number, fmt = "#,##0"): Row => [label, num(a, fmt), num(b, fmt), pct(b / a - 1)];

/** A long sheet: the head row on top, a budget section under it, `middle` rows, then a targets section titled `title`. */
function longSheet(heads: [string, string, string], middle: Row[], title: string): Layout["sheets"] {
  return [
    {
      name: "Zahlen",
      cells: rows("A1", [
        ["Jobcenter Landkreis Birkenfelde"],
        ["Planjahr", num(2026, "0")],
        ["Stand", date(46050)],
        [],
        [null, ...heads],
        ["A. Haushalt"],
        line("Verwaltungshaushalt gesamt", 12_000_000, 12_400_000),
        line("Eingliederungsbudget", 4_100_000, 4_300_000),
        [],
        ...middle,
        [],
        [title],
        line("Summe Integrationen", 1_500, 1_560),
        line("Bestand LZB (Jahresdurchschnitt)", 4_900, 4_800),
        ["Integrationsquote", pct(0.19), pct(0.2), pct(0.0526)],
      ]),
    },
  ];
}

const LONG_MIDDLE: Row[] = Array.from({ length: 45 }, (_, i) => line(`Kostenstelle ${i + 1}`, 100 + i, 110 + i));

describe("a controller's head row at the top of a long sheet heads its later sections", () => {
  it.each([
    [["Ergebnis 2025 (vorl.)", "Soll 2026", "Veränd. in %"], "C. Zielsteuerung"],
    [["Ist 2025", "Planwert 2026", "Abweichung"], "III. Ziele nach § 48b"],
  ] as Array<[[string, string, string], string]>)("„%j“ over „%s“ far below, sicher", (heads, title) => {
    const by = map(longSheet(heads, [["B. Personalkosten"], ...LONG_MIDDLE], title));
    const r = 13 + LONG_MIDDLE.length; // title row 12 + middle (its title and rows) + 1
    expect(high(by, "ZIE_Integrationen_VJ")).toBe(`Zahlen!$B$${r}`);
    expect(high(by, "ZIE_LZB")).toBe(`Zahlen!$C$${r + 1}`);
    expect(high(by, "ZIE_LZB_Veraenderung")).toBe(`Zahlen!$D$${r + 1}`);
    expect(high(by, "ZIE_IQ")).toBe(`Zahlen!$C$${r + 2}`);
  });

  it("past a table's own head row repeating the same roles", () => {
    const middle: Row[] = [["B. Förderung"], ["Maßnahme", "Ist 2025", "Plan 2026", "Veränderung"], line("FbW", 200, 210), line("AGH", 150, 140), ["Summe", f("B13+B14", 350), f("C13+C14", 350), pct(0)]];
    const by = map(longSheet(["Ist 2025 (vorl.)", "Plan 2026", "Veränderung"], middle, "C. Ziele"));
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("Zahlen!$B$17");
    expect(high(by, "ZIE_LZB")).toBe("Zahlen!$C$18");
  });

  it("near miss: a table's head row of other roles between ends the top head's reach", () => {
    const middle: Row[] = [["B. Förderung"], ["Maßnahme", "Plan 2026", "Ist 2025", "Veränderung"], line("FbW", 200, 210), line("AGH", 150, 140)];
    const by = map(longSheet(["Ist 2025 (vorl.)", "Plan 2026", "Veränderung"], middle, "C. Ziele"));
    expect(high(by, "ZIE_Integrationen_VJ")).toBeUndefined();
    expect(high(by, "ZIE_LZB")).toBeUndefined();
  });

  it("near miss: a section title naming a year of its own is not headed by the top row", () => {
    const by = map(longSheet(["Ist 2025 (vorl.)", "Plan 2026", "Veränderung"], [["B. Personal"], line("VZÄ gesamt", 90, 92, "0.0")], "C. Ziele 2024"));
    expect(high(by, "ZIE_LZB")).toBeUndefined();
    expect(high(by, "ZIE_IQ")).toBeUndefined();
  });

  it("near miss: a top head row not opened by a section title heads no later section", () => {
    const sheets = longSheet(["Ist 2025 (vorl.)", "Plan 2026", "Veränderung"], [], "C. Ziele");
    const cells = Object.fromEntries(Object.entries(sheets[0].cells).filter(([, v]) => v !== "A. Haushalt"));
    const by = map([{ ...sheets[0], cells }]);
    expect(high(by, "ZIE_LZB")).toBeUndefined();
  });
});

/** A targets sheet titled with the planning year, a head row of locations right under it with `corner`. */
const locationSheet = (corner: string): Layout["sheets"] => [
  { name: "Deckblatt", cells: rows("A1", [["Jobcenter", "Jobcenter Kreis Weidental"], ["Planjahr", num(2026, "0")]]) },
  {
    name: "Ziele",
    cells: rows("A1", [["Zielplanung 2026"], [], [corner, "Standort Nord", "Standort Süd", "Jobcenter gesamt"], ["Integrationen", num(700), num(500), num(1200)], ["LZB-Bestand", num(2000), num(1500), num(3500)]]),
  },
];

describe("a corner naming its own year's role right under a sheet title of the planning year titles the rows", () => {
  it.each(["Basiswerte 2025 (Ist, Stand 15.02.2026)", "Hochrechnung 2025 (Stand: Januar 2026)"])("„%s“: the total column is the previous year's, sicher", (corner) => {
    const by = map(locationSheet(corner));
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("Ziele!$D$4");
    expect(high(by, "ZIE_LZB_VJ")).toBe("Ziele!$D$5");
    expect(high(by, "ZIE_LZB")).toBeUndefined();
  });

  it.each(["Übersicht nach Standorten", "Ist 2026 (Stand Juni)"])("near miss „%s“: no previous-year value", (corner) => {
    const by = map(locationSheet(corner));
    expect(high(by, "ZIE_Integrationen_VJ")).toBeUndefined();
    expect(high(by, "ZIE_LZB_VJ")).toBeUndefined();
  });
});

/** Targets per location under a corner naming the plan year, the total beside a previous-year and a change column. */
const targetsByPlace = (parts: [string, string, string]): Layout["sheets"] => [
  { name: "Deckblatt", cells: rows("A1", [["Jobcenter", "Jobcenter Kreis Weidental"], ["Planjahr", num(2026, "0")]]) },
  {
    name: "Zielwerte",
    cells: rows("A1", [
      ["Zielvereinbarung 2026"],
      [],
      ["Soll 2026", ...parts, "Ist Vorjahr", "Veränd. in %"],
      ["LZB-Bestand", num(1000), num(900), num(1900), num(1950), pct(-0.0256)],
      ["Integrationsquote", pct(0.21), pct(0.19), pct(0.2), pct(0.195), pct(0.0256)],
    ]),
  },
];

describe("a corner naming the plan year over locations' and the total's columns beside role heads", () => {
  it("the total column holds the targets, sicher", () => {
    const by = map(targetsByPlace(["Standort Ost", "Standort West", "Jobcenter insgesamt"]));
    expect(high(by, "ZIE_LZB")).toBe("Zielwerte!$D$4");
    expect(high(by, "ZIE_IQ")).toBe("Zielwerte!$D$5");
  });

  it("near miss: parts that are no places (quarters) take no role from the corner", () => {
    const by = map(targetsByPlace(["Quartal 1", "Quartal 2", "Quartal 3"]));
    expect(high(by, "ZIE_LZB")).toBeUndefined();
    expect(high(by, "ZIE_IQ")).toBeUndefined();
  });
});
