// The causes behind the 65th held-out set's misses (test/fixtures/heldOut65.ts), each tested with wordings the
// tester did not write and near misses that must stay non-high:
// - two-digit numbers closing heads and labels are years only by the rows and columns around: a head row of
//   consecutive years ("Mittel 25 (€) | Mittel 24 (€)", "IQ 24 | IQ 25"), a pair of one label ("LZB-Quote 24" /
//   "LZB-Quote 23"), a year the block's head names ("Integrationen 24" under "24 (Ist) | 25 (Ziel)"); running
//   numbers ("Zugänge 1" … "Zugänge 30", "Team 12", "Los 12 | Los 13") stay (./contextYears.ts);
// - "2024er Ist | 2025er Ziel": the year with its adjective ending is that year; "2024er Ziel" is last year's target;
// - "Basis 01/24–12/24": a span of numbered months with two-digit years is a period of that year (./monthSpan.ts);
// - gender in rows under figure heads: a change head naming its figure again ("Veränd. IQ"), the eLb twin among
//   target heads (./genderRows.ts); a caption's total row below its gender rows (./captionTable.ts), whose
//   previous-year cell points to another row ("s. Zeile 6", ./missingValue.ts);
// - "Kennzahl K2 lfd. Monat": the running month's value is no year's figure, no rival (./inYearWords.ts).
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { withContextYears } from "../../src/core/mapper/contextYears";
import { withFullYears } from "../../src/core/mapper/monthSpan";
import { withRoleYears } from "../../src/core/mapper/twoDigitYear";
import { num, pct, rows, usedCells, type Layout, type LayoutCell } from "../fixtures/layouts";
import type { CellValue } from "../../src/core/snapshot";

function map(sheets: Layout["sheets"], planYear = 2025): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

/** One sheet's texts after the context reading, beside a sheet naming the planning year. */
function read(sheet: CellValue[][], planYear = 2025): CellValue[][] {
  return withContextYears([[["Planjahr", planYear]], sheet])[1];
}

describe("two-digit numbers read as years by the rows and columns around", () => {
  it.each([
    [["Merkmal", "24", "23"], ["Merkmal", "2024", "2023"]],
    [["Position", "Mittel 25 (€)", "Mittel 24 (€)"], ["Position", "Mittel 2025 (€)", "Mittel 2024 (€)"]],
    [["", "Quote 24", "Quote 25", "Veränd."], ["", "Quote 2024", "Quote 2025", "Veränd."]],
    [["Kennzahl", "Stand 24", "Ziel 25", "Abw. zu 24"], ["Kennzahl", "Stand 2024", "Ziel 2025", "Abw. zu 2024"]],
  ])("head row %j", (head, after) => expect(read([head as CellValue[], ["eLb", 1, 2]])[0]).toEqual(after));

  it("a pair of one label, and the block's other labels closing with its years", () => {
    const out = read([["LZB-Quote 24"], ["LZB-Quote 23"], ["Ü50-Quote 24"], ["Alleinerziehende BG 24"]]);
    expect(out.map((r) => r[0])).toEqual(["LZB-Quote 2024", "LZB-Quote 2023", "Ü50-Quote 2024", "Alleinerziehende BG 2024"]);
  });

  it("a label closing with a year its block's head row names", () => {
    const out = read([["Kennzahlen", "24 (Ist)", "25 (Ziel)"], ["Integrationen 24", 1, null], ["Austritte 7", 2, null]]);
    expect(out.map((r) => r[0])).toEqual(["Kennzahlen", "Integrationen 2024", "Austritte 7"]);
  });

  it.each([
    ["a running list", [["Zugänge 23"], ["Zugänge 24"], ["Zugänge 25"], ["Zugänge 26"], ["Zugänge 27"]]],
    ["a running list from 1", [["Team 1"], ["Team 2"], ["Team 24"], ["Team 25"]]],
    ["numbers outside the workbook's years", [["Gruppe A 12"], ["Gruppe A 13"]]],
    ["monitoring rows of different words", [["Zugänge 15"], ["Abgänge 3"], ["Integrationen 24"]]],
    ["a head of running numbers", [["Position", "Los 12", "Los 13"]]],
    ["a head of counted rows", [["Zeile 24", "Zeile 25"]]],
    ["ages", [["Alo U 25", "Alo Ü 25"], ["unter 25", "über 24"]]],
    ["dates and periods", [["Stand 12/24", "Ist 01/24–12/24"], ["Monat 11.24", "15,24"]]],
    ["a data row's label beside its numbers", [["Integrationen 24", 5, 6]]],
  ])("near miss: %s stays", (_what, sheet) => expect(read(sheet as CellValue[][])).toEqual(sheet));

  it("a pair of labels beside their numbers", () => {
    const out = read([["Integrationen 24", 5, 6], ["Integrationen 25", 7, 8]]);
    expect(out.map((r) => r[0])).toEqual(["Integrationen 2024", "Integrationen 2025"]);
  });

  it("no year anywhere in the workbook: nothing is read", () => {
    const sheet: CellValue[][] = [["Merkmal", "24", "23"]];
    expect(withContextYears([sheet])[0]).toBe(sheet);
  });
});

describe("the mapper with years closing heads and labels", () => {
  it("customer labels in year pairs are the latest year and the one before", () => {
    const by = map([
      {
        name: "Struktur",
        cells: rows("A1", [
          ["Strukturdaten (Jahresdurchschnitt)"],
          ["Quote LZB an eLb 24", pct(0.55)],
          ["Quote LZB an eLb 23", pct(0.57)],
          ["Alleinerziehende BG 24", num(640)],
          ["Alleinerziehende BG 23", num(655)],
          ["Quote Ausländer an Alo 24", pct(0.3)],
        ]),
      },
    ]);
    expect(high(by, "KUN_Anteil_LZB")).toBe("Struktur!$B$2");
    expect(high(by, "KUN_Anteil_LZB_VJ")).toBe("Struktur!$B$3");
    expect(high(by, "KUN_Alleinerziehende")).toBe("Struktur!$B$4");
    expect(high(by, "KUN_Alleinerziehende_VJ")).toBe("Struktur!$B$5");
    expect(high(by, "KUN_Anteil_Auslaender")).toBe("Struktur!$B$6");
  });

  it("near miss: running numbers closing customer labels name no year", () => {
    const by = map([
      {
        name: "Struktur",
        cells: rows("A1", [
          ["Strukturdaten"],
          ["Quote LZB an eLb 14", pct(0.55)],
          ["Quote LZB an eLb 15", pct(0.57)],
        ]),
      },
    ]);
    expect(high(by, "KUN_Anteil_LZB_VJ")).toBeUndefined();
  });

  it("a budget under „Mittel 25 (€) | Mittel 24 (€)“ takes the planning year's column", () => {
    const by = map([
      {
        name: "Haushalt",
        cells: rows("A1", [
          ["Position", "Mittel 25 (€)", "Mittel 24 (€)"],
          ["Verwaltungshaushalt gesamt", num(9_000_000), num(8_800_000)],
          ["Eingliederungsbudget", num(3_000_000), num(3_100_000)],
        ]),
      },
    ]);
    expect(high(by, "BUD_VH_Gesamt")).toBe("Haushalt!$B$2");
    expect(high(by, "BUD_EB_Gesamt")).toBe("Haushalt!$B$3");
  });

  it("near miss: „Los 12 | Los 13“ heads no year, the budget stays unsure", () => {
    const by = map([
      {
        name: "Haushalt",
        cells: rows("A1", [
          ["Position", "Los 12", "Los 13"],
          ["Verwaltungshaushalt gesamt", num(9_000_000), num(8_800_000)],
        ]),
      },
    ]);
    expect(high(by, "BUD_VH_Gesamt")).toBeUndefined();
  });

  it("targets across „Integrationsquote 24 | Integrationsquote 25 | Veränd. IQ“ with gender rows", () => {
    const by = map([
      {
        name: "Zielwerte",
        cells: rows("A1", [
          ["Zielwerte"],
          [null, "eLb 24 (JDW)", "Integrationsquote 24", "Integrationsquote 25", "Veränd. IQ"],
          ["insgesamt", num(4_000), pct(0.2), pct(0.21), pct(0.05)],
          ["Männer", null, pct(0.22), pct(0.23), pct(0.045)],
          ["Frauen", null, pct(0.18), pct(0.19), pct(0.055)],
        ]),
      },
    ]);
    expect(high(by, "ZIE_ELB_VJ")).toBe("Zielwerte!$B$3");
    expect(high(by, "ZIE_IQ_VJ")).toBe("Zielwerte!$C$3");
    expect(high(by, "ZIE_IQ")).toBe("Zielwerte!$D$3");
    expect(high(by, "ZIE_IQ_Veraenderung")).toBe("Zielwerte!$E$3");
    expect(high(by, "ZIE_IQ_Frauen")).toBe("Zielwerte!$D$5");
    expect(high(by, "ZIE_IQ_Maenner_VJ")).toBe("Zielwerte!$C$4");
  });

  it("„2024er Ist | 2025er Ziel“ heads; „2024er Ziel“ is last year's target, neither plan nor previous year", () => {
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Kennzahl", "2024er Ziel", "2024er Ist", "2025er Ziel"],
          ["Integrationsquote", pct(0.2), pct(0.19), pct(0.21)],
          ["LZB-Bestand", num(2_000), num(2_050), num(1_980)],
        ]),
      },
    ]);
    expect(high(by, "ZIE_IQ_VJ")).toBe("Ziele!$C$2");
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$D$2");
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$D$3");
    expect(by.get("ZIE_IQ")?.ref).not.toBe("Ziele!$B$2");
    expect(by.get("ZIE_IQ_VJ")?.ref).not.toBe("Ziele!$B$2");
  });

  it("a span of numbered months with two-digit years is read with four", () => {
    expect(withFullYears("Basis 01/24–12/24")).toBe("Basis 01/2024–12/2024");
    expect(withFullYears("eLb (Ø 12/23 - 11/24)")).toBe("eLb (Ø 12/2023 - 11/2024)");
    // Near misses: a single month, a day and month, a month 13.
    expect(withFullYears("Stand 12/24")).toBe("Stand 12/24");
    expect(withFullYears("01.02.–12.03.")).toBe("01.02.–12.03.");
    expect(withFullYears("13/24–14/24")).toBe("13/24–14/24");
  });
});

describe("gender tables, pointers and the running month", () => {
  const targets = (totalPrev: LayoutCell) =>
    map(
      [
        {
          name: "Ziele",
          cells: rows("A1", [
            ["Integrationsquote (K2)", "Ist 2025", "Ziel 2026", "Veränderung"],
            ["männlich", pct(0.2), pct(0.21), pct(0.05)],
            ["weiblich", pct(0.16), pct(0.17), pct(0.06)],
            ["gesamt", totalPrev, pct(0.19), pct(0.055)],
          ]),
        },
      ],
      2026,
    );

  it("a caption's total row below its gender rows is the figure itself", () => {
    const by = targets(pct(0.18));
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$C$4");
    expect(high(by, "ZIE_IQ_VJ")).toBe("Ziele!$B$4");
    expect(high(by, "ZIE_IQ_Frauen")).toBe("Ziele!$C$3");
  });

  it("a total row whose previous-year cell points to another row („siehe Zeile 12“) keeps its other values", () => {
    const by = targets("siehe Zeile 12");
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$C$4");
    expect(high(by, "ZIE_IQ_Veraenderung")).toBe("Ziele!$D$4");
    expect(high(by, "ZIE_IQ_VJ")).toBeUndefined();
  });

  it("near miss: a note pointing to an annex is no missing value", () => {
    const by = map([{ name: "Daten", cells: rows("A1", [["Kennzahl", "Anmerkung", "Plan 2025"], ["Vorbindungen", "vgl. Anlage 3", num(900_000)]]) }]);
    expect(high(by, "BUD_EB_Vorbindungen")).toBeUndefined();
  });

  it("a label closing with a year the block's other labels name („IQ 24“ beside „eLb 24 (JDW)“)", () => {
    const out = read([["Kennzahl", "Wert"], ["Integrationen 24 (vorl.)", 1], ["eLb 24 (JDW)", 2], ["IQ 24", 3], ["eLb 25 Plan", 4]]);
    expect(out[3][0]).toBe("IQ 2024");
  });

  it.each(["IQ laufender Monat", "Integrationsquote lfd. Monat (JFW)"])("„%s“ is no rival of the IQ target", (label) => {
    const by = map([
      {
        name: "Steuerung",
        cells: rows("A1", [
          ["Kennzahl", "Ist 2024", "Ziel 2025"],
          ["Integrationsquote", pct(0.2), pct(0.21)],
          [],
          ["Monitoring", "Wert"],
          [label, pct(0.19)],
        ]),
      },
    ]);
    expect(high(by, "ZIE_IQ")).toBe("Steuerung!$C$2");
  });
});

describe("a closing line under a table's head, and the fiscal year", () => {
  it("a label after a blank row takes the years of the table's head above", () => {
    const out = read([["Position", "Ist 24", "Plan 25"], ["Verwaltungshaushalt", 1, 2], [], ["Zuteilung EGT 25 (vor Umschichtung)", null, 3]]);
    expect(out[3][0]).toBe("Zuteilung EGT 2025 (vor Umschichtung)");
  });

  it("near miss: three blank rows apart, or a number the head does not name, it stays", () => {
    const far: CellValue[][] = [["Position", "Ist 24", "Plan 25"], ["Verwaltungshaushalt", 1, 2], [], [], [], ["Zuteilung EGT 25", null, 3]];
    expect(read(far)[5][0]).toBe("Zuteilung EGT 25");
    const other: CellValue[][] = [["Position", "Ist 24", "Plan 25"], ["Verwaltungshaushalt", 1, 2], [], ["Zugänge 23", null, 3]];
    expect(read(other)[3][0]).toBe("Zugänge 23");
  });

  it.each([
    ["Planjahr (FY26)", "Planjahr (2026)"],
    ["Haushalt FY 2025", "Haushalt 2025"],
    ["FYI 26", "FYI 26"],
  ])("„%s“ → „%s“", (before, after) => expect(withRoleYears(before)).toBe(after));
});
