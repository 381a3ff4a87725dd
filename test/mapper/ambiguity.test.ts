// A wrong "high" is worse than a missing one: a second plausible occurrence of any label makes its
// proposal "low", and weak labels outside their context never become "high".
import { splitAddress } from "../../src/core/address";
import { proposeMapping } from "../../src/core/mapper";
import { num, pct, rows, seedLayout, usedCells, type Layout, type LayoutSheet } from "../fixtures/layouts";
import { mapLayout } from "./helpers";

const seedHigh = mapLayout(seedLayout()).result.proposals.filter((p) => p.confidence === "high");
const sheetOf = (ref: string) => splitAddress(ref).sheet;

describe("a second occurrence of every label makes its proposal low", () => {
  // Each high proposal of the seed layout, with its whole sheet copied once more (a second plausible
  // place: "Ziele (2)", "Budget (2)" …).
  it.each(seedHigh.map((p) => [p.name, sheetOf(p.ref)]))("%s (sheet %s copied)", (name, sheet) => {
    const layout = seedLayout();
    const original = layout.sheets.find((s) => s.name === sheet)!;
    layout.sheets.push({ ...original, name: `${sheet} (2)` });
    const p = proposeMapping(usedCells(layout)).proposals.find((x) => x.name === name)!;
    expect(p.confidence).toBe("low");
    expect(p.reasonId).toBe("mehrdeutig");
    expect(p.reason).toMatch(/2 Fundstellen/);
  });
});

const sheet = (name: string, cells: LayoutSheet["cells"]): LayoutSheet => ({ name, cells });
const layoutOf = (...sheets: LayoutSheet[]): Layout => ({ id: "t", title: "t", sheets });
const proposal = (layout: Layout, name: string) => proposeMapping(usedCells(layout)).proposals.find((p) => p.name === name);

describe("context decides, or the proposal is low", () => {
  const elb = (label = "ELB 2023 (Durchschnitt)") => rows("A1", [["Kennzahl", "Ist 2023"], [label, num(4560)]]);

  it("the ELB on the targets sheet is ZIE_ELB_VJ and on the customer sheet KUN_ELB, both high", () => {
    const layout = layoutOf(sheet("Ziele", elb()), sheet("Kunden", rows("A1", [["eLb", num(4560)]])));
    expect(proposal(layout, "ZIE_ELB_VJ")).toMatchObject({ confidence: "high", ref: "Ziele!$B$2" });
    expect(proposal(layout, "KUN_ELB")).toMatchObject({ confidence: "high", ref: "Kunden!$B$1" });
  });

  it("the ELB on two targets sheets is low", () => {
    const layout = layoutOf(sheet("Ziele", elb()), sheet("Ziele Vorjahr", elb()));
    expect(proposal(layout, "ZIE_ELB_VJ")).toMatchObject({ confidence: "low", reasonId: "mehrdeutig" });
  });

  // Was "low for both names" before the eLb-twin decision: the only doubt was targets or customers, and
  // ZIE_ELB_VJ = KUN_ELB (customer structure is as of the planning year's previous year), so both take the cell.
  it("the only ELB, on a sheet that names no area, is both ZIE_ELB_VJ and KUN_ELB (the eLb twin), sicher", () => {
    const layout = layoutOf(sheet("Tabelle1", elb()));
    expect(proposal(layout, "ZIE_ELB_VJ")).toMatchObject({ confidence: "high", ref: "Tabelle1!$B$2" });
    expect(proposal(layout, "KUN_ELB")).toMatchObject({ confidence: "high", ref: "Tabelle1!$B$2" });
  });

  it("an ELB on a sheet that names no area is low for both names when a second one stands beside it", () => {
    const layout = layoutOf(sheet("Tabelle1", elb()), sheet("Tabelle2", elb()));
    expect(proposal(layout, "ZIE_ELB_VJ")).toMatchObject({ confidence: "low" });
    expect(proposal(layout, "KUN_ELB")).toMatchObject({ confidence: "low" });
  });

  it("'Frauen' on a targets sheet without an IQ or LZB row above is not the staff share", () => {
    const layout = layoutOf(sheet("Ziele", rows("A1", [["Frauen", pct(0.5)]])));
    expect(proposal(layout, "PER_Anteil_Frauen")).toMatchObject({ confidence: "low", reasonId: "kontext" });
    expect(proposal(layout, "ZIE_IQ_Frauen")).toBeUndefined();
  });

  it("'darunter Männer' with no head row gives no proposal", () => {
    const layout = layoutOf(sheet("Ziele", rows("A1", [["darunter Männer", pct(0.19)]])));
    const r = proposeMapping(usedCells(layout));
    expect(r.proposals).toEqual([]);
  });

  it("'Gesamt' in three Ist/Plan tables: the Förderung table is low", () => {
    const table = (first: number) => [
      [null, "Ist 2023", "Plan 2024"],
      ["Gesamt", num(10 * first), num(9 * first)],
      ["Eingliederungszuschuss", num(5 * first), num(4 * first)],
      ["Einstiegsgeld", num(5 * first), num(5 * first)],
      [],
    ];
    const layout = layoutOf(sheet("Förderung", rows("A1", [...table(1), ...table(2), ...table(3)])));
    expect(proposal(layout, "FOE_Tabelle")).toMatchObject({ confidence: "low", reasonId: "mehrdeutig", reason: expect.stringMatching(/3 Fundstellen/) });
  });

  it("a table without a total row is only low", () => {
    const layout = layoutOf(sheet("Förderung", rows("A1", [[null, "Ist 2023", "Plan 2024"], ["Eingliederungszuschuss", num(5), num(4)], ["Einstiegsgeld", num(5), num(5)]])));
    expect(proposal(layout, "FOE_Tabelle")).toMatchObject({ confidence: "low", reasonId: "tabelle" });
  });

  it("a budget table with Ist and Plan columns is not taken for the Förderung table", () => {
    const layout = layoutOf(
      sheet("Budget", rows("A1", [[null, "Ist 2023", "Plan 2024"], ["Verwaltungshaushalt", num(9e6), num(1e7)], ["Eingliederungsbudget", num(2e6), num(3e6)], ["Gesamt", num(11e6), num(13e6)]])),
    );
    const r = proposeMapping(usedCells(layout));
    expect(r.proposals.find((p) => p.name === "FOE_Tabelle")).toBeUndefined();
    expect(r.proposals.find((p) => p.name === "BUD_VH_Gesamt")).toMatchObject({ confidence: "high", ref: "Budget!$C$2" });
  });

  it("a value with no column header or year is low when the contract has a previous-year twin", () => {
    const layout = layoutOf(sheet("Ziele", rows("A1", [["Integrationsquote", pct(0.16)]])));
    expect(proposal(layout, "ZIE_IQ")).toMatchObject({ confidence: "low", reasonId: "jahr" });
  });

  it("two numbers in a row without headers are low", () => {
    const layout = layoutOf(sheet("Budget", rows("A1", [["Verwaltungshaushalt", num(9e6), num(1e7)]])));
    expect(proposal(layout, "BUD_VH_Gesamt")).toMatchObject({ confidence: "low", reasonId: "spalte" });
  });
});

describe("the value must have the contract's type", () => {
  const one = (sheetName: string, label: string, value: Parameters<typeof rows>[1][0][1]) =>
    layoutOf(sheet(sheetName, rows("A1", [[label, value]])));

  it.each([
    ["Budget", "davon kommunaler Finanzierungsanteil", "1.606.442", "BUD_VH_KFA"],
    ["Ziele", "Integrationen Vorjahr", num(750.5, "0.0"), "ZIE_Integrationen_VJ"],
    ["Personal", "Gesamtbeschäftigtenzahl", pct(1.23), "PER_Beschaeftigte"],
    ["Eckdaten", "Planjahr", "2024", "AIP_Planjahr"],
    ["Budget", "Verwaltungshaushalt", { error: "#REF!" }, "BUD_VH_Gesamt"],
  ] as const)("%s: „%s“ = %j is low (typ)", (sheetName, label, value, name) => {
    expect(proposal(one(sheetName, label, value), name)).toMatchObject({ confidence: "low", reasonId: "typ" });
  });

  // A date typed as text beside its label is read as the date (fix66, ./typedNumbers.ts): the place is right;
  // the proposal keeps the text and says that the check reports it (typen/zahl: textStattDatum).
  it("Eckdaten: „Stand“ = \"21.02.2024\" is the date, noted as text", () => {
    expect(proposal(one("Eckdaten", "Stand", "21.02.2024"), "AIP_Stand")).toMatchObject({ confidence: "high", value: "21.02.2024", noteId: "zahl-als-text" });
  });

  it("averages may be fractional (Bestand): ZIE_LZB 2721,5 is high", () => {
    const layout = layoutOf(sheet("Ziele", rows("A1", [[null, "Ziel 2024"], ["Bestand LZB (JDW)", num(2721.5, "#,##0.0")]])));
    expect(proposal(layout, "ZIE_LZB")).toMatchObject({ confidence: "high", value: 2721.5 });
  });

  it("a share typed as 16 (16 %) is high with a note, 0,16 formatted as % has none", () => {
    const typed = proposal(one("Personal", "Anteil Frauen", 86), "PER_Anteil_Frauen")!;
    expect(typed).toMatchObject({ confidence: "high", noteId: "prozent-einheit" });
    const fraction = proposal(one("Personal", "Anteil Frauen", pct(0.86)), "PER_Anteil_Frauen")!;
    expect(fraction.noteId).toBeUndefined();
  });

  it("−0,025 formatted 0,0 % under 'Veränderung … in %' is a fraction, −2,5 in General is percent units", () => {
    const table = (v: Parameters<typeof rows>[1][0][1]) =>
      layoutOf(sheet("Ziele", rows("A1", [["Kennzahl", "Ziel 2024", "Veränderung ggü. VJ in %"], ["Integrationsquote gesamt", pct(0.16), v]])));
    expect(proposal(table(pct(-0.025)), "ZIE_IQ_Veraenderung")!.noteId).toBeUndefined();
    expect(proposal(table(-2.5), "ZIE_IQ_Veraenderung")).toMatchObject({ confidence: "high", noteId: "prozent-einheit" });
  });
});

describe("determinism", () => {
  it("gives the same answer twice", () => {
    const a = JSON.stringify(proposeMapping(usedCells(seedLayout())));
    const b = JSON.stringify(proposeMapping(usedCells(seedLayout())));
    expect(a).toBe(b);
  });
});

describe("tables that are not quite tables", () => {
  it("a blank row inside the Förderung table keeps the rows after it, but only low", () => {
    const layout = layoutOf(
      sheet("Förderung", rows("A1", [[null, "Ist 2023", "Plan 2024"], ["Gesamt", num(10), num(9)], [], ["Eingliederungszuschuss", num(5), num(4)], ["Einstiegsgeld", num(5), num(5)]])),
    );
    expect(proposal(layout, "FOE_Tabelle")).toMatchObject({ confidence: "low", reasonId: "tabelle", ref: "Förderung!$A$1:$C$5", value: 4 });
  });

  it("a header with only a Gesamt row below is low", () => {
    const layout = layoutOf(sheet("Förderung", rows("A1", [[null, "Ist 2023", "Plan 2024"], ["Gesamt", num(10), num(9)]])));
    expect(proposal(layout, "FOE_Tabelle")).toMatchObject({ confidence: "low", reasonId: "tabelle" });
  });
});

describe("one sheet holding everything, sections by headings", () => {
  it("reads the area from the section heading above a weak label", () => {
    const layout = layoutOf(
      sheet(
        "AIP 2024",
        rows("A1", [
          ["Arbeitsmarkt- und Integrationsprogramm 2024"],
          [],
          ["3.2 Personalstruktur"],
          ["Frauen", pct(0.86, "0%")],
          [],
          ["5. Wirkung / Ziele"],
          ["ELB 2023", num(4560)],
          ["Integrationen 2023", num(750)],
          [],
          ["Kundenstruktur"],
          ["eLb", num(4560)],
        ]),
      ),
    );
    const r = proposeMapping(usedCells(layout));
    const by = new Map(r.proposals.map((p) => [p.name, p]));
    expect(r.planningYear).toMatchObject({ year: 2024 });
    expect(by.get("PER_Anteil_Frauen")).toMatchObject({ confidence: "high", ref: "'AIP 2024'!$B$4" });
    expect(by.get("ZIE_ELB_VJ")).toMatchObject({ confidence: "high", ref: "'AIP 2024'!$B$7" });
    expect(by.get("ZIE_Integrationen_VJ")).toMatchObject({ confidence: "high", ref: "'AIP 2024'!$B$8" });
    expect(by.get("KUN_ELB")).toMatchObject({ confidence: "high", ref: "'AIP 2024'!$B$11" });
  });

  it("a weak label in its area wins over the same label outside it", () => {
    const layout = layoutOf(sheet("Personal", rows("A1", [["Anteil Frauen", pct(0.86)]])), sheet("Kunden", rows("A1", [["Anteil Frauen", pct(0.51)]])));
    expect(proposal(layout, "PER_Anteil_Frauen")).toMatchObject({ confidence: "high", ref: "Personal!$B$1" });
  });
});

describe("years", () => {
  it("a Förderung table headed only by years (2023 | 2024) is found, but low", () => {
    const layout = layoutOf(
      sheet("Ziele", rows("A1", [["Kennzahl", "Ziel 2024"], ["Integrationsquote", pct(0.16)]])),
      sheet("Förderung", rows("A1", [["Instrument", num(2023, "0"), num(2024, "0")], ["Gesamt", num(10), num(9)], ["Eingliederungszuschuss", num(5), num(4)], ["Einstiegsgeld", num(5), num(5)]])),
    );
    expect(proposal(layout, "FOE_Tabelle")).toMatchObject({ confidence: "low", reasonId: "tabelle", ref: "Förderung!$A$1:$C$4" });
  });

  it("last year's copy of a sheet beside this year's: the planning year's sheet wins", () => {
    const budget = (year: number, v: number) => sheet(`Budget ${year}`, rows("A1", [[null, `Plan ${year}`], ["Verwaltungshaushalt", num(v)]]));
    const layout = layoutOf(budget(2023, 9e6), budget(2024, 1e7));
    expect(proposal(layout, "BUD_VH_Gesamt")).toMatchObject({ confidence: "high", ref: "'Budget 2024'!$B$2" });
  });
});

describe("one cell, two readings", () => {
  it("'kommunaler Anteil' with a euro amount is the KFA, not the staff share", () => {
    const layout = layoutOf(sheet("Budget", rows("A1", [["Verwaltungshaushalt", num(9_994_076)], ["kommunaler Anteil (15,2 %)", num(1_606_442)]])));
    const r = proposeMapping(usedCells(layout));
    expect(r.proposals.find((p) => p.name === "BUD_VH_KFA")).toMatchObject({ confidence: "high", ref: "Budget!$B$2" });
    expect(r.proposals.find((p) => p.name === "PER_Anteil_Kommune")).toBeUndefined();
  });

  it("a change typed as its own row ('Veränderung IQ ggü. VJ in %') is the change", () => {
    const layout = layoutOf(sheet("Ziele", rows("A1", [["IQ Ziel 2024", pct(0.16)], ["Veränderung IQ ggü. VJ in %", -2.5], ["Veränderung IQ Frauen ggü. VJ", pct(-0.008)]])));
    const r = proposeMapping(usedCells(layout));
    const by = new Map(r.proposals.map((p) => [p.name, p]));
    expect(by.get("ZIE_IQ")).toMatchObject({ ref: "Ziele!$B$1" });
    expect(by.get("ZIE_IQ_Veraenderung")).toMatchObject({ confidence: "high", ref: "Ziele!$B$2", noteId: "prozent-einheit" });
    expect(by.get("ZIE_IQ_Frauen_Veraenderung")).toMatchObject({ confidence: "high", ref: "Ziele!$B$3" });
  });
});

describe("label years", () => {
  const budget = (label: string) =>
    layoutOf(sheet("Budget", rows("A1", [["Eingliederungsbudget", num(3e6)], [label, num(1.7e6)]])), sheet("Förderung", rows("A1", [[null, "Ist 2024", "Plan 2025"]])));

  it("'Vorbindungen aus 2024' is the Vorbindungen of the planning year 2025", () => {
    expect(proposal(budget("Vorbindungen aus 2024"), "BUD_EB_Vorbindungen")).toMatchObject({ confidence: "high" });
  });

  it("'Eingliederungsbudget 2024' when planning 2025 is only low", () => {
    const layout = layoutOf(sheet("Budget", rows("A1", [["Eingliederungsbudget 2024", num(3e6)]])), sheet("Förderung", rows("A1", [[null, "Ist 2024", "Plan 2025"]])));
    expect(proposal(layout, "BUD_EB_Gesamt")).toMatchObject({ confidence: "low", reasonId: "jahr", reason: expect.stringContaining("nennt das Vorjahr") });
  });
});

describe("units and weak labels", () => {
  it("an amount typed in thousands ('in T€') is low; euros only shown in thousands (format #,##0,) are euros", () => {
    const t = layoutOf(sheet("Budget", rows("A1", [["Verwaltungshaushalt (T€)", num(9994)]])));
    expect(proposal(t, "BUD_VH_Gesamt")).toMatchObject({ confidence: "low", reasonId: "typ" });
    // The scaling comma divides only the display: the cell holds 9.994.076 €, the amount the contract expects.
    const f = layoutOf(sheet("Budget", rows("A1", [["Verwaltungshaushalt", num(9_994_076, "#,##0,")]])));
    expect(proposal(f, "BUD_VH_Gesamt")).toMatchObject({ confidence: "high" });
  });

  it("'Jahr' is the planning year only on a sheet about the key data", () => {
    const other = layoutOf(sheet("Tabelle2", rows("A1", [["Jahr", num(2024, "0")]])));
    expect(proposal(other, "AIP_Planjahr")).toMatchObject({ confidence: "low", reasonId: "kontext" });
    const eck = layoutOf(sheet("Eckdaten", rows("A1", [["Jahr", num(2024, "0")]])));
    expect(proposal(eck, "AIP_Planjahr")).toMatchObject({ confidence: "high" });
  });
});

describe("the filler-word variants (Anzahl, gesamt, Jahresdurchschnitt, inkl. BEZ) are low on a second occurrence", () => {
  it.each([
    ["KUN_ELB", "Kunden", "eLb gesamt", num(4560)],
    ["KUN_ELB", "Kunden", "Anzahl eLb", num(4560)],
    ["KUN_ELB", "Kunden", "eLb Jahresdurchschnitt", num(4560)],
    ["KUN_ELB", "Kunden", "Anzahl eLb (Durchschnitt)", num(4560)],
    ["BUD_EB_Gesamt", "Haushalt", "Eingliederungstitel (EGT) inkl. BEZ", num(3_000_000)],
    ["BUD_EB_Gesamt", "Haushalt", "EGT inkl. BEZ", num(3_000_000)],
  ] as const)("%s on sheet %s: „%s“", (name, sheetName, label, value) => {
    const one = sheet(sheetName, rows("A1", [["Kennzahl", "Plan 2024"], [label, value]]));
    expect(proposal(layoutOf(one), name)).toMatchObject({ confidence: "high", ref: `${sheetName}!$B$2` });
    const two = proposal(layoutOf(one, { ...one, name: `${sheetName} (2)` }), name);
    expect(two).toMatchObject({ confidence: "low", reasonId: "mehrdeutig" });
  });
});
