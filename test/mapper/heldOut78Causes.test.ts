// The causes behind the 78th held-out set's misses (test/fixtures/heldOut78.ts, money the way finance keeps it),
// each tested with wordings the tester did not write and near misses that must stay non-high:
// 1. the Eingliederungsbudget's split in the COLUMNS of its row ("Bindungen aus Vorjahren | verfügbar für
//    Neubewilligungen" beside quarterly Abfluss columns; a bare "verfügbar" right of "Bindungen (Vorjahre)" in
//    the Summe row across Kostenstellen) (./budgetMatrix.ts);
// 2. the EB total in finance wording: its row read whole there, and a column of what the year charges to later
//    years ("VE zu Lasten 2027", "Bindungen für 2028 ff.") no rival number of the row (./laterYearCharge.ts);
// 3. the Gesamtbudget as a matrix Titel × Zuteilung | Umschichtung (+/−) | nach Umschichtung | KFA | Gesamt: the
//    VWT row ("Verwaltungskostentitel (VWT)") read at each stage (./budgetMatrix.ts);
// 4. "Zuteilung Eingliederungsmittel inkl. BEZ" beside VE columns, "nachr.: Zuteilung Eingliederungstitel vor
//    Umschichtung" under a plain "Ansatz": the allocation itself (./budgetMatrix.ts, ./laterYearCharge.ts);
// 5. "Zuteilung gem. EinglMV vom" + date: the allocation's date, no federal part (./allocationAsPart.ts, ./labels.ts);
// 6. "davon gebunden durch Bewilligungen der Vorjahre": the Vorbindungen (./grantOrigin.ts).
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { date, f, num, rows, usedCells, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2026): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);
const EUR = "#,##0.00 €";
const eur = (v: number) => num(v, EUR);

describe("1. the Eingliederungsbudget's split in the columns of its row", () => {
  const list = (bindings: string, free: string, extra: string[]) =>
    map([
      {
        name: "HÜL",
        cells: rows("A1", [
          ["Haushaltsüberwachungsliste 2026 (Beträge in €)"],
          [],
          ["HHSt.", "Bezeichnung", "Ansatz 2026", bindings, free, ...extra],
          ["0-6810-4000", "Eingliederungsleistungen – Zuteilung inkl. BEZ", eur(4_200_000)],
          ["0-6810-4000", "Umschichtung in den Verwaltungskostentitel", eur(-1_000_000)],
          ["", "Eingliederungsbudget nach Umschichtung", f("C4+C5", 3_200_000, EUR), eur(1_700_000), f("C6-D6", 1_500_000, EUR), ...extra.map((_, i) => eur(700_000 + i * 10_000))],
        ]),
      },
    ]);
  it.each([
    ["Bindungen aus Vorjahren", "verfügbar für Neubewilligungen", ["Abfluss Q1", "Abfluss Q2"]],
    ["Vorbindungen", "für Neubewilligungen", ["Mittelabfluss Jan", "Mittelabfluss Feb"]],
    ["Bindungen (Vorjahre)", "verfügbar", ["Abfluss Q1", "Abfluss Q2"]],
    ["Vorbelastungen", "noch frei", []],
  ])("„%s | %s“ beside %j: total, Vorbindungen and Neubewilligungen of the row", (bindings, free, extra) => {
    const by = list(bindings, free, extra);
    expect(high(by, "BUD_EB_Gesamt")).toBe("HÜL!$C$6");
    expect(high(by, "BUD_EB_Vorbindungen")).toBe("HÜL!$D$6");
    expect(high(by, "BUD_EB_Neubewilligungen")).toBe("HÜL!$E$6");
    // The allocation row under the plain Ansatz stays the allocation, no second Eingliederungsbudget.
    expect(high(by, "BUD_EGT_Zuteilung")).toBe("HÜL!$C$4");
  });
  it("a bare „Bindungen“ beside Abfluss columns is the Vollzug's in-year binding: no Vorbindungen", () => {
    const by = list("Bindungen", "verfügbar", ["Abfluss Q1", "Abfluss Q2"]);
    expect(high(by, "BUD_EB_Vorbindungen")).toBeUndefined();
    expect(high(by, "BUD_EB_Neubewilligungen")).toBeUndefined();
  });
  it("an Ist column beside a bare „Bindungen“ still makes a Vollzug table", () => {
    expect(high(list("Bindungen", "verfügbar", ["Ist 2026"]), "BUD_EB_Vorbindungen")).toBeUndefined();
  });

  const kost = (free: string) =>
    map([
      {
        name: "Budget nach KoSt",
        cells: rows("A1", [
          ["Eingliederungsbudget 2026 nach Kostenstellen (EUR)"],
          [],
          ["Kostenstelle", "Bezeichnung", "Ansatz 2026", "Bindungen (Vorjahre)", free],
          ["", "Eingliederungsbudget"],
          ["4711-100", "U25", eur(800_000), eur(350_000), f("C5-D5", 450_000, EUR)],
          ["4711-200", "Ü25", eur(1_900_000), eur(800_000), f("C6-D6", 1_100_000, EUR)],
          ["", "Summe Eingliederungsbudget", f("SUM(C5:C6)", 2_700_000, EUR), f("SUM(D5:D6)", 1_150_000, EUR), f("SUM(E5:E6)", 1_550_000, EUR)],
        ]),
      },
    ]);
  it.each(["verfügbar", "noch verfügbar", "frei", "Rest"])("„%s“ right of the Vorbindungen in the Summe row: the Neubewilligungen", (free) => {
    const by = kost(free);
    expect(high(by, "BUD_EB_Gesamt")).toBe("'Budget nach KoSt'!$C$7");
    expect(high(by, "BUD_EB_Vorbindungen")).toBe("'Budget nach KoSt'!$D$7");
    expect(high(by, "BUD_EB_Neubewilligungen")).toBe("'Budget nach KoSt'!$E$7");
  });
  it("„verfügbar nach Umschichtung“ is the budget after the move, no Neubewilligungen", () => {
    expect(high(kost("verfügbar nach Umschichtung"), "BUD_EB_Neubewilligungen")).toBeUndefined();
  });
});

describe("2./4. a column charging later years is no rival number of the plan's row", () => {
  const plan = (later: string, zuteilung = "Zuteilung Eingliederungsmittel inkl. BEZ") =>
    map([
      {
        name: "Finanzplan",
        cells: rows("A1", [
          ["Finanzplan 2026 – Beträge in EUR"],
          [],
          ["Titel", "Bezeichnung", "Soll 2025", "Ansatz 2026", later],
          ["632 11", zuteilung, eur(4_900_000), eur(5_100_000), eur(1_600_000)],
          ["632 11", "Umschichtung an Verwaltungskosten", eur(-1_400_000), eur(-1_500_000)],
          ["", "Eingliederungsbudget 2026", f("C4+C5", 3_500_000, EUR), f("D4+D5", 3_600_000, EUR), eur(1_200_000)],
        ]),
      },
    ]);
  it.each(["VE zu Lasten 2027", "VE 2027", "Verpflichtungsermächtigung 2027", "Bindungen für 2027 ff.", "Bindungen für Folgejahre"])("„%s“: allocation and EB sure in the Ansatz column", (later) => {
    const by = plan(later);
    expect(high(by, "BUD_EGT_Zuteilung")).toBe("Finanzplan!$D$4");
    expect(high(by, "BUD_EB_Gesamt")).toBe("Finanzplan!$D$6");
  });
  it.each(["Eingliederungstitel lt. EinglMV (inkl. BEZ)", "EGT-Zuteilung (inkl. BEZ)"])("„%s“ too", (z) => {
    expect(high(plan("VE zu Lasten 2027", z), "BUD_EGT_Zuteilung")).toBe("Finanzplan!$D$4");
  });
  it("a bare later year („2027“) names no charge, but its cell is never the plan's figure", () => {
    const by = plan("2027");
    expect(by.get("BUD_EGT_Zuteilung")?.ref).not.toBe("Finanzplan!$E$4");
    expect(by.get("BUD_EB_Gesamt")?.ref).not.toBe("Finanzplan!$E$6");
  });
  it("a number only under „VE zu Lasten 2027“ is no allocation", () => {
    const by = map([
      {
        name: "Finanzplan",
        cells: rows("A1", [
          ["Titel", "Bezeichnung", "Ansatz 2026", "VE zu Lasten 2027"],
          ["632 11", "Zuteilung Eingliederungsmittel inkl. BEZ", null, eur(1_600_000)],
        ]),
      },
    ]);
    expect(high(by, "BUD_EGT_Zuteilung")).toBeUndefined();
  });

  it("an all-T€ sheet: „Eingliederungsbudget“ beside „Bindungen für 2028 ff.“ is sure", () => {
    const T = "#,##0.0";
    const by = map(
      [
        {
          name: "Budget 2027 (T€)",
          cells: rows("A1", [
            ["Gesamtbudget 2027 – alle Beträge in T€"],
            [],
            ["Haushaltsstelle", "Bezeichnung", "Ist 2026", "Plan 2027", "Bindungen für 2028 ff."],
            ["0-6810-4000", "Eingliederungsleistungen – Zuteilung (inkl. BEZ)", num(3_640.2, T), num(3_688.4, T)],
            ["0-6810-4000", "Umschichtung zugunsten Verwaltungskosten", num(-820, T), num(-850, T)],
            ["", "Eingliederungsbudget", f("C4+C5", 2_820.2, T), f("D4+D5", 2_838.4, T), num(1_120.5, T)],
          ]),
        },
      ],
      2027,
    );
    expect(high(by, "BUD_EB_Gesamt")).toBe("'Budget 2027 (T€)'!$D$6");
  });
});

describe("3. the Gesamtbudget as a matrix Titel × stages with KFA and Gesamt", () => {
  const SGN = "+#,##0.00 €;-#,##0.00 €";
  const matrix = (vwtLabel: string, moveHead: string, kfaHead = "kommunaler Finanzierungsanteil", totalHead = "Gesamt") =>
    map([
      {
        name: "Gesamtbudget",
        cells: rows("A1", [
          ["Gesamtbudget 2026 (EUR)"],
          [],
          ["Titel", "Zuteilung", moveHead, "nach Umschichtung", kfaHead, totalHead],
          ["Eingliederungstitel (EGT)", eur(5_640_000), num(-1_600_000, SGN), f("B4+C4", 4_040_000, EUR), null, f("D4", 4_040_000, EUR)],
          [vwtLabel, eur(8_120_000), f("-C4", 1_600_000, SGN), f("B5+C5", 9_720_000, EUR), f("ROUND(D5*15.2/84.8,2)", 1_742_264.15, EUR), f("D5+E5", 11_462_264.15, EUR)],
        ]),
      },
    ]);
  it.each([
    ["Verwaltungskostentitel (VWT)", "Umschichtung (+/−)"],
    ["Verwaltungstitel Bund", "Umschichtung (±)"],
    ["VWT", "Umschichtung"],
  ])("„%s“ under „%s“: allocation, move, KFA and the VH total", (vwt, move) => {
    const by = matrix(vwt, move);
    expect(high(by, "BUD_VWT_Zuteilung")).toBe("Gesamtbudget!$B$5");
    expect(high(by, "BUD_VH_EinglMV")).toBe("Gesamtbudget!$B$5");
    expect(high(by, "BUD_VH_Umschichtung")).toBe("Gesamtbudget!$C$5");
    expect(high(by, "BUD_VH_KFA")).toBe("Gesamtbudget!$E$5");
    expect(high(by, "BUD_VH_Gesamt")).toBe("Gesamtbudget!$F$5");
    expect(high(by, "BUD_EGT_Zuteilung")).toBe("Gesamtbudget!$B$4");
    expect(high(by, "BUD_EB_Gesamt")).toBe("Gesamtbudget!$D$4");
  });
  it("the EGT's negative move is no VH_Umschichtung, its blank KFA and total no VH figure", () => {
    const by = matrix("Verwaltungskostentitel (VWT)", "Umschichtung (+/−)");
    expect(by.get("BUD_VH_Umschichtung")?.ref).not.toBe("Gesamtbudget!$C$4");
    expect(by.get("BUD_VH_Gesamt")?.ref).not.toBe("Gesamtbudget!$F$4");
  });
  it("a „Veränderung (+/−)“ column is no move", () => {
    expect(high(matrix("Verwaltungskostentitel (VWT)", "Veränderung (+/−)"), "BUD_VH_Umschichtung")).toBeUndefined();
  });
  it("„Gesamt“ without a KFA column beside it is no VH total", () => {
    expect(high(matrix("Verwaltungskostentitel (VWT)", "Umschichtung (+/−)", "Bemerkung"), "BUD_VH_Gesamt")).toBeUndefined();
  });
});

describe("4. „nachr.: Zuteilung … vor Umschichtung“ under a plain Ansatz is the allocation", () => {
  const kost = (label: string) =>
    map(
      [
        {
          name: "Budget",
          cells: rows("A1", [
            ["Eingliederungsbudget 2025 nach Kostenstellen (EUR)"],
            [],
            ["Kostenstelle", "Bezeichnung", "Ansatz 2025", "Bindungen (Vorjahre)", "verfügbar"],
            ["4711-100", "U25", eur(800_000), eur(350_000), f("C4-D4", 450_000, EUR)],
            ["4711-200", "Ü25", eur(1_900_000), eur(800_000), f("C5-D5", 1_100_000, EUR)],
            ["", "Summe Eingliederungsbudget", f("SUM(C4:C5)", 2_700_000, EUR), f("SUM(D4:D5)", 1_150_000, EUR), f("SUM(E4:E5)", 1_550_000, EUR)],
            ["4711-900", "nachr.: Umschichtung in Verwaltungskosten", eur(-900_000)],
            ["", label, f("C6-C7", 3_600_000, EUR)],
          ]),
        },
      ],
      2025,
    );
  it.each(["nachr.: Zuteilung Eingliederungstitel vor Umschichtung", "Zuteilung EGT ohne Umschichtung", "EGT-Zuteilung lt. EinglMV"])("„%s“", (label) => {
    const by = kost(label);
    expect(high(by, "BUD_EGT_Zuteilung")).toBe("Budget!$C$8");
    expect(high(by, "BUD_EB_Gesamt")).toBe("Budget!$C$6");
  });
  it("„Eingliederungstitel nach Umschichtung“ there is no allocation", () => {
    expect(high(kost("Eingliederungstitel nach Umschichtung"), "BUD_EGT_Zuteilung")).toBeUndefined();
  });
});

describe("5. „Zuteilung gem. EinglMV vom“ dates the allocation", () => {
  const sheet = (label: string) =>
    map([
      {
        name: "Budget",
        cells: rows("A1", [
          ["Budget 2026 (EUR)"],
          [label, date(46_010)],
          [],
          ["Position", "Ansatz 2026"],
          ["Bundesmittel gem. EinglMV", eur(8_000_000)],
          ["Umschichtung aus dem Eingliederungstitel", eur(1_000_000)],
          ["kommunaler Finanzierungsanteil", eur(1_610_000)],
          ["Summe Verwaltungshaushalt", f("SUM(B5:B7)", 10_610_000, EUR)],
        ]),
      },
    ]);
  it.each(["Zuteilung gem. EinglMV vom", "Zuteilung lt. EinglMV vom", "Mittelzuteilung nach EinglMV vom", "Zuteilung des Bundes vom"])("„%s“", (label) => {
    const by = sheet(label);
    expect(high(by, "BUD_Zuteilung_Stand")).toBe("Budget!$B$2");
    expect(high(by, "BUD_VH_EinglMV")).toBe("Budget!$B$5");
  });
  it("„Umschichtung gem. EinglMV vom“ dates no allocation", () => {
    expect(high(sheet("Umschichtung gem. EinglMV vom"), "BUD_Zuteilung_Stand")).toBeUndefined();
  });
});

describe("6. bindings by grants of earlier years are the Vorbindungen", () => {
  const plan = (label: string) =>
    map([
      {
        name: "Finanzplan",
        cells: rows("A1", [
          ["Finanzplan 2026 – Beträge in EUR"],
          [],
          ["Bezeichnung", "Ansatz 2026"],
          ["Eingliederungsbudget 2026", eur(3_600_000)],
          [`   ${label}`, eur(2_000_000)],
          ["   davon frei für Neubewilligungen", f("B4-B5", 1_600_000, EUR)],
        ]),
      },
    ]);
  it.each(["davon gebunden durch Bewilligungen der Vorjahre", "davon Bindungen aus Bewilligungen früherer Jahre", "davon Vorbelastung aus Zusagen der Vorjahre", "dav. gebunden durch Bewilligungen aus Vorjahren"])("„%s“", (label) => {
    const by = plan(label);
    expect(high(by, "BUD_EB_Vorbindungen")).toBe("Finanzplan!$B$5");
    expect(high(by, "BUD_EB_Neubewilligungen")).toBe("Finanzplan!$B$6");
  });
  it.each(["davon gebunden durch Bewilligungen 2026", "nachr.: Bindungen für Folgejahre aus Bewilligungen 2026"])("„%s“ binds the planning year's grants: no Vorbindungen", (label) => {
    expect(high(plan(label), "BUD_EB_Vorbindungen")).toBeUndefined();
  });
});
