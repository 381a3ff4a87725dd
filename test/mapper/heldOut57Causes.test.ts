// The causes held-out set 57 showed, each tested with wordings and layouts the tester did not write and near misses
// that must stay as they are:
// (1) a money unit stated for what follows (a title or note line "Angaben in T€", "(in 1.000 €)", "Mio. €", a
//     "Plan 2026 (TEUR)" head) applies to every amount below it until another unit is stated; in a workbook that
//     holds plain euros too, an amount in thousands is never sure;
// (2) there the same figure in plain euros wins: the amount in thousands is no rival;
// (3) a share-of-base column ("in % EGT", "% vom Budget") beside the amount column is no second amount.
import { proposeMapping, readColumn, type Proposal } from "../../src/core/mapper";
import { unitStated } from "../../src/core/mapper/statedUnit";
import { f, num, pct, rows, usedCells, type Layout } from "../fixtures/layouts";

const eur = (v: number) => num(v, '#,##0 "€"');

function map(sheets: Layout["sheets"], planYear = 2026): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("(1) the money unit a text states", () => {
  it.each([
    ["alle Beträge in Tsd. EUR (gerundet)", "scaled"],
    ["Angaben in T€", "scaled"],
    ["Werte (in 1.000 €)", "scaled"],
    ["Mittel in Mio. €", "scaled"],
    ["Beträge in Tausend", "scaled"],
    ["Plan 2026 (TEUR)", "scaled"],
    ["kEUR", "scaled"],
    ["Betrag €", "euro"],
    ["Feinplanung in Euro", "euro"],
    ["(Beträge in EUR!)", "euro"],
  ])("%s → %s", (text, unit) => {
    expect(unitStated(text)).toBe(unit);
  });

  it.each(["Das EGT steigt um 3,2 Mio. € gegenüber dem Vorjahr", "Zuteilung 5.064.388 €", "Europäischer Sozialfonds", "Gesamtbudget 2026 – Übersicht"])("%s states no unit", (text) => {
    expect(unitStated(text)).toBeUndefined();
  });
});

/** An overview in thousands (unit as given) and, on its own sheet, the Verwaltungshaushalt in plain euros. */
function overviewAndEuroSheet(unitLine: string, head = "Ansatz 2026") {
  return [
    {
      name: "Haushalt kompakt",
      cells: rows("A1", [
        ["Haushaltsübersicht 2026"],
        [unitLine],
        [],
        ["Lfd. Nr.", "Position", head, "Anteil"],
        ["1", "Gesamtverwaltungskosten", f("SUM(C6:C8)", 10_412), pct(1, "0%")],
        ["1.1", "Bundesanteil (EinglMV)", num(6_870), pct(0.66, "0%")],
        ["1.2", "Umschichtung EGT", num(1_960), pct(0.19, "0%")],
        ["1.3", "Kommunaler Finanzierungsanteil", num(1_582), pct(0.15, "0%")],
        ["2", "Eingliederungsmittel gesamt", f("C10+C11", 3_104), null],
        ["2.1", "Vorbindungen", num(1_710)],
        ["2.2", "Neubewilligungen", num(1_394)],
      ]),
      merged: ["A2:D2"],
    },
    {
      name: "Verwaltungskosten",
      cells: rows("A1", [
        ["Verwaltungskosten 2026"],
        [],
        ["Position", "Betrag in Euro"],
        ["Gesamtverwaltungskosten", f("SUM(B5:B7)", 10_411_890, '#,##0 "€"')],
        ["Bundesanteil (EinglMV)", eur(6_870_115)],
        ["Umschichtung EGT", eur(1_960_000)],
        ["Kommunaler Finanzierungsanteil", eur(1_581_775)],
      ]),
    },
  ];
}

describe("(1)(2) amounts under a stated thousands unit beside plain euros", () => {
  it.each(["Angaben in T€", "Werte in 1.000 Euro", "Beträge in Tausend", "(alle Angaben in TEUR)"])("„%s“: the euro sheet wins, the thousands-only figures are not sure", (unitLine) => {
    const by = map(overviewAndEuroSheet(unitLine));
    expect(high(by, "BUD_VH_Gesamt")).toBe("Verwaltungskosten!$B$4");
    expect(high(by, "BUD_VH_EinglMV")).toBe("Verwaltungskosten!$B$5");
    expect(high(by, "BUD_VH_KFA")).toBe("Verwaltungskosten!$B$7");
    for (const name of ["BUD_EB_Gesamt", "BUD_EB_Vorbindungen", "BUD_EB_Neubewilligungen"]) {
      expect(by.get(name)?.confidence).not.toBe("high");
    }
    expect(by.get("BUD_EB_Gesamt")?.reason).toMatch(/Tausend/);
  });

  it("a thousands unit in the amount column's head does the same", () => {
    const by = map(overviewAndEuroSheet("Haushalt des Jobcenters", "Ansatz 2026 (T€)"));
    expect(high(by, "BUD_VH_Gesamt")).toBe("Verwaltungskosten!$B$4");
    expect(by.get("BUD_EB_Gesamt")?.confidence).not.toBe("high");
  });

  it("a later line stating plain euros ends the thousands: the amounts below it are sure", () => {
    const by = map([
      {
        name: "Budget",
        cells: rows("A1", [
          ["Budget 2026"],
          ["Beträge in Tsd. €"],
          ["Eingliederungsmittel gesamt", num(3_104)],
          ["Vorbindungen", num(1_710)],
          [],
          ["Zuteilung lt. Schätzwerttabelle – Beträge in Euro"],
          ["Zuteilung EGT 2026", eur(5_064_388)],
          ["Zuteilung VWT 2026", num(6_870_115)],
        ]),
      },
    ]);
    expect(high(by, "BUD_EGT_Zuteilung")).toBe("Budget!$B$7");
    expect(high(by, "BUD_VWT_Zuteilung")).toBe("Budget!$B$8");
    expect(by.get("BUD_EB_Gesamt")?.confidence).not.toBe("high");
  });

  it("near miss: a sentence naming an amount in millions states no unit for the rows below", () => {
    const by = map([
      { name: "Zuteilung", cells: rows("A1", [["Zuteilung VWT 2026", eur(6_870_115)]]) },
      {
        name: "Budget",
        cells: rows("A1", [
          ["Das EGT steigt um 0,2 Mio. € gegenüber dem Vorjahr."],
          [],
          ["Position", "Plan 2026"],
          ["Eingliederungsmittel gesamt", num(3_104_000)],
          ["Vorbindungen", num(1_710_000)],
          ["Neubewilligungen", num(1_394_000)],
        ]),
      },
    ]);
    expect(high(by, "BUD_EB_Gesamt")).toBe("Budget!$B$4");
  });

  it("near miss: a cell whose own format shows the euro sign is in euros under a thousands line", () => {
    const sheets = overviewAndEuroSheet("Angaben in T€");
    sheets[0].cells = { ...sheets[0].cells, C9: f("C10+C11", 3_104_000, '#,##0 "€"') };
    expect(high(map(sheets.slice(0, 1)), "BUD_EB_Gesamt")).toBe("'Haushalt kompakt'!$C$9");
  });

  it("a workbook keeping all its money in thousands keeps its amounts (as earlier held-out sets read them)", () => {
    const by = map(overviewAndEuroSheet("Angaben in T€").slice(0, 1));
    expect(high(by, "BUD_EB_Gesamt")).toBe("'Haushalt kompakt'!$C$9");
  });
});

describe("(3) a share-of-base column beside the amount column", () => {
  it.each(["in % EGT", "% vom Budget", "in % des EGT", "Anteil am Budget"])("„%s“ heads a share", (head) => {
    expect(readColumn(head).kind).toBe("share");
  });

  it.each([["% Veränderung", "change"], ["+/- %", "change"], ["Plan 2026 in % EGT", "plan"]])("„%s“ stays %s", (head, kind) => {
    expect(readColumn(head).kind).toBe(kind);
  });

  it.each(["in % EGT", "% vom Budget", "in % d. EB"])("„Plan 2026 € | %s | Vorjahr €“: the plan column is the only amount", (share) => {
    const by = map([
      {
        name: "Budget",
        cells: rows("A1", [
          ["Budgetplanung 2026"],
          [],
          [null, "Plan 2026 €", share, "Vorjahr (Soll 2025) €"],
          ["Eingliederungsbudget", eur(3_290_000), pct(1, "0%"), eur(3_180_000)],
          ["Vorbindungen", eur(1_480_000), pct(0.45, "0%"), eur(1_390_000)],
          ["Neubewilligungen", eur(1_810_000), pct(0.55, "0%"), eur(1_790_000)],
        ]),
      },
    ]);
    expect(high(by, "BUD_EB_Gesamt")).toBe("Budget!$B$4");
    expect(high(by, "BUD_EB_Vorbindungen")).toBe("Budget!$B$5");
    expect(high(by, "BUD_EB_Neubewilligungen")).toBe("Budget!$B$6");
  });

  it("near miss: a share column alone is no amount", () => {
    const by = map([
      {
        name: "Budget",
        cells: rows("A1", [
          ["Budgetplanung 2026"],
          [],
          [null, "in % EGT"],
          ["Vorbindungen", pct(0.45, "0%")],
          ["Neubewilligungen", pct(0.55, "0%")],
        ]),
      },
    ]);
    expect(high(by, "BUD_EB_Vorbindungen")).toBeUndefined();
  });
});
