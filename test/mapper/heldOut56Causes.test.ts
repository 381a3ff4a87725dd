// Causes of set 56 (Personalrat, Finanzcontrolling), each tested with wordings the set does not use and with near
// misses: an area table ends at an empty spacer column (a memo column of last year beyond it is not its), and a
// federal part "after the move" is never the EinglMV part of the Verwaltungshaushalt.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { date, num, rows, usedCells, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"]): Map<string, Proposal> {
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

const COVER: Layout["sheets"][number] = {
  name: "Deckblatt",
  cells: rows("A1", [["Arbeitsmarkt- und Integrationsprogramm"], ["Jobcenter", "Jobcenter Kreis Lindental"], ["Planjahr", num(2026, "0")], ["Stand", date(46000)]]),
};

/** VZÄ by area: BA | Kommune | total, then the column `gap` (blank or headed) and a memo column headed `memo`. */
const staff = (memo: string, gapHead?: string): Layout["sheets"][number] => ({
  name: "Personal",
  cells: rows("A1", [
    ["Personal 2026"],
    ["Bereich", "BA", "Kommune", "VZÄ insgesamt", gapHead, memo],
    ["Markt und Integration", num(30, "0.00"), num(8, "0.00"), num(38, "0.00"), undefined, num(36, "0.00")],
    ["Leistung", num(20, "0.00"), num(10, "0.00"), num(30, "0.00"), undefined, num(31, "0.00")],
    ["Eingangszone", num(8, "0.00"), num(2, "0.00"), num(10, "0.00"), undefined, num(9, "0.00")],
    ["Summe", num(58, "0.00"), num(20, "0.00"), num(78, "0.00"), undefined, num(76, "0.00")],
  ]),
});

describe("an area table ends at an empty spacer column", () => {
  it.each(["Vorjahr gesamt", "VZÄ 2025 (nachrichtlich)", "Ist 31.12.2025 gesamt"])("memo column „%s“ beyond the spacer: not the table's", (memo) => {
    const by = map([COVER, staff(memo)]);
    expect(by.get("PER_VZAE_Bereiche")?.ref).not.toBe("Personal!$A$3:$F$5");
    expect(by.get("PER_VZAE_Gesamt")?.ref).not.toBe("Personal!$F$6");
    expect(high(by, "PER_VZAE_Bereiche")).toBe("Personal!$A$3:$D$5");
  });

  it("near miss: a headed column between (no spacer) does not end the table, so the memo total is never sure", () => {
    const by = map([COVER, staff("Vorjahr gesamt", "Bemerkung")]);
    expect(high(by, "PER_VZAE_Gesamt")).not.toBe("Personal!$F$6");
  });
});

/** A Verwaltungshaushalt block whose federal line reads `federal`. */
const vh = (federal: string): Layout["sheets"][number] => ({
  name: "Haushalt",
  cells: rows("A1", [
    ["Haushalt 2026"],
    ["Verwaltungshaushalt"],
    [federal, num(10_000_000)],
    ["kommunaler Finanzierungsanteil (15,2 %)", num(1_792_453)],
    ["Gesamtverwaltungskosten 2026", num(11_792_453)],
  ]),
});

describe("a federal part after the move is no EinglMV part", () => {
  it.each(["Bundesanteil nach Umschichtung", "Bundesanteil inkl. Umschichtung aus dem EGT", "Bundesmittel Verwaltung (umgeschichtet)"])("„%s“: never BUD_VH_EinglMV", (label) => {
    const by = map([COVER, vh(label)]);
    expect(by.get("BUD_VH_EinglMV")?.ref).not.toBe("Haushalt!$B$3");
  });

  it.each(["Bundesanteil", "davon Bundesanteil lt. EinglMV", "Bundesanteil gemäß Eingliederungsmittelverordnung"])("near miss „%s“: still the EinglMV part", (label) => {
    const by = map([COVER, vh(label)]);
    expect(by.get("BUD_VH_EinglMV")?.ref).toBe("Haushalt!$B$3");
  });
});

describe("a column beyond the spacer that adds up the columns before it is the table's total column", () => {
  it("„Standort Nord | Standort Süd | (leer) | gesamt“: the total column is kept", () => {
    const by = map([
      COVER,
      {
        name: "Personal",
        cells: rows("A1", [
          ["Personal 2026 nach Standorten (VZÄ)"],
          ["Bereich", "Standort Nord", "Standort Süd", undefined, "gesamt"],
          ["Markt und Integration", num(30, "0.0"), num(8, "0.0"), undefined, num(38, "0.0")],
          ["Leistung", num(20, "0.0"), num(10, "0.0"), undefined, num(30, "0.0")],
          ["Eingangszone", num(8, "0.0"), num(2, "0.0"), undefined, num(10, "0.0")],
          ["Summe", num(58, "0.0"), num(20, "0.0"), undefined, num(78, "0.0")],
        ]),
      },
    ]);
    expect(by.get("PER_VZAE_Bereiche")?.ref).toBe("Personal!$A$3:$E$5");
  });
});

describe("„Mittel für Förderung“ is the Eingliederungsmittel, no count of entries", () => {
  const sheet = (label: string): Layout["sheets"][number] => ({
    name: "Überblick",
    cells: rows("A1", [["Budget 2026"], [label, num(4_200_000, "#,##0 €")], ["Verwaltungshaushalt 2026", num(9_000_000, "#,##0 €")]]),
  });
  it.each(["Mittel für die Förderung (Eingliederungsbudget)", "Mittel für Förderungen (Eingliederungsbudget 2026)"])("„%s“: the budget, sure", (label) => {
    expect(high(map([COVER, sheet(label)]), "BUD_EB_Gesamt")).toBe("Überblick!$B$2");
  });
  it("near miss: „Kosten je Förderung“ is no budget", () => {
    expect(map([COVER, sheet("Kosten je Förderung")]).get("BUD_EB_Gesamt")?.ref).not.toBe("Überblick!$B$2");
  });
});

describe("„Die Zuteilung erfolgte mit Schreiben vom“ dates the allocation", () => {
  const sheet = (label: string): Layout["sheets"][number] => ({
    name: "Vorlage",
    cells: rows("A1", [["Finanzielle Ausstattung 2026"], ["Eingliederungstitel lt. vorläufiger Zuteilung", num(4_200_000, "#,##0 €")], [label, date(45980)]]),
  });
  it.each(["Die Mittelzuteilung erfolgte per Bescheid vom", "Zuteilung erfolgt durch Erlass vom"])("„%s“: the allocation's date", (label) => {
    expect(map([COVER, sheet(label)]).get("BUD_Zuteilung_Stand")?.ref).toBe("Vorlage!$B$3");
  });
  it("near miss: „Die Auszahlung erfolgte mit Schreiben vom“ dates no allocation", () => {
    expect(map([COVER, sheet("Die Auszahlung erfolgte mit Schreiben vom")]).get("BUD_Zuteilung_Stand")?.ref).toBeUndefined();
  });
});
