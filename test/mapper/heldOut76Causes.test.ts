// The causes of held-out set 76's misses (labels in awkward cell forms), each with the set's wording, other
// wordings of the same meaning and near misses that must not be sure: a bare "in %" closing a Vorjahr/Ziel group
// (./percentChangeRow.ts), a label split over two text cells (./qualifierCell.ts), "Jobcenter | Name | X", a number
// column "1." before the label, a planning season ("Herbst 2024"), "f1)" outline letters and a unit column under
// an "Einheit" head set off by a blank row.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { date, f, num, pct, rows, usedCells, vz, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"]): Map<string, Proposal> {
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

const COVER = (year: number): Layout["sheets"][number] => ({
  name: "Deckblatt",
  cells: rows("A1", [["Arbeitsmarkt- und Integrationsprogramm"], [], ["Planjahr", num(year, "0")], ["Stand", date(46_055)]]),
});
const eur = (v: number) => num(v, "#,##0 €");

describe("a bare percent unit closing a Vorjahr/Ziel group is the group's change", () => {
  const targets = (unit: string, change: number, prevLabel = "Vorjahr") =>
    map([
      COVER(2026),
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Zielplanung 2026"],
          [],
          ["Kennzahl", undefined, "Wert"],
          ["Integrationsquote", "Vorjahr", pct(0.148)],
          [undefined, "Ziel 2026", pct(0.15)],
          [undefined, "Veränderung in %", pct(0.014)],
          ["IQ Männer", prevLabel, pct(0.169)],
          [undefined, "Ziel 2026", pct(0.172)],
          [undefined, unit, pct(change)],
          ["LZB Frauen", "Vorjahr", num(1600)],
          [undefined, "Ziel 2026", num(1580)],
          [undefined, unit, pct(-0.013)],
        ]),
      },
    ]);

  it.each(["in %", "%", "(in %)", "in Prozent"])("„%s“ under Vorjahr and Ziel: the relative change, sicher", (unit) => {
    const by = targets(unit, 0.018);
    expect(high(by, "ZIE_IQ_Maenner_Veraenderung")).toBe("Ziele!$C$9");
    expect(high(by, "ZIE_LZB_Frauen_Veraenderung")).toBe("Ziele!$C$12");
    expect(high(by, "ZIE_IQ_Maenner")).toBe("Ziele!$C$8");
  });

  it("after an Ist row too (\"Ist 2025\")", () => {
    expect(high(targets("in %", 0.018, "Ist 2025"), "ZIE_IQ_Maenner_Veraenderung")).toBe("Ziele!$C$9");
  });

  it("a number that is no change of the two (a share, a difference in points) is no change", () => {
    expect(high(targets("in %", 0.45), "ZIE_IQ_Maenner_Veraenderung")).toBeUndefined();
    expect(high(targets("in %", 0.003), "ZIE_IQ_Maenner_Veraenderung")).toBeUndefined();
  });

  it("without a Vorjahr row above, \"in %\" names nothing", () => {
    const by = map([
      COVER(2026),
      { name: "Ziele", cells: rows("A1", [["Zielplanung 2026"], [], ["Kennzahl", undefined, "Wert"], ["IQ Männer", "Ziel 2026", pct(0.172)], [undefined, "Ziel 2027", pct(0.175)], [undefined, "in %", pct(0.017)]]) },
    ]);
    expect(high(by, "ZIE_IQ_Maenner_Veraenderung")).toBeUndefined();
  });
});

describe("a label split over two text cells reads as one label", () => {
  const budget = (lines: Array<Array<string | ReturnType<typeof eur> | undefined>>) =>
    map([COVER(2026), { name: "Budget", cells: rows("A1", [["Gesamtbudget 2026"], [], ["Position", undefined, "Plan 2026 (€)"], ...lines]) }]);

  it.each([
    ["Verwaltungshaushalt", "gesamt"],
    ["Verwaltungshaushalt", "insgesamt"],
    ["Verwaltungsbudget", "Summe"],
  ])("„%s | %s“ is the Verwaltungshaushalt, sicher", (a, b) => {
    const by = budget([[a, b, eur(9_000_000)], [undefined, "davon Bund lt. EinglMV", eur(6_000_000)], [undefined, "davon kommunaler Finanzierungsanteil", eur(1_400_000)]]);
    expect(high(by, "BUD_VH_Gesamt")).toBe("Budget!$C$4");
    expect(high(by, "BUD_VH_EinglMV")).toBe("Budget!$C$5");
  });

  it.each([
    ["Zuteilung EGT", "vor Umschichtung", "BUD_EGT_Zuteilung"],
    ["Mittelzuteilung Eingliederungstitel", "lt. EinglMV", "BUD_EGT_Zuteilung"],
    ["Zuteilung VWT", "Bundesanteil", "BUD_VWT_Zuteilung"],
    ["Zuteilung Verwaltungskostentitel", "Bundesmittel", "BUD_VWT_Zuteilung"],
  ])("„%s | %s“ is the allocation, and the qualifier alone no rival", (a, b, name) => {
    const by = budget([["Verwaltungshaushalt", "gesamt", eur(9_000_000)], [undefined, "davon Bund lt. EinglMV", eur(6_000_000)], [], [a, b, eur(5_500_000)]]);
    expect(high(by, name)).toBe("Budget!$C$7");
    expect(high(by, "BUD_VH_EinglMV")).toBe("Budget!$C$5");
  });

  it("a role in the second cell stays a role: „Verwaltungshaushalt | Ist 2025“ is no plan", () => {
    const by = budget([["Verwaltungshaushalt", "Ist 2025", eur(8_800_000)]]);
    expect(high(by, "BUD_VH_Gesamt")).toBeUndefined();
  });

  it("a check mark beside a sentence qualifies nothing (the date after it is no head count)", () => {
    const by = map([
      COVER(2026),
      { name: "Freigabe", cells: rows("A1", [["Prüfschritt", "erledigt", "Datum"], ["Personalzahlen abgestimmt mit Personalservice", "x", date(46_020)]]) },
    ]);
    expect(by.get("PER_Beschaeftigte")).toBeUndefined();
  });

  it.each([
    ["Integrationsquote", "Nord", "ZIE_IQ"],
    ["Verwaltungshaushalt", "siehe Anlage 2", "BUD_VH_Gesamt"],
  ])("near miss: „%s | %s“ — a place or a pointer is no qualifier", (a, b, name) => {
    const by = map([COVER(2026), { name: "Daten", cells: rows("A1", [["Kennzahl", undefined, "Plan 2026"], [a, b, name === "ZIE_IQ" ? pct(0.21) : eur(9_000_000)]]) }]);
    expect(high(by, name)).toBeUndefined();
  });

  const customers = (lines: Array<Array<string | ReturnType<typeof num> | undefined>>) =>
    map([COVER(2026), { name: "Kunden", cells: rows("A1", [["Kundenstruktur"], [], ["Merkmal", "Bezug", "Wert"], ["eLb", "Ø 2025", num(5480)], ...lines]) }]);

  it.each([
    ["Anteil Ausländer", "an Alo SGB II 2025"],
    ["Ausländeranteil", "an den Arbeitslosen 2025"],
  ])("„%s | %s“ is the foreigners' share", (a, b) => {
    expect(high(customers([[a, b, pct(0.214)]]), "KUN_Anteil_Auslaender")).toBe("Kunden!$C$5");
  });

  it("„Alleinerziehende | Anzahl 2025“ over „| Vorjahr (2024)“: current and previous year", () => {
    const by = customers([["Alleinerziehende", "Anzahl 2025", num(688)], [undefined, "Vorjahr (2024)", num(702)]]);
    expect(high(by, "KUN_Alleinerziehende")).toBe("Kunden!$C$5");
    expect(high(by, "KUN_Alleinerziehende_VJ")).toBe("Kunden!$C$6");
  });

  it("a category column before a whole label keeps the label's own reading", () => {
    const by = customers([["Kunden", "Anteil Ausländer an Alo 2025", pct(0.214)]]);
    expect(by.get("KUN_Anteil_Auslaender")?.ref).toBe("Kunden!$C$5");
  });

  it("„Eintritte | lt. erster Aufstellung (Okt. 2025)“ with the value a column further right", () => {
    const by = map([
      COVER(2026),
      {
        name: "Förderung",
        cells: rows("A1", [["Eintritte"], [], ["Instrument", undefined, "Ist 2025", "Plan 2026"], ["FbW", undefined, num(52), num(58)], ["EGZ", undefined, num(64), num(60)], ["AGH", undefined, num(118), num(112)], ["Summe", undefined, f("SUM(C4:C6)", 234), f("SUM(D4:D6)", 230)], [], ["Eintritte", "lt. erster Aufstellung (Okt. 2025)", undefined, num(702)]]),
      },
    ]);
    expect(high(by, "FOE_Eintritte_Plan")).toBe("Förderung!$D$9");
  });
});

describe("the Jobcenter's name after a field word or an outline number", () => {
  it.each(["Name", "Bezeichnung"])("„Jobcenter | %s | Jobcenter X“: the name, not the field word", (word) => {
    const by = map([{ name: "Deckblatt", cells: rows("A1", [["AIP"], [], ["Jobcenter", word, "Jobcenter Saale-Orla-Kreis"], ["Planjahr", undefined, num(2026, "0")]]) }]);
    expect(high(by, "AIP_Jobcenter")).toBe("Deckblatt!$C$3");
  });

  it("a field word without a name after it is no name (the field word is none)", () => {
    const by = map([{ name: "Deckblatt", cells: rows("A1", [["AIP"], [], ["Jobcenter", "Name"], ["Planjahr", undefined, num(2026, "0")]]) }]);
    expect(high(by, "AIP_Jobcenter")).toBeUndefined();
  });

  it("„1. | Jobcenter | Jobcenter Landkreis Gotha“ in a numbered list", () => {
    const by = map([
      {
        name: "Übersicht",
        cells: rows("A1", [[undefined, "AIP 2025 – Eckdaten"], [], ["I.", "Allgemeines"], ["1.", "Jobcenter", "Jobcenter Landkreis Gotha"], ["2.", "Planjahr", num(2025, "0")], [], ["II.", "Gesamtbudget", "Plan 2025"], ["1.", "Verwaltungshaushalt", eur(9_000_000)]]),
      },
    ]);
    expect(high(by, "AIP_Jobcenter")).toBe("Übersicht!$C$4");
  });
});

describe("a planning season and outline letters", () => {
  const entries = (label: string) =>
    map([
      COVER(2025),
      {
        name: "Förderung",
        cells: rows("A1", [["Eintritte"], [], ["Nr.", "Instrument", "Ist 2024", "Plan 2025"], ["1.", "FbW", num(71), num(75)], ["2.", "EGZ", num(80), num(76)], [undefined, "Summe", f("SUM(C4:C5)", 151), f("SUM(D4:D5)", 151)], [], ["10.", label, undefined, num(880)]]),
      },
    ]);

  it.each(["Eintritte lt. erster Aufstellung (Herbst 2024)", "Eintritte lt. erster Planung (Spätsommer 2024)", "Eintritte lt. Aufstellung Q4 2024"])("„%s“ in 2025: when the plan was drawn up, sicher", (label) => {
    expect(high(entries(label), "FOE_Eintritte_Plan")).toBe("Förderung!$D$8");
  });

  it("a season two years back is no planning date of this programme", () => {
    expect(high(entries("Eintritte lt. erster Aufstellung (Herbst 2023)"), "FOE_Eintritte_Plan")).toBeUndefined();
  });

  it("„f1) 1 Person“ under „f) Bedarfsgemeinschaften nach Größe“", () => {
    const by = map([
      COVER(2025),
      {
        name: "Kunden",
        cells: rows("A1", [["Kundenstruktur"], [], ["Merkmal", "2023", "2024"], ["a) eLb im Jahresdurchschnitt", num(6390), num(6240)], ["f) Bedarfsgemeinschaften nach Größe (2024)"], ["   f1) 1 Person", undefined, pct(0.57, "0%")], ["   f2) 2 Personen", undefined, pct(0.2, "0%")], ["   f3) 3 und mehr Personen", undefined, pct(0.23, "0%")]]),
      },
    ]);
    expect(high(by, "KUN_BG_Groesse")).toBe("Kunden!$A$6:$C$8");
  });
});

describe("an area list with a unit column under an „Einheit“ head set off by a blank row", () => {
  const staff = (head: string) =>
    map([
      COVER(2026),
      {
        name: "Personal",
        cells: rows("A1", [["Personal 2026"], [], ["VZÄ nach Bereichen", undefined, undefined, head, "VZÄ"], [], ["Markt und Integration", undefined, undefined, "VZÄ", vz(27.5)], ["Leistung", undefined, undefined, "VZÄ", vz(24.8)], ["sonstiges operatives Personal", undefined, undefined, "VZÄ", vz(10.6)], ["weitere Bereiche", undefined, undefined, "VZÄ", vz(4.2)]]),
        merged: ["A3:C3", "A5:C5", "A6:C6", "A7:C7", "A8:C8"],
      },
    ]);

  it("is the table of areas, sicher", () => {
    expect(high(staff("Einheit"), "PER_VZAE_Bereiche")).toBe("Personal!$A$5:$E$8");
  });

  it("without the head naming the unit column it stays unsure", () => {
    expect(high(staff("Bemerkung"), "PER_VZAE_Bereiche")).toBeUndefined();
  });
});
