// The causes behind the 66th held-out set's misses (test/fixtures/heldOut66.ts), each tested with wordings the
// tester did not write and near misses that must stay non-high:
// - values typed as text ("4.321.000 €", "'3.456", "45,6 %", "212 MA", "2.222.000²", "ca. 2.340", "01.12.26"):
//   read as their number once per cell (src/core/mapper/typedNumbers.ts, with the document's German number
//   reading), the proposal keeps the text and says the check reports it (./typedProposal.ts); a rounded text
//   yields to an exact value elsewhere; ranges, bounds, two shares, words, millions and codes stay text.
// - a text figure's own value row ("Status Vorjahreswerte | vorläufig") heads no column (yearKeyRow.ts).
// And the check: a name the mapper set on a text cell is still reported by typen/zahl.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { check } from "../../src/core/engine";
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { typedMonth, typedNumber } from "../../src/core/mapper/typedNumbers";
import { readMappedWorkbook } from "../../src/cli/map";
import { layoutXlsx, num, pct, rows, usedCells, vz, type Layout } from "../fixtures/layouts";
import { tempDir } from "../cli/helpers";

function map(sheets: Layout["sheets"], planYear = 2026): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("a text cell read as the figure it shows", () => {
  it.each([
    ["12.345.678 ", 12_345_678, "#,##0"],
    ["'3.456", 3456, "#,##0"],
    ["4.321.000 €", 4_321_000, '#,##0 "€"'],
    ["45,6 %", 0.456, "0.0%"],
    ["-2,7 %", -0.027, "0.0%"],
    ["212 MA", 212, "0"],
    ["98,5 VZÄ", 98.5, "0.0"],
    ["2.222.000²", 2_222_000, "#,##0"],
    ["64 %*", 0.64, "0%"],
    ["'2027", 2027, "0"],
  ])("„%s“ is %d", (text, value, format) => {
    expect(typedNumber(text, true)).toMatchObject({ value, format, approx: false });
  });

  it("reads rounded texts as rounded and dates as dates", () => {
    expect(typedNumber("ca. 2.340", true)).toMatchObject({ value: 2340, approx: true });
    expect(typedNumber("rund 17 %", true)).toMatchObject({ value: 0.17, approx: true });
    expect(typedNumber("'01.12.2026", true)?.value).toBe(46357);
    expect(typedNumber("01.12.26", true, true)?.value).toBe(46357);
    expect(typedMonth("Okt. 2025")).toBe(45931);
  });

  it.each(["12–14 %", "> 15 %", ">= 17 %", "2.000–2.200", "60 % / 40 %", "Plan: 480", "rd. 4,2 Mio. €", "1.234 Tsd. €", "4100", "2 Personen", "Stand 2.1"])(
    "„%s“ is no one figure",
    (text) => {
      expect(typedNumber(text, true)).toBeUndefined();
    },
  );

  it("reads a bare whole number only where a value stands, and a text date in a head row not at all", () => {
    expect(typedNumber("12", false)).toBeUndefined();
    expect(typedNumber("12", true)?.value).toBe(12);
    expect(typedNumber("31.12.2024", true, false)).toBeUndefined();
  });
});

describe("a sheet exported as text", () => {
  const exported = (extra: Array<Array<string | null>> = []) =>
    map([
      {
        name: "Export",
        cells: rows("A1", [
          ["Gruppe", "Größe", "Betrag", "Einheit"],
          ["Haushalt", "VWH gesamt", "12.004.500 ", "EUR"],
          ["Haushalt", "  dav. Bundesmittel EinglMV", "'8.100.000", "EUR"],
          ["Haushalt", "  dav. Umschichtung EGT", "2.204.500", "EUR"],
          ["Haushalt", "  dav. kommunaler Anteil", "1.700.000", "EUR"],
          ["Personal", "Mitarbeitende (Köpfe)", "'201", "Pers."],
          ["Personal", "Quote Frauen", "77 %", "%"],
          ...extra,
        ]),
      },
    ]);

  it("proposes the text cells sure, shows the text and notes that the check reports it", () => {
    const by = exported();
    expect(high(by, "BUD_VH_Gesamt")).toBe("Export!$C$2");
    expect(high(by, "BUD_VH_EinglMV")).toBe("Export!$C$3");
    expect(high(by, "PER_Beschaeftigte")).toBe("Export!$C$6");
    expect(by.get("BUD_VH_Gesamt")).toMatchObject({ value: "12.004.500 ", noteId: "zahl-als-text" });
    expect(by.get("BUD_VH_Gesamt")?.note).toMatch(/als Text.*typen\/zahl/);
  });

  it("leaves a range in the value column not sure", () => {
    const by = exported([["Ziele", "Zielkorridor IQ", "16–18 %", "%"]]);
    expect(high(by, "ZIE_IQ")).toBeUndefined();
  });
});

describe("text figures among numbers and remarks (near misses)", () => {
  it("a single text figure among numbers stays not sure", () => {
    const by = map([
      {
        name: "Budget",
        cells: rows("A1", [
          ["Budget 2026", "Betrag"],
          ["Verwaltungshaushalt", num(9_100_000)],
          ["davon Bund", num(6_000_000)],
          ["davon Umschichtung", num(1_700_000)],
          ["davon KFA", "1.400.000"],
        ]),
      },
    ]);
    expect(high(by, "BUD_VH_Gesamt")).toBe("Budget!$B$2");
    expect(high(by, "BUD_VH_KFA")).toBeUndefined();
  });

  it("a rate in a remark column is no second number of the row", () => {
    const by = map([
      {
        name: "Budget",
        cells: rows("A1", [
          ["Position", "Plan 2026", "Bemerkung"],
          ["Verwaltungshaushalt", num(9_100_000), "inkl. KFA"],
          ["davon KFA", num(1_383_200), "15,2 %"],
          ["Eingliederungsbudget", num(3_000_000), "vorläufig"],
        ]),
      },
    ]);
    expect(high(by, "BUD_VH_KFA")).toBe("Budget!$B$3");
  });
});

describe("rounded texts", () => {
  it("a rounded text is the figure when it is the only value", () => {
    const by = map([{ name: "Förderung", cells: rows("A1", [["Eintritte lt. Planungstext", "ca. 2.340"]]) }]);
    expect(high(by, "FOE_Eintritte_Plan")).toBe("Förderung!$B$1");
  });

  it("an exact value elsewhere wins over the rounded one on the cover", () => {
    const by = map([
      { name: "Deckblatt", cells: rows("A1", [["Eckwerte"], ["Personal (VZÄ)", "ca. 180 VZÄ"]]) },
      {
        name: "Personal",
        cells: rows("A1", [
          ["Bereich", "VZÄ"],
          ["Markt und Integration", vz(90.5)],
          ["Leistung", vz(89.1)],
          ["VZÄ gesamt", vz(179.6)],
        ]),
      },
    ]);
    expect(by.get("PER_VZAE_Gesamt")?.ref).toBe("Personal!$B$4");
    expect(high(by, "PER_Beschaeftigte")).toBeUndefined();
  });
});

describe("a status text above typed values", () => {
  it("does not head the values below it", () => {
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Ziele 2026"],
          ["Status der Ist-Werte", "vorläufig"],
          ["Integrationen 2025", "1.410"],
          ["eLb 2025", "8.020"],
          ["Ziel IQ 2026", "18,1 %"],
          ["Ziel LZB 2026", "4.100"],
        ]),
      },
    ]);
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("Ziele!$B$3");
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$B$5");
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$B$6");
  });
});

describe("the check after mapping a text cell", () => {
  it("still reports typen/zahl for the mapped text (never passes silently)", async () => {
    const dir = tempDir("aip-ho66-");
    const path = join(dir, "export.xlsx");
    const layout: Layout = {
      id: "t",
      title: "t",
      sheets: [
        { name: "Eckdaten", cells: rows("A1", [["Planjahr", num(2026, "0")], ["Anteil Frauen", pct(0.8, "0%")]]) },
        {
          name: "Export",
          cells: rows("A1", [
            ["Gruppe", "Größe", "Betrag"],
            ["Haushalt", "VWH gesamt", "12.004.500 "],
            ["Haushalt", "  dav. Bundesmittel EinglMV", "'8.100.000"],
            ["Haushalt", "  dav. Umschichtung EGT", "2.204.500"],
          ]),
        },
      ],
    };
    writeFileSync(path, await layoutXlsx(layout));
    const findings = check(await readMappedWorkbook(path, "export.xlsx"));
    const typen = findings.filter((f) => f.rule === "typen/zahl");
    expect(typen.flatMap((f) => f.names)).toEqual(expect.arrayContaining(["BUD_VH_Gesamt", "BUD_VH_EinglMV", "BUD_VH_Umschichtung"]));
    expect(typen.find((f) => f.names.includes("BUD_VH_Gesamt"))?.message).toMatch(/12\.004\.500/);
  });
});

describe("the previous year's forecast as a column head", () => {
  const targets = (head: string) =>
    map([
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Ziele 2026"],
          [null, head, "Ziel 2026", "Veränderung"],
          ["eLb (JDW)", num(5120), num(5050)],
          ["IQ", pct(0.161), pct(0.165), pct(0.025)],
          ["LZB", num(2870), num(2790), pct(-0.028)],
        ]),
      },
    ]);

  it.each(["VJ Hochrechnung", "Vorjahr (Prognose)"])("„%s“ heads the previous year's values", (head) => {
    const by = targets(head);
    expect(high(by, "ZIE_ELB_VJ")).toBe("Ziele!$B$3");
    expect(high(by, "ZIE_IQ_VJ")).toBe("Ziele!$B$4");
    expect(high(by, "ZIE_LZB_VJ")).toBe("Ziele!$B$5");
  });

  it("a forecast without the previous year's word is no previous year's value", () => {
    const by = targets("Hochrechnung");
    expect(high(by, "ZIE_IQ_VJ")).toBeUndefined();
    expect(high(by, "ZIE_LZB_VJ")).toBeUndefined();
  });
});

describe("a share column beside the amounts", () => {
  it("is no second number of a budget row", () => {
    const by = map([
      {
        name: "Mittel",
        cells: rows("A1", [
          ["Mittel 2026"],
          ["Haushaltsposition", "Euro", "Anteil"],
          ["Verwaltungshaushalt", num(8_800_000), 100],
          ["davon Bundesanteil", num(5_900_000), 67],
          ["davon Umschichtung aus EGT", num(1_560_000), 17.7],
          ["davon KFA", num(1_340_000), 15.2],
          [],
          ["Eingliederungsbudget", num(2_600_000), 100],
          ["davon Vorbindungen", num(1_250_000), 48.1],
        ]),
      },
    ]);
    expect(high(by, "BUD_VH_Gesamt")).toBe("Mittel!$B$3");
    expect(high(by, "BUD_EB_Gesamt")).toBe("Mittel!$B$8");
    expect(high(by, "BUD_EB_Vorbindungen")).toBe("Mittel!$B$9");
  });

  it("two amount columns without a head saying which stay not sure", () => {
    const by = map([
      {
        name: "Mittel",
        cells: rows("A1", [
          ["Haushaltsposition", "Euro", "Euro"],
          ["Verwaltungshaushalt", num(8_800_000), num(8_700_000)],
        ]),
      },
    ]);
    expect(high(by, "BUD_VH_Gesamt")).toBeUndefined();
  });
});
