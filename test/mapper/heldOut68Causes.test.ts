// The causes behind the 68th held-out set's misses (test/fixtures/heldOut68.ts), each tested with wordings the
// tester did not write and near misses that must stay non-high:
// 1. every amount in T€ beside the same in € (./thousandsCopy.ts);
// 2. "Arbeitsmarkt- und Integrationsprogramm für das Jahr | 2026" and a split head line "JC X | AIP | 2027 | | Stand: | …"
//    (./programmeYear.ts, ./titleBlockName.ts);
// 3. "EGT (n. Umsch.)": the budget after the move (./tokens.ts, ./notAllocation.ts);
// 4. an allocation title beside "Betrag in € | Bemerkung" (./allocationTitle.ts);
// 5. "Integrationen (XSozial-BA-SGB II)": a data source aside (./sourceAside.ts);
// 6. "Aufteilung | VZÄ" heading the areas (./staffHeadRow.ts);
// 7. VZÄ by area under "Ist | Plan | Veränderung" (./findTwoColumn.ts).
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { date, f, num, rows, usedCells, vz, type Layout } from "../fixtures/layouts";
import { matchLabel } from "../../src/core/mapper/matchLabel";
import { isRoundedCopy } from "../../src/core/mapper/thousandsCopy";
import { withoutSourceAside } from "../../src/core/mapper/sourceAside";

function map(sheets: Layout["sheets"], planYear: number | null = 2026): Map<string, Proposal> {
  const all = planYear === null ? sheets : [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);
const names = (label: string) => matchLabel(label).standalone.map((s) => s.names.current);

describe("1. a thousands column beside the euro column of the same amounts", () => {
  const book = (heads: [string, string], copy: (v: number) => number) =>
    map([
      {
        name: "Finanzen",
        cells: rows("A1", [
          [null, heads[0], heads[1], "Bemerkung"],
          ["Verwaltungshaushalt gesamt", num(copy(12_500_000), "#,##0.0"), num(12_500_000)],
          ["davon Bundesanteil lt. EinglMV", num(copy(10_600_000), "#,##0.0"), num(10_600_000)],
          ["davon kommunaler Finanzierungsanteil", num(copy(1_900_000), "#,##0.0"), num(1_900_000)],
        ]),
      },
    ]);
  it.each<[string, string]>([
    ["T€", "€"],
    ["Tsd. EUR", "EUR"],
    ["in TEUR", "in Euro"],
  ])("„%s | %s“: the euro column is the figure", (t, e) => {
    const by = book([t, e], (v) => v / 1000);
    expect(high(by, "BUD_VH_Gesamt")).toBe("Finanzen!$C$2");
    expect(high(by, "BUD_VH_KFA")).toBe("Finanzen!$C$4");
  });
  it("rounded to whole thousands it is still the copy", () => {
    expect(high(book(["TEUR", "EUR"], (v) => Math.round(v / 1000)), "BUD_VH_EinglMV")).toBe("Finanzen!$C$3");
  });
  it("thousands that are another amount (not the euro column's copy) stay a rival", () => {
    const by = book(["TEUR", "EUR"], (v) => (v * 0.93) / 1000);
    expect(high(by, "BUD_VH_Gesamt")).toBeUndefined();
    expect(high(by, "BUD_VH_KFA")).toBeUndefined();
  });
  it("two unit-less columns stay unsure", () => {
    expect(high(book(["Wert", "Betrag"], (v) => v / 1000), "BUD_VH_Gesamt")).toBeUndefined();
  });
  it("the copy's arithmetic: within half a unit, never of zero", () => {
    expect(isRoundedCopy(12_500, 12_500_400, 1000)).toBe(true);
    expect(isRoundedCopy(12_500, 12_501_000, 1000)).toBe(false);
    expect(isRoundedCopy(12.5, 12_500_000, 1_000_000)).toBe(true);
    expect(isRoundedCopy(0, 0, 1000)).toBe(false);
  });
});

describe("2. the planning year after a sentence label and in a split head line", () => {
  it.each(["Arbeitsmarkt- und Integrationsprogramm für das Jahr", "AIP für das Planjahr", "Arbeitsmarktprogramm im Jahr"])("„%s | | 2026“", (label) => {
    const by = map([{ name: "Deckblatt", cells: rows("A1", [["Jobcenter Harz"], [], [label, null, num(2026, "0")]]) }], null);
    expect(high(by, "AIP_Planjahr")).toBe("Deckblatt!$C$3");
  });
  it("„AIP für das Jahr | 2025 | 2026“: two years name nothing", () => {
    const by = map([{ name: "Deckblatt", cells: rows("A1", [["AIP für das Jahr", num(2025, "0"), num(2026, "0")]]) }], null);
    expect(high(by, "AIP_Planjahr")).toBeUndefined();
  });
  it("„JC Wittenberg | AIP | 2026 | | Stand: | date“: name, year and date of one head line", () => {
    const by = map(
      [
        {
          name: "AIP",
          cells: rows("A1", [["JC Wittenberg", "AIP", num(2026, "0"), null, "Stand:", date(46050)], [], ["Budget", "€"], ["VWH ges.", num(5_000_000)]]),
        },
      ],
      null,
    );
    expect(high(by, "AIP_Jobcenter")).toBe("AIP!$A$1");
    expect(high(by, "AIP_Planjahr")).toBe("AIP!$C$1");
    expect(high(by, "AIP_Stand")).toBe("AIP!$F$1");
  });
  it("„JC Wittenberg | Budget | 2026“: a figure's label beside the name leaves the name unsure", () => {
    const by = map([{ name: "AIP", cells: rows("A1", [["JC Wittenberg", "Budget", num(2026, "0")]]) }], null);
    expect(high(by, "AIP_Jobcenter")).toBeUndefined();
    expect(high(by, "AIP_Planjahr")).toBeUndefined();
  });
});

describe("3. the short „n. Umsch.“ is after the move", () => {
  it.each(["EGT (n. Umsch.)", "Eingl.-Titel nach Umsch.", "EGT n. Umschichtung"])("„%s“ is the Eingliederungsbudget", (label) => {
    expect(names(label)).toEqual(["BUD_EB_Gesamt"]);
  });
  it.each(["dv. Umsch. EGT", "Umsch. aus EGT"])("„%s“ stays the move", (label) => {
    expect(names(label)).toEqual(["BUD_VH_Umschichtung"]);
  });
});

describe("4. an allocation title beside its unit and a remark head", () => {
  const book = (remark: string) =>
    map([
      {
        name: "Haushalt",
        cells: rows("A1", [
          ["Mittelzuweisung 2026 (vorläufig)", null, "Betrag in €", remark],
          ["Eingliederungstitel", null, num(6_000_000)],
          ["Verwaltungskostentitel (Bundesanteil)", null, num(8_000_000)],
          [],
          ["Verwaltungshaushalt", null, num(10_500_000)],
          ["davon Bundesanteil lt. EinglMV", null, num(8_000_000)],
          ["davon Umschichtung aus dem EGT", null, num(900_000)],
          ["davon kommunaler Finanzierungsanteil", null, num(1_600_000)],
        ]),
      },
    ]);
  it.each(["Bemerkung", "Anmerkungen", "Erläuterung"])("„… | Betrag in € | %s“", (remark) => {
    const by = book(remark);
    expect(high(by, "BUD_EGT_Zuteilung")).toBe("Haushalt!$C$2");
    expect(high(by, "BUD_VWT_Zuteilung")).toBe("Haushalt!$C$3");
    expect(high(by, "BUD_VH_EinglMV")).toBe("Haushalt!$C$6");
  });
  it("beside a Plan column the title makes no allocations", () => {
    const by = book("Plan 2026");
    expect(high(by, "BUD_EGT_Zuteilung")).toBeUndefined();
  });
});

describe("5. a data source in parentheses", () => {
  it.each([
    ["Integrationen (XSozial-BA-SGB II)", "Integrationen"],
    ["eLb (Quelle: BA-Statistik)", "eLb"],
    ["LZB (lt. Statistik der BA)", "LZB"],
  ])("„%s“", (label, read) => {
    expect(withoutSourceAside(label).trim()).toBe(read);
  });
  it.each(["Anteil Personal (BA)", "Integrationen (BA)", "VZÄ (Stand 31.12.)", "Monatswerte 2024 (BA-Statistik, Datenstand 01/2025)"])("„%s“ keeps its aside", (label) => {
    expect(withoutSourceAside(label)).toBe(label);
  });
  it("the integrations beside „Ist 2025 | Ziel 2026“ are sure", () => {
    const by = map([
      { name: "Ziele", cells: rows("A1", [["Kennzahl", "Ist 2025", "Ziel 2026"], ["Integrationen (XSozial-BA-SGB II)", num(812)], ["eLb (JD)", num(4900), num(4850)]]) },
    ]);
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("Ziele!$B$2");
  });
});

describe("6. „Aufteilung | VZÄ“ heads the areas", () => {
  const book = (corner: string) =>
    map([
      {
        name: "Personal",
        cells: rows("A1", [
          ["Beschäftigte (Köpfe)", num(118)],
          ["VZÄ gesamt", f("SUM(B5:B7)", 106.9, "0.0")],
          [corner, "VZÄ"],
          ["Fallmanagement / Arbeitsvermittlung", vz(50.5)],
          ["Leistungssachbearbeitung", vz(40.2)],
          ["Verwaltung / Querschnitt", vz(16.2)],
        ]),
      },
    ]);
  it.each(["Aufteilung", "Verteilung nach Bereichen", "Gliederung"])("„%s | VZÄ“", (corner) => {
    expect(high(book(corner), "PER_VZAE_Bereiche")).toBe("Personal!$A$4:$B$6");
  });
  it("„Aufteilung nach Träger | VZÄ“ is no area table by its head", () => {
    expect(high(book("Aufteilung nach Träger"), "PER_VZAE_Bereiche")).toBeUndefined();
  });
});

describe("7. VZÄ by area with Ist | Plan | Veränderung", () => {
  const book = (heads: string[]) =>
    map([
      {
        name: "Personal",
        cells: rows("A1", [
          ["Kennzahl", ...heads],
          ["Beschäftigte (Köpfe)", num(290), num(294), num(4)],
          ["VZÄ gesamt", vz(250), vz(252), vz(2)],
          ["Markt und Integration", vz(100), vz(101), vz(1)],
          ["Leistung", vz(90), vz(89.5), vz(-0.5)],
          ["Sonstiges operatives Personal", vz(60), vz(61.5), vz(1.5)],
        ]),
      },
    ]);
  it.each([
    ["Ist 2025", "Plan 2026", "Veränderung"],
    ["Ist 2025", "Plan 2026", "Differenz"],
  ])("„%s | %s | %s“: the plan column", (...heads) => {
    const p = book(heads).get("PER_VZAE_Bereiche");
    expect(p?.confidence).toBe("high");
    expect(p?.ref.startsWith("Personal!$A$4:$C$6") || p?.ref === "Personal!$A$4:$D$6").toBe(true);
  });
  it("„Ist 2025 | Ist 2024 | Veränderung“: no plan column, stays unsure", () => {
    expect(high(book(["Ist 2025", "Ist 2024", "Veränderung"]), "PER_VZAE_Bereiche")).toBeUndefined();
  });
});
