// The causes behind held-out set 25's misses (test/fixtures/heldOut25.ts), each tested with wordings the tester did
// not write and with near misses that must not become sicher.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { matchLabel } from "../../src/core/mapper/matchLabel";
import { fold } from "../../src/core/mapper/normalize";
import { f, num, pct, rows, usedCells, vz, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2025): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);
const ids = (label: string) => matchLabel(label).standalone.map((s) => s.id);

describe("a Förderung table with a group heading over Ist and Plan reaches to the upper row's last column", () => {
  const foe = (upper: Array<string | null>, merged: string[]) => ({
    name: "Maßnahmen",
    cells: rows("A1", [
      upper,
      [null, "Ist 2024", "Plan 2025"],
      ["FbW", num(100), num(120), "mehr Umschulungen"],
      ["EGZ", num(50), num(40)],
      ["AGH", num(80), num(90)],
      ["Summe", f("B3+B4+B5", 230), f("C3+C4+C5", 250)],
    ]),
    merged,
  });

  it.each([
    [["Instrument", "Eintritte", null, "Erläuterung"], ["B1:C1"]],
    [["Förderinstrument", "Zugänge in Maßnahmen", null, "Bemerkung"], ["B1:C1"]],
  ])("upper row %j: the remark column belongs to the table", (upper, merged) => {
    expect(high(map([foe(upper, merged)]), "FOE_Tabelle")).toBe("Maßnahmen!$A$2:$D$6");
  });

  it("without a group heading above, the table ends at its own head's last column", () => {
    const sheet = foe(["Förderung 2025"], []);
    expect(map([sheet]).get("FOE_Tabelle")?.ref).toBe("Maßnahmen!$A$2:$C$6");
  });
});

describe("a customer stock dated by months: the latest month is the current figure", () => {
  it.each([
    ["Stand Juni 2024", "Stand Juni 2023"],
    ["aktuell (Dez. 2024)", "Vorjahreswert (Dez. 2023)"],
  ])("„%s | %s“: the first column is KUN_ELB", (cur, prev) => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Merkmal", cur, prev], ["eLb", num(5000), num(5200)], ["Anteil LZB", pct(0.6), pct(0.62)]]) }]);
    expect(high(by, "KUN_ELB")).toBe("Kunden!$B$2");
    expect(high(by, "KUN_Anteil_LZB")).toBe("Kunden!$B$3");
    expect(high(by, "KUN_Anteil_LZB_VJ")).toBe("Kunden!$C$3");
  });

  it("a monthly column beside the year's value still yields to the year", () => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Merkmal", "Jahresdurchschnitt 2024", "Sep. 2024"], ["eLb", num(5000), num(5100)]]) }]);
    expect(by.get("KUN_ELB")?.ref).toBe("Kunden!$B$2");
  });
});

describe("a month span with two-digit years is a period of those years", () => {
  it.each([
    ["eLb Durchschnitt Jan 24–Dez 24", "elb durchschnitt jan 2024 dez 2024"],
    ["Integrationen Nov. 23 – Okt. 24", "integrationen nov 2023 okt 2024"],
    ["eLb JD Feb 24 bis Jan 25", "elb jd feb 2024 jan 2025"],
  ])("„%s“ folds to „%s“", (label, folded) => {
    expect(fold(label)).toBe(folded);
  });

  it("two-digit numbers that are no month span stay", () => {
    expect(fold("Zugänge 12 bis 24")).toBe("zugaenge 12 bis 24");
    expect(fold("Sep 24")).toBe("sep 24");
  });

  it("a label with such a span is read as the previous year's figure", () => {
    expect(ids("eLb Jahresdurchschnitt Jan 24–Dez 24")).toContain("elb-ziele");
    const by = map([{ name: "Ziele", cells: rows("A1", [["Zielwerte"], ["Integrationen Okt 23–Sep 24", num(900)], ["eLb Jahresdurchschnitt Okt 23–Sep 24", num(6000)]]) }]);
    expect(high(by, "ZIE_ELB_VJ")).toBe("Ziele!$B$3");
  });
});

describe("an outline number before the label is no running number", () => {
  it.each(["2.1 Verwaltungskosten insgesamt", "II.3 a) Bundesmittel lt. EinglMV", "b) Neubewilligungen"])("„%s“ names its figure in a budget table", (label) => {
    expect(ids(label).length).toBeGreaterThan(0);
  });

  it("a numbered budget table with Plan and Ist columns is no Förderung table", () => {
    const by = map([
      {
        name: "Finanzen",
        cells: rows("A1", [
          ["Position", "Plan 2025", "Ist 2024"],
          ["3.1 Verwaltungshaushalt gesamt", num(9_000_000), num(8_800_000)],
          ["3.1 a) Bundesmittel (EinglMV)", num(6_000_000), num(5_900_000)],
          ["3.1 b) Umschichtung aus dem EGT", num(1_500_000), num(1_400_000)],
          ["3.1 c) kommunaler Finanzierungsanteil", num(1_500_000), num(1_500_000)],
          ["3.2 Eingliederungsbudget", num(4_000_000), num(3_900_000)],
        ]),
      },
    ]);
    expect(high(by, "BUD_VH_Gesamt")).toBe("Finanzen!$B$2");
    expect(high(by, "BUD_VH_EinglMV")).toBe("Finanzen!$B$3");
    expect(high(by, "BUD_EB_Gesamt")).toBe("Finanzen!$B$6");
    expect(by.get("FOE_Tabelle")).toBeUndefined();
  });

  it("household sizes keep their count: „2 Personen“ is no outline number", () => {
    expect(fold("2 Personen")).toBe("2 personen");
    const by = map([{ name: "Kunden", cells: rows("A1", [["BG nach Größe"], ["1 Person", pct(0.5)], ["2 Personen", pct(0.3)], ["3 Personen und mehr", pct(0.2)]]) }]);
    expect(high(by, "KUN_BG_Groesse")).toBe("Kunden!$A$2:$B$4");
  });
});

describe("a typo in a compound's last part", () => {
  it.each([["Eingliederungsbugdet", "eb-gesamt"], ["Verwaltungshaushlat", "vh-gesamt"]])("„%s“ reads as %s", (label, id) => {
    expect(ids(label)).toEqual([id]);
  });

  it("a tail two edits away stays unknown", () => {
    expect(ids("Eingliederungsbdugte")).toEqual([]);
  });
});

describe("a lettered area list with a unit column between area and value is not a sure two-column table", () => {
  const staff = (withUnit: boolean) => ({
    name: "Personal",
    cells: rows("A1", [
      ["Personal nach Bereichen (VZÄ)"],
      ...[
        ["a) Markt und Integration", vz(10)],
        ["b) Leistung", vz(8)],
        ["c) Sonstiges operatives Personal", vz(3)],
        ["d) Sonstiges administratives Personal", vz(1)],
        ["e) Weitere Bereiche", vz(2)],
      ].map(([label, v]) => (withUnit ? [label, "VZÄ", v] : [label, v])),
    ]),
  });

  it("with the unit column: proposed, but low", () => {
    const p = map([staff(true)]).get("PER_VZAE_Bereiche");
    expect(p?.confidence).toBe("low");
  });

  it("area beside value: sicher", () => {
    expect(high(map([staff(false)]), "PER_VZAE_Bereiche")).toBe("Personal!$A$2:$B$6");
  });
});

describe("an abbreviated count unit between label and value", () => {
  it.each(["Anz.", "Stk."])("„%s“ does not hide the value", (unit) => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Zielplanung 2025"], ["Integrationen 2024", unit, num(900)]]) }]);
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("Ziele!$C$2");
  });
});


describe("numbered group titles inside a numbered table keep the header", () => {
  const sheet = (secondTitle: Array<string | null>) => ({
    name: "Haushalt",
    cells: rows("A1", [
      ["Nr.", "Position", "Einheit", "Ist 2024", "Plan 2025"],
      ["A", "Verwaltung"],
      ["A.1", "Verwaltungshaushalt gesamt", "EUR", num(9_000_000), num(9_500_000)],
      ["A.2", "davon Bundesmittel (EinglMV)", "EUR", num(7_000_000), num(7_500_000)],
      [],
      secondTitle,
      ["B.1", "Eingliederungsbudget (nach Umschichtung)", "EUR", num(4_000_000), num(4_200_000)],
      ["B.2", "Vorbindungen aus dem Vorjahr", "EUR", num(1_500_000), num(1_600_000)],
    ]),
  });

  it("„B | Eingliederung“ after a blank row: the plan column is still the plan", () => {
    const by = map([sheet(["B", "Eingliederung"])]);
    expect(high(by, "BUD_EB_Gesamt")).toBe("Haushalt!$E$7");
    expect(high(by, "BUD_EB_Vorbindungen")).toBe("Haushalt!$E$8");
  });

  it("a numbered heading names the staff table: „3.2 Organisationseinheit“", () => {
    const by = map([
      {
        name: "Personal",
        cells: rows("A1", [
          ["3.2 Organisationseinheit", "VZÄ"],
          ["a) Markt und Integration", vz(10)],
          ["b) Leistung", vz(8)],
          ["c) Sonstiges operatives Personal (Service)", vz(3)],
          ["d) Sonstiges administratives Personal", vz(1)],
          ["e) Weitere Bereiche", vz(2)],
        ]),
      },
    ]);
    expect(high(by, "PER_VZAE_Bereiche")).toBe("Personal!$A$2:$B$6");
  });
});

describe("a long-format export: Period and Version columns give each row its year", () => {
  it("period and version left of the measure: the plan row is the figure, actual and forecast rows are no rivals", () => {
    const by = map([
      {
        name: "Budget",
        cells: rows("A1", [
          ["Jahr", "Szenario", "Kennzahl", "Betrag"],
          [num(2025, "0"), "Plan", "Verwaltungshaushalt", num(5_000_000)],
          [num(2025, "0"), "Plan", "Eingliederungsbudget", num(2_000_000)],
          [num(2024, "0"), "Ist", "Verwaltungshaushalt", num(4_900_000)],
          [num(2025, "0"), "Forecast", "Eingliederungsbudget", num(1_950_000)],
        ]),
      },
    ]);
    expect(high(by, "BUD_VH_Gesamt")).toBe("Budget!$D$2");
    expect(high(by, "BUD_EB_Gesamt")).toBe("Budget!$D$3");
  });

  it("period and version right of the label, gender in English column heads, a change row of the plan", () => {
    const by = map([
      {
        name: "KPI",
        cells: rows("A1", [
          ["Measure", "Year", "Version", "Total", "Women", "Men"],
          ["Integration rate", num(2025, "0"), "Plan", pct(0.2), pct(0.18), pct(0.22)],
          ["Integration rate change vs. PY", num(2025, "0"), "Plan", pct(0.01), pct(0.02), pct(0.0)],
          ["Integration rate", num(2024, "0"), "Actual", pct(0.19), pct(0.17), pct(0.21)],
          ["Integration rate change vs. PY", num(2024, "0"), "Actual", pct(0.03), pct(0.02), pct(0.04)],
        ]),
      },
    ]);
    expect(high(by, "ZIE_IQ")).toBe("KPI!$D$2");
    expect(high(by, "ZIE_IQ_Frauen")).toBe("KPI!$E$2");
    expect(high(by, "ZIE_IQ_Maenner")).toBe("KPI!$F$2");
    expect(high(by, "ZIE_IQ_Veraenderung")).toBe("KPI!$D$3");
    expect(high(by, "ZIE_IQ_VJ")).toBe("KPI!$D$4");
    expect(high(by, "ZIE_IQ_Frauen_VJ")).toBe("KPI!$E$4");
  });

  it("without a Version column the year column alone does not decide", () => {
    const by = map([{ name: "KPI", cells: rows("A1", [["Measure", "Year", "Note", "Total"], ["Integration rate", num(2025, "0"), "vorläufig", pct(0.2)], ["Integration rate", num(2024, "0"), "final", pct(0.19)]]) }]);
    expect(high(by, "ZIE_IQ")).toBeUndefined();
  });
});

describe("a key-value table with Bereich and Einheit columns", () => {
  const kv = (unitHead: string) => ({
    name: "Daten",
    cells: rows("A1", [
      ["Nr", "Bereich", "Kennzahl", unitHead, "Wert", "Vorjahr"],
      ["1", "Allgemein", "Planjahr", "Jahr", num(2025, "0")],
      ["2", "Haushalt", "Verwaltungshaushalt", "EUR", num(5_000_000), num(4_800_000)],
      ["3", "Haushalt", "Eingliederungsbudget", "EUR", num(2_000_000), num(2_100_000)],
      ["4", "Personal", "Beschäftigte", "Köpfe", num(80), num(78)],
    ]),
  });

  it.each(["Einheit", "Unit"])("under „%s“ the unit words are neither labels nor the end of the values; „Bereich“ heads no staff table", (head) => {
    const by = map([kv(head)]);
    expect(high(by, "BUD_VH_Gesamt")).toBe("Daten!$E$3");
    expect(high(by, "BUD_EB_Gesamt")).toBe("Daten!$E$4");
    expect(by.get("PER_VZAE_Bereiche")).toBeUndefined();
  });

  it("a text column without a unit head still ends the values", () => {
    const by = map([{ name: "Daten", cells: rows("A1", [["Kennzahl", "Hinweis", "Wert"], ["Verwaltungshaushalt", "siehe Anlage", num(5_000_000)]]) }]);
    expect(high(by, "BUD_VH_Gesamt")).toBeUndefined();
  });
});
