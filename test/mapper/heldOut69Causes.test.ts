// The causes behind the 69th held-out set's misses (test/fixtures/heldOut69.ts), each tested with wordings the
// tester did not write and near misses that must stay non-high:
// - a decision's date ("beschlossen durch die TV am") beside a "Stand" of its own is no rival (decisionDate.ts);
//   "Stand 2. Nachtrag" is the latest version's date, "ursprüngliche Fassung vom" an old one's (versionWording.ts);
// - the planned entries as a memo of the first listing ("nachr.: Eintritte lt. erster Aufstellung (Entwurf …)",
//   firstListingMemo.ts) and as a tile naming what is entered ("Geplante Eintritte in Maßnahmen", labelArea.ts);
// - a thousands unit heading the label column ("in Tsd. €" over the budget rows) is a stated unit: sure in a
//   workbook keeping all its money in thousands, never beside plain euros (statedUnit.ts, no longer blockUnit.ts);
// - "Maßnahme | 2025 | Plan 2026": a bare year before the named plan is the year before's (foeYearHeads.ts);
// - household sizes in plain words under a heading naming only the households, "BG 1 Person" rows, and two years'
//   shares under the block's head row (bgSizeWords.ts, bgSizeRows.ts);
// - ZIE_Weitere under its title above a blank row, "Prognose 2025 | Ziel 2026 | Veränderung" (findWeitere.ts).
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { date, f, num, pct, rows, usedCells, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2026): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Jobcenter", "Jobcenter Musterkreis"], ["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("the programme's Stand beside a decision's or an old version's date", () => {
  it("takes the Stand, not the decision's date", () => {
    const by = map([{ name: "Deckblatt", cells: rows("A1", [["AIP 2026"], ["beschlossen durch die Trägerversammlung am", date(46000)], ["Stand:", date(46040)]]) }]);
    expect(high(by, "AIP_Stand")).toBe("Deckblatt!$B$3");
  });

  it("keeps a decision's date alone as the Stand", () => {
    const by = map([{ name: "Deckblatt", cells: rows("A1", [["AIP 2026"], ["TV-Beschluss vom", date(46000)]]) }]);
    expect(by.get("AIP_Stand")?.ref).toBe("Deckblatt!$B$2");
  });

  it("dates the programme by its amendment, not by the original version", () => {
    const by = map([{ name: "Deckblatt", cells: rows("A1", [["AIP 2026 – 2. Nachtrag"], ["ursprüngliche Fassung vom", date(46040)], ["Stand 2. Nachtrag", date(46300)]]) }]);
    expect(high(by, "AIP_Stand")).toBe("Deckblatt!$B$3");
  });
});

describe("the planned entries as a memo of the first listing or as a tile", () => {
  const foe = (memo: string) =>
    map([
      {
        name: "Förderung",
        cells: rows("A1", [
          ["Instrument", "Ist 2025", "Plan 2026"],
          ["FbW", num(40), num(45)],
          ["EGZ", num(30), num(32)],
          ["AGH", num(90), num(80)],
          ["Gesamt", f("SUM(B2:B4)", 160), f("SUM(C2:C4)", 157)],
          [],
          [memo, num(170)],
        ]),
      },
    ]);

  it("takes a memo naming the first listing", () => {
    const by = foe("nachr.: Eintritte lt. erster Aufstellung (Entwurf 09/2025)");
    expect(high(by, "FOE_Eintritte_Plan")).toBe("Förderung!$B$7");
  });

  it("leaves a memo of some draft unsure", () => {
    const by = foe("nachrichtlich: Planeintritte (Entwurf)");
    expect(high(by, "FOE_Eintritte_Plan")).toBeUndefined();
  });

  it("takes a key-figure tile naming what is entered on a text sheet", () => {
    const tile = (label: string) =>
      map([
        { name: "Förderung", cells: rows("A1", [["Instrument", "Ist 2025", "Plan 2026"], ["FbW", num(40), num(45)], ["AGH", num(90), num(80)], ["Gesamt", f("SUM(B2:B3)", 130), f("SUM(C2:C3)", 125)]]) },
        { name: "Zusammenfassung", cells: rows("A1", [["Kurz und knapp"], ["• Wir setzen auf Qualifizierung."], [], ["Kennzahlen", "2026"], [label, num(125)]]) },
      ]);
    expect(high(tile("Geplante Eintritte in Maßnahmen"), "FOE_Eintritte_Plan")).toBe("Zusammenfassung!$B$5");
    expect(high(tile("Geplante Eintritte"), "FOE_Eintritte_Plan")).toBeUndefined();
  });
});

describe("a thousands unit heading the label column", () => {
  const budget = (more: Layout["sheets"]) =>
    map([
      {
        name: "Budget",
        cells: rows("A1", [
          ["Mittel 2026"],
          ["Beträge in Tsd. €", "2025", "2026"],
          ["Eingliederungsbudget", num(3900.5, "#,##0.0"), f("C4+C5", 4000, "#,##0.0")],
          ["  davon Vorbindungen", num(1800, "#,##0.0"), num(2100, "#,##0.0")],
          ["  davon Neubewilligungen", num(2100.5, "#,##0.0"), num(1900, "#,##0.0")],
        ]),
      },
      ...more,
    ]);

  it("is sure in a workbook keeping all its money in thousands", () => {
    const by = budget([]);
    expect(high(by, "BUD_EB_Gesamt")).toBe("Budget!$C$3");
    expect(high(by, "BUD_EB_Vorbindungen")).toBe("Budget!$C$4");
  });

  it("is never sure beside plain euros", () => {
    const by = budget([{ name: "Zuteilung", cells: rows("A1", [["Beträge in €"], ["Zuteilung Eingliederungstitel", num(5_100_000, "#,##0")]]) }]);
    expect(high(by, "BUD_EB_Gesamt")).toBeUndefined();
    expect(high(by, "BUD_EB_Vorbindungen")).toBeUndefined();
  });
});

describe("a Förderung table headed by a bare year before the named plan", () => {
  const foe = (a: string, b: string) =>
    map([{ name: "Förderung", cells: rows("A1", [["Maßnahme", a, b], ["FbW", num(40), num(45)], ["EGZ", num(30), num(32)], ["AGH", num(90), num(80)], ["Summe", f("SUM(B2:B4)", 160), f("SUM(C2:C4)", 157)]]) }]);

  it("reads „2025 | Plan 2026“ as the year before and the plan", () => {
    expect(high(foe("2025", "Plan 2026"), "FOE_Tabelle")).toBe("Förderung!$A$1:$C$5");
  });

  it.each([
    ["2025", "2026"],
    ["Plan 2025", "Plan 2026"],
  ])("leaves „%s | %s“ unsure", (a, b) => {
    expect(high(foe(a, b), "FOE_Tabelle")).toBeUndefined();
  });
});

describe("household sizes as controllers write them", () => {
  it("takes sizes in plain words under a heading naming the households", () => {
    const by = map([
      { name: "Kunden", cells: rows("A1", [["Alleinerziehende", num(800)], [], ["Bedarfsgemeinschaften", "Anteil"], ["alleinlebend", pct(0.55, "0%")], ["zu zweit", pct(0.2, "0%")], ["zu dritt und mehr", pct(0.25, "0%")]]) },
    ]);
    expect(high(by, "KUN_BG_Groesse")).toBe("Kunden!$A$4:$B$6");
  });

  it("takes no households heading without a share head as the size table's", () => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Bedarfsgemeinschaften"], ["alleinlebend", pct(0.55, "0%")], ["zu zweit", pct(0.2, "0%")], ["zu dritt und mehr", pct(0.25, "0%")]]) }]);
    expect(by.get("KUN_BG_Groesse")?.confidence).not.toBe("high");
  });

  it("takes nothing under a households heading over other rows", () => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Haushalte", "Anteil"], ["mit Kindern", pct(0.3, "0%")], ["ohne Kinder", pct(0.7, "0%")]]) }]);
    expect(by.get("KUN_BG_Groesse")?.confidence).not.toBe("high");
  });

  it("takes the customers' year of two years' shares under the block's head row", () => {
    const kunden = (heads: [string, string]) =>
      map([
        {
          name: "Kunden",
          cells: rows("A1", [
            ["Merkmal", ...heads],
            ["Alleinerziehende", num(810), num(790)],
            ["BG 1 Person", pct(0.56, "0%"), pct(0.57, "0%")],
            ["BG 2 Personen", pct(0.21, "0%"), pct(0.2, "0%")],
            ["BG 3+ Personen", pct(0.23, "0%"), pct(0.23, "0%")],
          ]),
        },
      ]);
    expect(high(kunden(["2024", "2025 (vorläufig)"]), "KUN_BG_Groesse")).toBe("Kunden!$A$3:$C$5");
    expect(high(kunden(["Vorvorjahr", "Vorjahr"]), "KUN_BG_Groesse")).toBeUndefined();
  });
});

describe("extra and local targets under their title above a blank row", () => {
  it("reads a forecast of the year before as the previous year's column", () => {
    const by = map([
      {
        name: "Lokale Ziele",
        cells: rows("A1", [
          ["Lokale Ziele 2026"],
          [],
          ["Kennzahl", "Hochrechnung 2025", "Ziel 2026", "Veränderung"],
          ["Abgangsrate LZB", pct(0.21), pct(0.22), pct(0.048)],
          ["Nachhaltigkeit", pct(0.65), pct(0.66), pct(0.015)],
        ]),
      },
    ]);
    expect(high(by, "ZIE_Weitere")).toBe("'Lokale Ziele'!$A$3:$D$5");
  });

  it("takes no table whose first column is another year's plan", () => {
    const by = map([
      { name: "Lokale Ziele", cells: rows("A1", [["Lokale Ziele 2026"], [], ["Kennzahl", "Plan 2025", "Ziel 2026", "Veränderung"], ["Abgangsrate LZB", pct(0.21), pct(0.22), pct(0.048)]]) },
    ]);
    expect(high(by, "ZIE_Weitere")).toBeUndefined();
  });
});
