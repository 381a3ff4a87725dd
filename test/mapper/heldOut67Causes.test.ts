// The causes behind the 67th held-out set's misses (test/fixtures/heldOut67.ts), each tested with wordings the
// tester did not write and near misses that must stay non-high:
// 1. a month's date of the year before the plan in a planning label names when it was planned (./planningDate.ts);
//    a lone line right under a table's bare total row is out of the table head's reach (./endedTable.ts);
// 2. rows under a figure adding up to it are its parts, no rivals (./partsUnderTotal.ts); a budget row dated by
//    "Vorjahr" is no rival to the undated one (./planYearLabel.ts);
// 3. "dgl. Vorvorjahr" repeats the label above (./dittoLabel.ts), the year before last is the customers' _VJ
//    (./latestLabelYear.ts);
// 4. "Anteil BA / Anteil Kommune | 74 % | 26 %": both sides repeating the head word (./slashPairRow.ts);
// 5. a customer sheet without a stock row takes the targets' ELB, also when a copy of it stands elsewhere
//    (./elbTwin.ts, ./copies.ts); years typed as text in a sheet's title row are heads (./yearHeadingRow.ts).
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { f, num, pct, rows, usedCells, type Layout, type LayoutCell } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2025): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

const instruments: Array<[string, number, number]> = [
  ["Förderung beruflicher Weiterbildung", 48, 60],
  ["Eingliederungszuschuss", 71, 66],
  ["Aktivierung § 45 SGB III", 390, 402],
  ["Arbeitsgelegenheiten", 122, 110],
  ["Einstiegsgeld", 35, 40],
];
const ist = instruments.reduce((s, r) => s + r[1], 0);
const plan = instruments.reduce((s, r) => s + r[2], 0);
/** A Förderung table A3:C9 with its total in row 9, then `after` from row 10 on. */
const foe = (after: Array<Array<LayoutCell | undefined>>) =>
  map([
    {
      name: "Förderung",
      cells: rows("A1", [
        ["Eintritte nach Instrumenten"],
        [],
        ["Instrument", "Ist 2024", "Plan 2025"],
        ...instruments.map(([l, i, p]) => [l, num(i), num(p)]),
        ["Summe", f("SUM(B4:B8)", ist), f("SUM(C4:C8)", plan)],
        ...after,
      ]),
    },
  ]);

describe("1. a planning date in a label, a lone line under the table's total", () => {
  it.each([["Eintritte lt. Planungsstand 15.10.2024"], ["Eintritte gesamt (geplant im Sept. 2024)"], ["Eintritte lt. erster Planung 10/2024"], ["Eintritte lt. Aufstellung (Nov. 2024)"]])(
    "„%s“ under the table after a blank row is the planned entries",
    (label) => {
      expect(high(foe([[], [label, num(590)]]), "FOE_Eintritte_Plan")).toBe("Förderung!$B$11");
    },
  );

  it.each([["Eintritte Ist (Okt. 2024)"], ["Eintritte lt. Planung 2024"]])("near miss: „%s“ stays not sure", (label) => {
    expect(high(foe([[], [label, num(590)]]), "FOE_Eintritte_Plan")).toBeUndefined();
  });

  it.each([["Eintritte lt. AIP-Text (erste Aufstellung)"], ["Planeintritte laut Programmtext"]])("„%s“ right under the total row (no blank row) is the planned entries", (label) => {
    expect(high(foe([[label, num(640)]]), "FOE_Eintritte_Plan")).toBe("Förderung!$B$10");
  });

  it("near miss: a line right under the total naming last year's entries stays not sure", () => {
    expect(high(foe([["Eintritte Vorjahr lt. Statistik", num(640)]]), "FOE_Eintritte_Plan")).toBeUndefined();
  });
});

describe("2. parts under a total, a budget row of the previous year", () => {
  const budget = (parts: number[], lastYear?: string) =>
    map([
      {
        name: "Budget",
        cells: rows("A1", [
          ["Budget 2025"],
          ["Verwaltungshaushalt", num(9_000_000, "#,##0 €")],
          ["Eingliederungsbudget", f("B4+B5", 2_300_000, "#,##0 €")],
          ["Vorbindungen", num(1_000_000, "#,##0 €")],
          ["Neubewilligungen", num(1_300_000, "#,##0 €")],
          ...parts.map((v, i) => [`Vorbindungen ${["FbW", "AGH", "EGZ"][i]}`, num(v, "#,##0 €")]),
          ...(lastYear ? [[lastYear, num(2_150_000, "#,##0 €"), "nachrichtlich"]] : []),
        ]),
      },
    ]);

  it.each([[[600_000, 400_000]], [[500_000, 300_000, 200_000]]])("Vorbindungen broken down below (%j) stay sure at the total", (parts) => {
    expect(high(budget(parts), "BUD_EB_Vorbindungen")).toBe("Budget!$B$4");
  });

  it("near miss: rows that do not add up to it stay rivals", () => {
    expect(high(budget([600_000, 300_000]), "BUD_EB_Vorbindungen")).toBeUndefined();
  });

  it.each([["Eingliederungsbudget Vorjahr (Ist)"], ["Eingliederungsbudget VJ"]])("„%s“ below is no rival of the budget", (label) => {
    expect(high(budget([], label), "BUD_EB_Gesamt")).toBe("Budget!$B$3");
  });
});

describe("3. a ditto row of the year before last in the customer structure", () => {
  const customers = (ditto: string) =>
    map([
      {
        name: "Daten",
        cells: rows("A1", [
          ["AIP-Daten 2025"],
          [],
          ["Kundenstruktur (Jahresdurchschnitt Vorjahr)"],
          ["Anteil LZB am eLb-Bestand", pct(0.595)],
          [ditto, pct(0.628)],
          ["Alleinerziehende im Leistungsbezug", num(702)],
          [ditto, num(688)],
        ]),
      },
    ]);

  it.each([["dgl. Vorvorjahr"], ["desgl. Vorvorjahr"], ["dito Vorvorjahr"]])("„%s“ is the _VJ figure of the row above", (ditto) => {
    const by = customers(ditto);
    expect(high(by, "KUN_Anteil_LZB")).toBe("Daten!$B$4");
    expect(high(by, "KUN_Anteil_LZB_VJ")).toBe("Daten!$B$5");
    expect(high(by, "KUN_Alleinerziehende_VJ")).toBe("Daten!$B$7");
  });

  it("near miss: a bare ditto mark names no year, no _VJ", () => {
    const by = customers("dgl.");
    expect(high(by, "KUN_Anteil_LZB_VJ")).toBeUndefined();
    expect(high(by, "KUN_Alleinerziehende_VJ")).toBeUndefined();
  });
});

describe("4. two shares in one row, the head word repeated", () => {
  const staff = (label: string, values: LayoutCell[]) =>
    map([{ name: "Personal", cells: rows("A1", [["Personal 2025"], ["Köpfe", num(88)], [label, ...values]]) }]);

  it.each([["Anteil BA / Anteil Kommune"], ["Anteil BA-Personal / Anteil kommunales Personal"], ["Anteil BA / Anteil Landkreis"]])("„%s“ gives both shares in order", (label) => {
    const by = staff(label, [pct(0.74, "0%"), pct(0.26, "0%")]);
    expect(high(by, "PER_Anteil_BA")).toBe("Personal!$B$3");
    expect(high(by, "PER_Anteil_Kommune")).toBe("Personal!$C$3");
  });

  it("near miss: one number for two shares is neither", () => {
    const by = staff("Anteil BA / Anteil Kommune", [pct(0.74, "0%")]);
    expect(high(by, "PER_Anteil_BA")).toBeUndefined();
    expect(high(by, "PER_Anteil_Kommune")).toBeUndefined();
  });
});

describe("5. the customer stock is the targets' ELB", () => {
  const targets = (elb: LayoutCell) => ({
    name: "Ziele",
    cells: rows("A1", [
      ["Zielwerte 2025"],
      ["Kennzahl", "VJ 2024", "Ziel 2025"],
      ["Integrationen", num(701)],
      ["eLb (JD)", elb],
      ["Integrationsquote", f("B3/B4", 701 / 4650, "0.0%"), pct(0.147)],
      ["LZB (JDW)", num(2730), num(2790)],
    ]),
  });
  const customerSheet = (title: LayoutCell[], extra: Array<Array<LayoutCell>> = []) => ({
    name: "Kunden",
    cells: rows("A1", [
      ["Kunden", ...title],
      ["Anteil LZB", pct(0.701), pct(0.612)],
      ["Anteil Ausländer", pct(0.19), pct(0.233)],
      ["Alleinerziehende", num(540), num(566)],
      ...extra,
    ]),
  });

  it.each([[["2023", "2024"]], [["2023", "2024", "Bemerkung"]]])("years typed as text in the title row (%j) are heads, the stock is the targets' ELB", (title) => {
    const by = map([targets(num(4650)), customerSheet(title)]);
    expect(high(by, "ZIE_ELB_VJ")).toBe("Ziele!$B$4");
    expect(high(by, "KUN_ELB")).toBe("Ziele!$B$4");
    expect(high(by, "KUN_Anteil_LZB")).toBe("Kunden!$C$2");
  });

  it("near miss: a stock row of the customer sheet's own keeps its cell", () => {
    const by = map([targets(num(4650)), customerSheet(["2023", "2024"], [["eLb", num(4590), num(4650)]])]);
    expect(by.get("KUN_ELB")?.ref).not.toBe("Ziele!$B$4");
  });

  it("a copy of the month strip's average in the targets block: the stock is that number", () => {
    const steering = {
      name: "Steuerung",
      cells: {
        ...rows("A1", [
          ["Zielsteuerung 2025: Monatsverlauf 2024"],
          ["Kennzahl", "Jan 24", "Feb 24", "Mrz 24", "JD 2024"],
          ["eLb-Bestand", num(4600), num(4650), num(4700), f("AVERAGE(B3:D3)", 4650)],
        ]),
        ...rows("H1", [
          ["AIP 2025 – Zielwerte"],
          ["Kennzahl", "Ist 2024", "Ziel 2025"],
          ["Integrationen", num(701)],
          ["eLb (JD)", f("E3", 4650)],
          ["IQ", f("I3/I4", 701 / 4650, "0.0%"), pct(0.147)],
          ["LZB (JDW)", num(2730), num(2790)],
        ]),
      },
    };
    const by = map([steering, customerSheet(["2023", "2024"])]);
    const elb = high(by, "ZIE_ELB_VJ");
    expect(elb).toBeDefined();
    expect(high(by, "KUN_ELB")).toBe(elb);
  });
});
