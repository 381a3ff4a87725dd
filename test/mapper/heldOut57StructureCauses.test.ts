// The causes held-out set 57 (and set 50) showed, each tested with wordings and layouts the tester did not write
// and near misses that must stay non-high:
// (a) a Finanzplan with section-lettered outline numbers ("A.1", "B.2.3") before the label and the planning year's
//     column among the Ansatz and Finanzplanung years: the numbers are codes, no Förderung table's instruments, and
//     a "davon" part is read by its own words when its parent's widen its reading;
// (b) the budget as a matrix "EGT | VWT | Summe" over stage rows (Zuteilung, Umschichtung, verfügbar, bindings, new
//     grants): every stage row's EGT cell is read, the head row is no row of figure heads, and the VH's federal part
//     after the move is no rival to the allotted VWT;
// (c) money for the staff ("Personalkosten", "Personalkosten je VZÄ") is no head count and no VZÄ figure, so the
//     staff table's total row gives them; a table of cost types is no Förderung table, and the parts of the KdU
//     ("davon kommunaler Anteil") are no part of the Verwaltungshaushalt;
// (d) the ministry sending the allocation letter ("Zuteilungsschreiben BMAS vom") names no figure: the label dates
//     the allocation;
// (e) a staff noun's total in a VZÄ column ("Beschäftigte gesamt" under "Köpfe | VZÄ") is the staff's VZÄ when the
//     area table's total row restates its number; another number leaves the area total, no area table leaves doubt.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { isCodeText } from "../../src/core/mapper/normalize";
import { matchLabel } from "../../src/core/mapper/matchLabel";
import { date, f, num, rows, usedCells, vz, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2026): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("(a) a Finanzplan with section-lettered outline numbers", () => {
  it.each([
    ["A.1", true],
    ["B.2.3", true],
    ["C.10.1.", true],
    ["E1.2", true],
    ["A", false],
    ["FbW", false],
    ["Abschnitt A.1", false],
  ])("%s is a code: %s", (text, code) => {
    expect(isCodeText(text)).toBe(code);
  });

  /** A Haushaltsplan in other words: "Soll 2025 | Haushaltsansatz 2026 | Plan 2027", sections C and D. */
  function haushaltsplan(heads: string[]) {
    return {
      name: "Haushaltsplan",
      cells: rows("A1", [
        ["Haushaltsplanung Jobcenter (in Euro)"],
        [],
        ["Lfd. Nr.", "Haushaltsposition", ...heads, "Erläuterung"],
        ["C", "Eingliederung"],
        ["C.1", "Eingliederungsmittel EGT (Zuteilung)", num(6_100_000), num(6_300_000), num(6_350_000)],
        ["C.2", "Umschichtung zugunsten Verwaltung", num(-1_500_000), num(-1_600_000), num(-1_600_000)],
        ["C.3", "Eingliederungsbudget einschl. BEZ", num(4_600_000), f("D5+D6", 4_700_000), num(4_750_000)],
        ["C.3.1", "Vorbindungen", num(2_000_000), num(2_100_000), null],
        ["C.3.2", "Neubewilligungen", num(2_600_000), num(2_600_000), null],
        ["D", "Verwaltung"],
        ["D.1", "Verwaltungshaushalt insgesamt", num(9_800_000), num(10_100_000), num(10_300_000)],
        ["D.1.1", "darunter Bundesmittel gem. EinglMV", num(6_600_000), num(6_800_000), num(6_900_000)],
        ["D.1.2", "darunter kommunaler Finanzierungsanteil", num(1_500_000), num(1_535_000), num(1_560_000)],
      ]),
    };
  }

  it("reads each numbered row's figure from the planning year's column", () => {
    const by = map([haushaltsplan(["Soll 2025", "Haushaltsansatz 2026", "Plan 2027"])]);
    expect(high(by, "BUD_EGT_Zuteilung")).toBe("Haushaltsplan!$D$5");
    expect(high(by, "BUD_EB_Gesamt")).toBe("Haushaltsplan!$D$7");
    expect(high(by, "BUD_EB_Vorbindungen")).toBe("Haushaltsplan!$D$8");
    expect(high(by, "BUD_EB_Neubewilligungen")).toBe("Haushaltsplan!$D$9");
    expect(high(by, "BUD_VH_Gesamt")).toBe("Haushaltsplan!$D$11");
    expect(high(by, "BUD_VH_EinglMV")).toBe("Haushaltsplan!$D$12");
    expect(high(by, "BUD_VH_KFA")).toBe("Haushaltsplan!$D$13");
    expect(by.get("FOE_Tabelle")).toBeUndefined();
  });

  it("near miss: without the planning year's column no budget figure is sure", () => {
    const by = map([haushaltsplan(["Soll 2024", "Soll 2025", "Plan 2027"])]);
    for (const name of ["BUD_EGT_Zuteilung", "BUD_EB_Gesamt", "BUD_VH_Gesamt", "BUD_VH_EinglMV"]) expect(high(by, name)).toBeUndefined();
  });

  it("near miss: a Förderung table numbered by section letters keeps its instruments as labels", () => {
    const by = map([
      {
        name: "Förderung",
        cells: rows("A1", [
          ["Nr.", "Maßnahme", "Ist 2025", "Plan 2026"],
          ["A.1", "Förderung beruflicher Weiterbildung", num(80), num(85)],
          ["A.2", "Eingliederungszuschüsse", num(60), num(62)],
          ["A.3", "Arbeitsgelegenheiten", num(120), num(110)],
          [null, "Summe", f("SUM(C2:C4)", 260), f("SUM(D2:D4)", 257)],
        ]),
      },
    ]);
    expect(high(by, "FOE_Tabelle")).toBe("Förderung!$B$1:$D$5");
  });
});

// (b) the budget as a matrix "EGT | VWT | Summe" over stage rows: besides the allocation and the move, the EGT after
//     the move is the Eingliederungsbudget and the rows of its bindings and new grants are its parts; the head row
//     is no row of figure heads; the VH's federal part after the move (allocation + move) is no rival to the
//     allotted VWT.
describe("(b) the budget matrix with titles as column heads", () => {
  function matrix(move: { egt: number; vwt: number }, federalLabel: string, federalValue: number) {
    return {
      name: "Budget",
      cells: rows("A1", [
        ["Budgetübersicht 2026"],
        [],
        ["Beträge in Euro", "Eingliederungstitel", "Verwaltungskostentitel", "gesamt"],
        ["Mittelzuweisung 2026", num(4_000_000), num(7_000_000), f("B4+C4", 11_000_000)],
        ["Umschichtung EGT → VWT", num(move.egt), num(move.vwt), f("B5+C5", move.egt + move.vwt)],
        ["verfügbares Budget", f("B4+B5", 4_000_000 + move.egt), f("C4+C5", 7_000_000 + move.vwt), f("B6+C6", 11_000_000)],
        ["Bindungen aus Vorjahren", num(1_300_000), num(250_000), f("B7+C7", 1_550_000)],
        ["für Neubewilligungen verfügbar", f("B6-B7", 4_000_000 + move.egt - 1_300_000), f("C6-C7", 7_000_000 + move.vwt - 250_000), null],
        [],
        ["Verwaltungsbudget", null, "VWT"],
        [federalLabel, null, num(federalValue)],
        ["kommunaler Finanzierungsanteil", null, num(1_400_000)],
        ["Verwaltungshaushalt insgesamt", null, num(9_400_000)],
      ]),
    };
  }

  it("reads every stage row's EGT cell, the allocation as VWT and the VH total below", () => {
    const by = map([matrix({ egt: -1_000_000, vwt: 1_000_000 }, "Bundesmittel Verwaltung (verfügbar)", 8_000_000)]);
    expect(high(by, "BUD_EGT_Zuteilung")).toBe("Budget!$B$4");
    expect(high(by, "BUD_VWT_Zuteilung")).toBe("Budget!$C$4");
    expect(high(by, "BUD_VH_EinglMV")).toBe("Budget!$C$4");
    expect(high(by, "BUD_VH_Umschichtung")).toBe("Budget!$C$5");
    expect(high(by, "BUD_EB_Gesamt")).toBe("Budget!$B$6");
    expect(high(by, "BUD_EB_Vorbindungen")).toBe("Budget!$B$7");
    expect(high(by, "BUD_EB_Neubewilligungen")).toBe("Budget!$B$8");
    expect(high(by, "BUD_VH_Gesamt")).toBe("Budget!$C$13");
  });

  it("near miss: a federal part that is not the allocation plus the move stays a rival", () => {
    const by = map([matrix({ egt: -1_000_000, vwt: 1_000_000 }, "Bundesmittel Verwaltung", 7_200_000)]);
    expect(high(by, "BUD_VH_EinglMV")).toBeUndefined();
  });

  it("near miss: a move whose cells do not cancel is no matrix read as such", () => {
    const by = map([matrix({ egt: -1_000_000, vwt: 900_000 }, "Bundesmittel Verwaltung (verfügbar)", 7_900_000)]);
    for (const name of ["BUD_EGT_Zuteilung", "BUD_EB_Gesamt", "BUD_EB_Vorbindungen", "BUD_EB_Neubewilligungen", "BUD_VWT_Zuteilung"]) expect(high(by, name)).toBeUndefined();
  });
});

describe("(c) money for the staff is no staff figure", () => {
  const names = (label: string) => matchLabel(label).standalone.flatMap((spec) => Object.values(spec.names));
  it.each(["Personalkosten", "Personalmittel 2026", "Personalkosten je Vollzeitäquivalent", "Personalkostenbudget (T€)"])("%s names no staff figure", (label) => {
    expect(names(label).filter((n) => n?.startsWith("PER_"))).toEqual([]);
  });
  it.each([
    ["Personalbestand", "PER_Beschaeftigte"],
    ["Anzahl Mitarbeiter", "PER_Beschaeftigte"],
    ["Beschäftigte im Haushaltsjahr", "PER_Beschaeftigte"],
    ["Stellen in VZÄ", "PER_VZAE_Gesamt"],
    ["Personal gesamt (VZÄ)", "PER_VZAE_Gesamt"],
  ])("near miss: %s still names %s", (label, name) => {
    expect(names(label)).toContain(name);
  });

  it("the staff table's total row gives the head count and the VZÄ beside a cost row and a cost per VZÄ", () => {
    const by = map([
      {
        name: "Kosten",
        cells: rows("A1", [
          ["Verwaltungsbudget 2026"],
          ["Kostenart", "Ist 2025", "Plan 2026"],
          ["Personalmittel", num(6_100_000), num(6_400_000)],
          ["Sachmittel", num(1_500_000), num(1_550_000)],
          ["Verwaltungshaushalt gesamt", f("B3+B4", 7_600_000), f("C3+C4", 7_950_000)],
        ]),
      },
      {
        name: "Personal",
        cells: rows("A1", [
          ["Personal 2026"],
          ["Personalkosten je Vollzeitäquivalent (€)", num(64_200)],
          [],
          ["Bereich", "Köpfe", "VZÄ"],
          ["Markt und Integration", num(40), vz(36.5)],
          ["Leistungsgewährung", num(35), vz(31)],
          ["Service / Verwaltung", num(12), vz(10.5)],
          ["Gesamt", f("SUM(B5:B7)", 87), f("SUM(C5:C7)", 78, "0.0")],
        ]),
      },
    ]);
    expect(high(by, "PER_Beschaeftigte")).toBe("Personal!$B$8");
    expect(high(by, "PER_VZAE_Gesamt")).toBe("Personal!$C$8");
    expect(high(by, "BUD_VH_Gesamt")).toBe("Kosten!$C$5");
    expect(by.get("FOE_Tabelle")).toBeUndefined();
  });

  it("the KdU's municipal part is no KFA; the Verwaltungshaushalt's is", () => {
    const kdu = {
      name: "Kommunales",
      cells: rows("A1", [
        ["Leistungen des Kreises"],
        ["Position", "Ist 2025", "Plan 2026"],
        ["Kosten der Unterkunft gesamt", num(18_000_000), num(18_500_000)],
        ["davon Bundesbeteiligung", num(11_700_000), num(12_000_000)],
        ["davon kommunale Mittel", num(6_300_000), num(6_500_000)],
      ]),
    };
    const vh = {
      name: "Verwaltung",
      cells: rows("A1", [
        ["Verwaltungshaushalt 2026"],
        ["Verwaltungshaushalt gesamt", num(9_000_000)],
        ["davon Bund", num(7_632_000)],
        ["davon kommunaler Finanzierungsanteil", num(1_368_000)],
      ]),
    };
    expect(high(map([kdu, vh]), "BUD_VH_KFA")).toBe("Verwaltung!$B$4");
    expect(high(map([kdu]), "BUD_VH_KFA")).toBeUndefined();
  });
});

describe("(d) the allocation letter's sender names no figure", () => {
  const budget = (label: string, value: ReturnType<typeof num>) => ({
    name: "Budget",
    cells: rows("A1", [
      ["Budget 2026"],
      ["Eingliederungstitel (Zuteilung)", num(5_000_000)],
      [],
      [label, value],
    ]),
  });
  it.each(["Zuweisungsschreiben BMAS vom", "Bescheid des BMAS über die Mittelzuteilung vom", "Mittelzuteilung lt. BMAS-Schreiben vom"])("%s | date is the allocation's date", (label) => {
    expect(high(map([budget(label, date(46001))]), "BUD_Zuteilung_Stand")).toBe("Budget!$B$4");
  });
  it("near miss: an amount beside it is no date of the allocation", () => {
    expect(high(map([budget("Zuweisungsschreiben BMAS vom", num(5_000_000))]), "BUD_Zuteilung_Stand")).toBeUndefined();
  });
  it("near miss: the ministry alone names nothing", () => {
    expect(matchLabel("BMAS").standalone).toEqual([]);
  });
});

describe("(e) a staff noun's total under a VZÄ head, restated by the area table", () => {
  const AREAS = ["Markt und Integration", "Leistung", "Eingangszone", "Verwaltung / Service"];
  const sheet = (label: string, vzae: number, withAreas = true) => ({
    name: "Personal",
    cells: rows("A1", [
      ["Personal 2026"],
      ["Merkmal", "Köpfe", "VZÄ"],
      [label, num(130), vz(vzae)],
      ["davon BA", num(90), vz(80)],
      ["davon Kommune", num(40), vz(vzae - 80)],
      ...(withAreas
        ? [[], ["VZÄ nach Bereichen", "VZÄ"], ...AREAS.map((a, i) => [a, vz(40 - 10 * i)]), ["Summe", f("SUM(B8:B11)", 100, "0.0")]]
        : []),
    ]),
  });
  it.each(["Mitarbeiter insgesamt", "Beschäftigte gesamt", "Personal (Beschäftigte) gesamt"])("%s: the same number makes the labelled total sure", (label) => {
    expect(high(map([sheet(label, 100)]), "PER_VZAE_Gesamt")).toBe("Personal!$C$3");
  });
  it("near miss: another number leaves the area table's total", () => {
    expect(high(map([sheet("Mitarbeiter insgesamt", 104)]), "PER_VZAE_Gesamt")).toBe("Personal!$B$12");
  });
  it("near miss: without an area table the labelled total stays doubtful", () => {
    const by = map([sheet("Mitarbeiter insgesamt", 100, false)]);
    expect(high(by, "PER_VZAE_Gesamt")).toBeUndefined();
    expect(by.get("PER_VZAE_Gesamt")?.ref).toBe("Personal!$C$3");
  });
  it("near miss: a label naming the head count by its unit is never the VZÄ", () => {
    expect(high(map([sheet("Anzahl Beschäftigte", 100)]), "PER_VZAE_Gesamt")).not.toBe("Personal!$C$3");
  });
});
