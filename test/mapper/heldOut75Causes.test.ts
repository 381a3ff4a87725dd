// The causes behind the 75th held-out set's misses (test/fixtures/heldOut75.ts), each tested with wordings the
// tester did not write and near misses that must stay non-high:
// 1. a footnote or remark row right under the Förderung table ends it (./findFoe.ts, ./remark.ts);
// 2. a control column recomputing the stated values is no rival of them (./controlColumn.ts);
// 3. an excerpt of the programme itself ("AIP 2028 – Auszug für die Bereichsleitung") is the Jobcenter's own
//    sheet, no copy of a report (./reportCopies.ts);
// 4. "Stand Auszug", "Stand des Auszugs": the date of the paper, the programme's Stand (./vocabulary.ts, concept dokument);
// 5. "abzüglich Umschichtung in den Verwaltungshaushalt" with a positive amount: the move itself (./deductedMove.ts);
// 6. a column the kommunaler Träger added ("Landkreis: Ansatz Kreishaushalt 2026") is no rival (./otherPartyColumn.ts);
// 7. "davon gestellt vom Landkreis Weimarer Land": the place's proper name is no word of the figure (./placeName.ts).
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { date, f, num, pct, rows, usedCells, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear: number | null = 2027): Map<string, Proposal> {
  const all = planYear === null ? sheets : [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("1. a footnote row under the Förderung table ends it", () => {
  const foe = (footnote: string) =>
    map([
      {
        name: "Förderung",
        cells: rows("A1", [
          ["Förderung: Eintritte nach Instrumenten"],
          [],
          ["Instrument", "Ist 2026*", "Plan 2027", "Erläuterung"],
          ["Eintritte insgesamt", num(230), num(214)],
          ["Förderung der beruflichen Weiterbildung", num(44), num(40)],
          ["Aktivierung und berufliche Eingliederung (§ 45)", num(120), num(110)],
          ["Eingliederungszuschüsse", num(30), num(32), "mehr Ältere"],
          ["Arbeitsgelegenheiten", num(36), num(32)],
          [footnote],
        ]),
      },
    ]);
  it.each([
    "* Ist 2026 vorläufig, Datenstand Januar 2027",
    "¹ vorläufige Werte",
    "Anm.: Ist-Werte vorläufig",
    "Hinweis: Werte des Vorjahres vorläufig",
    "Die Ist-Werte des Jahres 2026 sind vorläufig und werden im Februar aktualisiert.",
  ])("„%s“ stays outside the table", (footnote) => {
    const p = foe(footnote).get("FOE_Tabelle");
    expect(p?.ref).toBe("Förderung!$A$3:$D$8");
    expect(p?.confidence).toBe("high");
  });
  it("an instrument row without figures is no footnote (the table keeps it)", () => {
    expect(foe("Freie Förderung").get("FOE_Tabelle")?.ref).toBe("Förderung!$A$3:$D$9");
  });
});

describe("2. a control column beside the stated change is no rival", () => {
  const targets = (controlHead: string) =>
    map([
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Ziele 2027"],
          [],
          ["Kennzahl", "Ist 2025", "vorl. Ist 2026", "Ziel 2027", "Veränd. lt. ZV", controlHead],
          ["Integrationsquote", pct(0.16), pct(0.165), pct(0.168), pct(0.018), f("D4/C4-1", 0.168 / 0.165 - 1, "0.00%")],
          ["LZB (JDW)", num(2_611), num(2_580), num(2_540), pct(-0.016), f("D5/C5-1", 2_540 / 2_580 - 1, "0.00%")],
        ]),
      },
    ]);
  it.each(["Kontrolle rechnerisch", "Prüfung", "Gegenprobe (berechnet)", "Check", "Abgleich Veränderung"])("„%s“: target and change sure", (head) => {
    const by = targets(head);
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$D$4");
    expect(high(by, "ZIE_IQ_Veraenderung")).toBe("Ziele!$E$4");
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$D$5");
    expect(high(by, "ZIE_LZB_Veraenderung")).toBe("Ziele!$E$5");
  });
  it("a second column with no control word stays a rival (not sure)", () => {
    expect(high(targets("Veränderung rechnerisch"), "ZIE_IQ_Veraenderung")).toBeUndefined();
  });
});

describe("3. an excerpt of the programme is the Jobcenter's own", () => {
  const cover = (title: string) =>
    map(
      [
        {
          name: "Info",
          cells: rows("A1", [[title], [], ["Dienststelle", "Jobcenter Landkreis Nordhausen"], ["Planjahr", num(2028, "0")], ["Personal M&I 2028 (VZÄ)", num(31.5, "0.0")]]),
        },
      ],
      null,
    );
  it.each(["AIP 2028 – Auszug für die Bereichsleitung Markt und Integration", "Auszug aus dem Arbeitsmarkt- und Integrationsprogramm 2028"])("„%s“", (title) => {
    const by = cover(title);
    expect(high(by, "AIP_Jobcenter")).toBe("Info!$B$3");
    expect(high(by, "AIP_Planjahr")).toBe("Info!$B$4");
  });
  it("an excerpt of the Controllingbericht stays someone else's (not sure)", () => {
    expect(high(cover("Auszug aus dem Controllingbericht September 2027"), "AIP_Planjahr")).toBeUndefined();
  });
});

describe("4. the date of an extract or export is the programme's Stand", () => {
  const cover = (label: string) =>
    map([{ name: "Info", cells: rows("A1", [["AIP 2028"], [], ["Dienststelle", "Jobcenter X"], ["Planjahr", num(2028, "0")], [label, date(46_711)]]) }], null);
  it.each(["Stand Auszug", "Stand des Auszugs", "Datum Auszug"])("„%s“", (label) => {
    expect(high(cover(label), "AIP_Stand")).toBe("Info!$B$5");
  });
  it("a date of another figure stays no Stand of the programme", () => {
    expect(high(cover("Stand Zuteilung"), "AIP_Stand")).toBeUndefined();
  });
});

describe("5. a deduction word before the move names the move", () => {
  const EUR = "#,##0 €";
  const budget = (label: string, amount = 900_000) =>
    map([
      {
        name: "EGT 2028",
        cells: rows("A1", [
          ["Eingliederungsbudget 2028"],
          [],
          ["Position", "Betrag €", "Bemerkung"],
          ["Zuteilung Eingliederungstitel 2028 (vorläufig)", num(3_980_000, EUR)],
          [label, num(amount, EUR), "Vorschlag GF"],
          ["verfügbares Eingliederungsbudget", f("B4-B5", 3_980_000 - amount, EUR)],
        ]),
      },
    ], 2028);
  it.each(["abzüglich Umschichtung in den Verwaltungshaushalt", "abzgl. Umschichtung in die Verwaltungskosten", "./. Umschichtung VWT", "minus der Umschichtung in den VH"])("„%s“", (label) => {
    expect(high(budget(label), "BUD_VH_Umschichtung")).toBe("'EGT 2028'!$B$5");
  });
  it("a deduction of something else names no move", () => {
    expect(high(budget("abzüglich Ausgabereste"), "BUD_VH_Umschichtung")).toBeUndefined();
  });
});

describe("6. a column another party added is no rival of the Jobcenter's value", () => {
  const EUR = "#,##0 €";
  const book = (head: string, elbHead: string) =>
    map([
      {
        name: "Finanzen",
        cells: rows("A1", [
          ["Position", "SGB II Plan 2026 (JC)", head],
          ["Verwaltungshaushalt gesamt", f("SUM(B3:B5)", 9_400_000, EUR)],
          ["davon Bund lt. EinglMV", num(7_000_000, EUR)],
          ["davon Umschichtung aus EGT", num(900_000, EUR)],
          ["davon kommunaler Finanzierungsanteil", num(1_500_000, EUR), num(1_480_000, EUR)],
        ]),
      },
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Kennzahl", "Ist 2025 (vorl.)", "Ziel 2026", "Veränd. ggü. VJ", elbHead],
          ["eLb (JDW)", num(6_100), num(6_050), null, num(4_310)],
        ]),
      },
    ], 2026);
  it.each([
    ["Landkreis: Ansatz Kreishaushalt 2026", "Landkreis: BG mit KdU (JD 2025)"],
    ["Kreis – Haushaltsansatz 2026", "Kommune: Bedarfsgemeinschaften 2025"],
  ])("„%s“, „%s“", (head, elbHead) => {
    const by = book(head, elbHead);
    expect(high(by, "BUD_VH_KFA")).toBe("Finanzen!$B$5");
    expect(high(by, "ZIE_ELB_VJ")).toBe("Ziele!$B$2");
  });
  it("a bare location head („Landkreis“) is no other party: still two values", () => {
    expect(high(book("Landkreis", "Stadt"), "BUD_VH_KFA")).toBeUndefined();
  });
});

describe("7. a municipality's proper name names no word of the figure", () => {
  const staff = (label: string) =>
    map([
      {
        name: "Personal",
        cells: rows("A1", [
          ["Personal 2027"],
          ["Vollzeitäquivalente (Stellen)", num(89.4, "0.0")],
          ["davon gestellt von der Bundesagentur für Arbeit", pct(0.74, "0%")],
          [label, pct(0.26, "0%")],
        ]),
      },
    ]);
  it.each(["davon gestellt vom Landkreis Weimarer Land", "davon Personal der Stadt Bad Salzungen", "Anteil Landkreis Saale-Holzland"])("„%s“", (label) => {
    expect(high(staff(label), "PER_Anteil_Kommune")).toBe("Personal!$B$4");
  });
  it("a figure's word after the municipality is kept („Landkreis Integrationen“ names no staff share)", () => {
    expect(high(staff("Landkreis Integrationen"), "PER_Anteil_Kommune")).toBeUndefined();
  });
});
