// The budget causes behind the 42nd held-out set's misses (test/fixtures/heldOut42.ts) and the 45th set's two wrong
// "sicher" in a budget block, each tested with wordings and layouts the tester did not write and near misses that
// must stay as they were:
// - under an allocation title, a label naming what the allocation became ("… nach Umschichtung", the VH total) is
//   no allocation (../../src/core/mapper/notAllocation.ts);
// - Kapitel/Titel numbers ("aus Titel 685 11") are no running numbers (budgetTitleNumber.ts);
// - the EGT allocation by the title's Haushalt name ("Eingliederungsleistungen – Zuteilung lt. EinglMV") (labels.ts);
// - a far date across a blank row under the values above ("Mittelzuteilung (vorläufig) vom | … | date") (farDate.ts);
// - a negative reallocation mirroring a positive one is the EGT's outflow (deductions.ts);
// - the budget as a matrix of titles and stages, or one budget row with its parts as heads (budgetMatrix.ts).
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { matchLabel } from "../../src/core/mapper/matchLabel";
import { date, num, rows, usedCells, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2026): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);
const ids = (label: string) => matchLabel(label).standalone.map((s) => s.id);
const eur = (v: number) => num(v, "#,##0 €");

describe("under an allocation title, what the allocation became is no allocation", () => {
  it.each([
    ["Mittel 2026 (Zuteilung)", "Verwaltungshaushalt gesamt", "Eingliederungsbudget nach der Umschichtung"],
    ["Zuteilung lt. EinglMV 2026", "Summe Verwaltungskosten", "Eingliederungsmittel nach Umschichtung (inkl. BEZ)"],
  ])("%s over „%s“ and „%s“", (title, vh, eb) => {
    const by = map([
      {
        name: "Budget",
        cells: rows("A1", [
          [title],
          [vh, eur(9_000_000)],
          ["  davon Bund lt. EinglMV", eur(6_500_000)],
          ["  davon Umschichtung aus dem EGT", eur(1_200_000)],
          ["  davon kommunaler Finanzierungsanteil", eur(1_300_000)],
          [],
          [eb, eur(3_100_000)],
        ]),
      },
    ]);
    expect(high(by, "BUD_VH_Gesamt")).toBe("Budget!$B$2");
    expect(high(by, "BUD_EB_Gesamt")).toBe("Budget!$B$7");
    expect(high(by, "BUD_VWT_Zuteilung")).toBeUndefined();
    expect(high(by, "BUD_EGT_Zuteilung")).toBeUndefined();
  });

  it("near miss: a plain title label under the allocation title is still the allocation", () => {
    const by = map([{ name: "Budget", cells: rows("A1", [["Zuteilung lt. EinglMV 2026"], ["Eingliederungstitel", eur(4_300_000)], ["Verwaltungstitel", eur(7_100_000)]]) }]);
    expect(high(by, "BUD_EGT_Zuteilung")).toBe("Budget!$B$2");
    expect(high(by, "BUD_EB_Gesamt")).toBeUndefined();
  });
});

describe("Kapitel/Titel numbers and the title's Haushalt name", () => {
  it.each(["+ Umschichtung aus Kap. 1101 Tit. 685 11", "Umschichtung aus Titel 68511", "Umschichtung (Titel 685 11 → 636 11)"])("%s is the reallocation", (label) => {
    expect(ids(label)).toEqual(["vh-umschichtung"]);
  });

  it("near miss: a bare running number still names an item", () => {
    expect(ids("Umschichtung 12")).toEqual([]);
  });

  it.each(["Eingliederungsleistungen lt. Eingliederungsmittelverordnung", "Leistungen zur Eingliederung – Zuweisung"])("%s is the EGT allocation", (label) => {
    expect(ids(label)).toEqual(["egt-zuteilung"]);
  });

  it.each(["Eingliederungsleistungen", "Eingliederungszuschüsse Zuteilung"])("near miss: %s is no allocation", (label) => {
    expect(ids(label)).not.toContain("egt-zuteilung");
  });
});

describe("a far date across a blank row under the values above", () => {
  const sheet = (dateCol: "E" | "F"): Layout["sheets"][number] => ({
    name: "Haushalt",
    cells: {
      ...rows("A1", [
        ["Titel", "Bezeichnung", "Ansatz 2025", "Ist 2025", "Ansatz 2026"],
        ["636 11", "Verwaltungshaushalt gesamt", eur(9_100_000), eur(9_050_000), eur(9_400_000)],
        [],
        ["Stand der Zuteilung"],
      ]),
      [`${dateCol}4`]: date(46_010),
    },
  });

  it("the date under the values' column is the allocation's date", () => {
    expect(high(map([sheet("E")]), "BUD_Zuteilung_Stand")).toBe("Haushalt!$E$4");
  });

  it("near miss: a date in a column with no value above is not sure", () => {
    expect(high(map([sheet("F")]), "BUD_Zuteilung_Stand")).toBeUndefined();
  });
});

describe("a reallocation on both sides", () => {
  it("the negative one under the EGT mirrors the VH's positive inflow", () => {
    const by = map([
      {
        name: "Finanzen",
        cells: rows("A1", [
          ["Position", "Soll 2026"],
          ["EGT lt. EinglMV", eur(4_000_000)],
          ["Umschichtung (EGT)", eur(-900_000)],
          ["Eingliederungsbudget inkl. BEZ", eur(3_100_000)],
          [],
          ["Bundesanteil lt. EinglMV", eur(6_000_000)],
          ["Umschichtung vom Eingliederungstitel", eur(900_000)],
          ["kommunaler Finanzierungsanteil", eur(1_200_000)],
          ["Verwaltungshaushalt gesamt", eur(8_100_000)],
        ]),
      },
    ]);
    expect(high(by, "BUD_VH_Umschichtung")).toBe("Finanzen!$B$7");
  });

  it("near miss: two positive reallocations of different amounts stay unsure", () => {
    const by = map([{ name: "Finanzen", cells: rows("A1", [["Umschichtung (EGT)", eur(800_000)], [], ["Umschichtung vom Eingliederungstitel", eur(900_000)]]) }]);
    expect(high(by, "BUD_VH_Umschichtung")).toBeUndefined();
  });
});

describe("the budget as a matrix or one row with its parts as heads", () => {
  it("titles as rows, stages as heads", () => {
    const by = map([
      {
        name: "Gesamtbudget",
        cells: rows("A1", [
          ["Gesamtbudget 2026"],
          ["Titel", "Mittelzuweisung 2026", "Umschichtung", "verfügbar nach Umschichtung", "Anteil in %"],
          ["EGT", eur(5_000_000), eur(-1_500_000), eur(3_500_000), num(0.3, "0%")],
          ["Verwaltungstitel Bund", eur(8_000_000), eur(1_500_000), eur(9_500_000)],
        ]),
      },
    ]);
    expect(high(by, "BUD_EGT_Zuteilung")).toBe("Gesamtbudget!$B$3");
    expect(high(by, "BUD_EB_Gesamt")).toBe("Gesamtbudget!$D$3");
    expect(high(by, "BUD_VWT_Zuteilung")).toBe("Gesamtbudget!$B$4");
    expect(high(by, "BUD_VH_EinglMV")).toBe("Gesamtbudget!$B$4");
    expect(high(by, "BUD_VH_Umschichtung")).toBe("Gesamtbudget!$C$4");
    // The VWT after the move is the VH's federal part, no contract figure.
    expect([...by.values()].filter((p) => p.ref === "Gesamtbudget!$D$4")).toEqual([]);
  });

  it("one budget row with its parts as heads", () => {
    const by = map([
      {
        name: "EGT",
        cells: rows("A1", [
          ["Bezeichnung", "Soll", "gebundene Mittel (Vorbindungen)", "frei für Neubewilligungen"],
          ["Eingliederungsbudget 2026", eur(3_000_000), eur(1_100_000), eur(1_900_000)],
        ]),
      },
    ]);
    expect(high(by, "BUD_EB_Gesamt")).toBe("EGT!$B$2");
    expect(high(by, "BUD_EB_Vorbindungen")).toBe("EGT!$C$2");
    expect(high(by, "BUD_EB_Neubewilligungen")).toBe("EGT!$D$2");
  });

  it("near miss: a Vollzug table's bindings beside its Ist are in-year, no Vorbindungen", () => {
    const by = map([
      {
        name: "Vollzug",
        cells: rows("A1", [
          ["Position", "Ansatz", "Ist", "Bindungen", "verfügbar"],
          ["Eingliederungsbudget", eur(3_000_000), eur(2_100_000), eur(600_000), eur(300_000)],
        ]),
      },
    ]);
    expect(high(by, "BUD_EB_Vorbindungen")).toBeUndefined();
  });
});
