// The causes behind misses left in the released held-out sets ho62-rd-zielvereinbarung, ho50-zielvereinbarung-2025,
// ho72-saetze, ho68-klein and ho27-k-codes, each tested with the fixture's wording, other wordings of the same
// meaning, and near misses that must stay non-high:
// - "Ergänzungsgrößen", "Rechengrundlagen" under the targets' head (after a blank row) are the targets' base
//   quantities: the head still says which column is the previous year's and which the plan's (./basesTitle.ts);
// - "Beispiel Integrationsquote" on a sheet of fill-in hints is an example, no rival (./exampleValues.ts);
// - a form numbered "1 | Jobcenter | | Jobcenter X" over "2 | …" is a list of items, no head row (./headingRow.ts);
// - "AIP / Zielvereinbarung für das Jahr | 2025" names the planning year (./programmeYear.ts);
// - "Prognosewerte 2024 Stand" dates the previous year's values; "Prognosewerte 2025 Stand" in a 2025 programme
//   does not (./vocabulary.ts, ./vjStandYear.ts);
// - "lt. Text" right under the total of a table headed "Eintritte" is FOE_Eintritte_Plan, no row of the table
//   (./textReferenceRow.ts);
// - sentences: "… folgende Jobcenter auf: | Jobcenter X" labels the name (./jobcenterTitle.ts), "keine deutsche
//   Staatsangehörigkeit" are the foreigners (./populationWords.ts), "Wir schichten … um" is the reallocation
//   (./separableVerb.ts), "In 59 % der Bedarfsgemeinschaften lebt eine Person." a household-size row (./bgSizeRows.ts);
// - "Kundenstruktur | | aktuell | Vorjahr" left of the labels names the block's area (./cornerLeftArea.ts).
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { isBasesTitle } from "../../src/core/mapper/basesTitle";
import { isExampleLabel, isHintSheet } from "../../src/core/mapper/exampleValues";
import { date, num, pct, rows, usedCells, type Layout, type LayoutCell } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear: number | null = 2025): Map<string, Proposal> {
  const all = planYear === null ? sheets : [{ name: "Eckdaten", cells: rows("A1", [["Jobcenter", "Jobcenter Musterstadt"], ["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("the targets' base quantities under a title inside the targets' table", () => {
  const targets = (title: string, bases: LayoutCell[][]) => [
    {
      name: "Ziele",
      cells: rows("A1", [
        ["Zielindikator", "Ist 2024", "Zielwert 2025", "Veränderung ggü. VJ"],
        ["Integrationsquote", pct(0.221), pct(0.225), pct(0.018)],
        ["Bestand Langzeitleistungsbezieher (JDW)", num(3_410), num(3_340), pct(-0.021)],
        [],
        [title],
        ...bases,
      ]),
    },
  ];
  it.each(["Ergänzungsgrößen", "Rechengrundlagen", "Berechnungsgrundlagen:", "Ergänzungsgrößen (§ 48a SGB II)", "nachrichtlich: Rechengrundlagen"])("%p over integrations and eLb (two numbers each)", (title) => {
    const by = map(targets(title, [["Integrationen (Summe 12 Monate)", num(1_480), num(1_490)], ["Ø Bestand eLb", num(6_697), num(6_620)]]));
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("Ziele!$B$6");
    expect(high(by, "ZIE_ELB_VJ")).toBe("Ziele!$B$7");
    expect(high(by, "ZIE_ELB")).toBe("Ziele!$C$7");
  });

  it("a row of one number under the previous year's head is that year's", () => {
    const by = map(targets("Rechengrundlagen", [["Summe Integrationen", num(2_108)], ["durchschnittlicher Bestand eLb", num(9_540), num(9_400)]]));
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("Ziele!$B$6");
    expect(high(by, "ZIE_ELB")).toBe("Ziele!$C$7");
  });

  it.each(["Weitere Merkmale", "Kundenstruktur", "Sonstiges"])("near miss: %p still ends the head's reach", (title) => {
    const by = map(targets(title, [["Integrationen", num(1_480), num(1_490)], ["Ø Bestand eLb", num(6_697), num(6_620)]]));
    expect(high(by, "ZIE_ELB")).toBeUndefined();
  });

  it("reads the titles", () => {
    for (const t of ["Ergänzungsgrößen", "Rechengrundlagen", "Berechnungsgrundlage", "Bezugsgrößen", "Ergänzungsgrößen nach § 48a SGB II"]) expect(isBasesTitle(t)).toBe(true);
    for (const t of ["Weitere Merkmale", "Kundenstruktur", "Grundlagen", "Ergänzungsgrößen 2024", "Rechengrundlagen der Kosten je Teilnehmer und der Eintritte"]) expect(isBasesTitle(t)).toBe(false);
  });
});

describe("example values on a form's fill-in hints", () => {
  const zv = (hints: { name: string; label: string }) => [
    { name: hints.name, cells: rows("A1", [["Hinweise zum Ausfüllen"], [], [hints.label, pct(0.245)]]) },
    { name: "ZV 2025", cells: rows("A1", [["Zielindikator", "Ist 2024", "Zielwert 2025"], ["Integrationsquote", pct(0.221), pct(0.226)], ["Bestand LZB", num(5_280), num(5_120)]]) },
  ];
  it.each([
    { name: "Ausfüllhinweise", label: "Beispiel Integrationsquote" },
    { name: "Anleitung", label: "Integrationsquote" },
    { name: "Hinweise", label: "z. B. Integrationsquote" },
    { name: "Tabelle3", label: "Bsp. Integrationsquote" },
    { name: "Erläuterungen", label: "Beispielwert Integrationsquote" },
  ])("%p: no rival to the form's cell", (hints) => {
    expect(high(map(zv(hints)), "ZIE_IQ")).toBe("'ZV 2025'!$C$2");
  });

  it("near miss: an example alone is never sure", () => {
    const by = map([{ name: "Ausfüllhinweise", cells: rows("A1", [["Ist 2024", "Zielwert 2025"], ["Beispiel Integrationsquote", pct(0.2), pct(0.245)]]) }]);
    expect(high(by, "ZIE_IQ")).toBeUndefined();
  });

  it("reads the words", () => {
    for (const t of ["Beispiel LZB-Bestand", "Bsp.: Veränderung", "z.B. Integrationsquote"]) expect(isExampleLabel(t)).toBe(true);
    for (const t of ["Beispielhafte Maßnahmen", "Modellprojekt", "Integrationsquote"]) expect(isExampleLabel(t)).toBe(false);
    for (const s of ["Ausfüllhinweise", "Hinweise zum Ausfüllen", "Anleitung", "Readme"]) expect(isHintSheet(s)).toBe(true);
    for (const s of ["Ziele", "Hinweise Personal 2025 Stellenplan", "Kunden"]) expect(isHintSheet(s)).toBe(false);
  });
});

describe("a numbered form's rows are items, no head row", () => {
  const form = (n1: string, n2: string, name = "Jobcenter Stadt Kaiserslauterbach") => [
    {
      name: "ZV 2025",
      cells: rows("A1", [
        ["Zielvereinbarung 2025"],
        [],
        [n1, "Jobcenter", null, name],
        [n2, "Zielvereinbarungsjahr", null, num(2025, "0")],
        [String(Number(n2) + 1), "Stand", null, date(45714)],
      ]),
    },
  ];
  it.each([["1", "2"], ["1.", "2."], ["7", "8"]])("%p over %p: the name beside „Jobcenter“", (n1, n2) => {
    expect(high(map(form(n1, n2), null), "AIP_Jobcenter")).toBe("'ZV 2025'!$D$3");
  });

  it("near miss: a head row over a table of names stays a head", () => {
    const by = map([{ name: "Liste", cells: rows("A1", [["Nr", "Jobcenter", "Kreis"], ["1", "Jobcenter Nord", "Kreis A"], ["2", "Jobcenter Süd", "Kreis B"]]) }], null);
    expect(high(by, "AIP_Jobcenter")).toBeUndefined();
  });
});

describe("the programme written with its agreement names the planning year", () => {
  const cover = (label: string, values: LayoutCell[]) => [{ name: "Steckbrief", cells: rows("A1", [["Jobcenter", "Jobcenter Stadt Kernheim"], [label, ...values], ["Stand", date(45688)]]) }];
  it.each(["AIP / Zielvereinbarung für das Jahr", "AIP und Zielvereinbarung für das Jahr", "Arbeitsmarkt- und Integrationsprogramm / Zielvereinbarung für das Jahr"])("%p | 2025", (label) => {
    expect(high(map(cover(label, [num(2025, "0")]), null), "AIP_Planjahr")).toBe("Steckbrief!$B$2");
  });
  it.each([
    ["AIP / Zielvereinbarung für das Jahr", [num(2024, "0"), num(2025, "0")]],
    ["AIP / Zielvereinbarung", [num(480)]],
    ["Zielvereinbarung Kosten für das Jahr", [num(2025, "0")]],
  ] as Array<[string, LayoutCell[]]>)("near miss: %p beside %p names no planning year", (label, values) => {
    const by = map(cover(label, values), null);
    expect(by.get("AIP_Planjahr")?.labelCell === "Steckbrief!$A$2" && high(by, "AIP_Planjahr")).toBeFalsy();
  });
});

describe("the date of the forecast's values is the date of the previous year's values", () => {
  const zv = (label: string) => [
    {
      name: "ZV 2025",
      cells: rows("A1", [
        ["Zielindikator", "Ergebnis 2024 (Prognose)", "Zielwert 2025"],
        ["Integrationsquote", pct(0.221), pct(0.225)],
        ["Bestand LZB", num(3_410), num(3_340)],
        [],
        [label, date(45672)],
      ]),
    },
  ];
  it.each(["Prognosewerte 2024 Stand", "Stand der Prognosewerte", "Hochrechnungswerte Stand:", "Stand Prognosewerte 2024", "Datenstand Ist-Werte 15.01.2025"])("%p", (label) => {
    expect(high(map(zv(label)), "ZIE_VJ_Stand")).toBe("'ZV 2025'!$B$5");
  });
  it.each(["Prognosewerte 2025 Stand", "Prognose Kosten Stand", "Stand der Ist-Werte 2025", "Prognosestand 2025", "Stand Vorjahreswerte 2023"])("near miss: %p is no sure ZIE_VJ_Stand", (label) => {
    expect(high(map(zv(label)), "ZIE_VJ_Stand")).toBeUndefined();
  });
});

describe("a bare reference to the text under the Förderung table's total", () => {
  const foe = (corner: string, memo: string, totalLabel = "Summe") => [
    {
      name: "AIP",
      cells: rows("A1", [
        [corner, "Ist 2024", "Plan 2025", "Bem."],
        ["FbW", num(22), num(24)],
        ["EGZ", num(18), num(20)],
        ["AGH", num(40), num(38), "1 Träger weniger"],
        ["§ 16i", num(6), num(5)],
        [totalLabel, num(86), num(87)],
        [memo, null, num(87)],
      ]),
    },
  ];
  it.each(["lt. Text", "laut Text", "lt. AIP-Text", "gem. Textteil"])("„Eintritte“ corner, %p: the planned entries as the text gives them", (memo) => {
    const by = map(foe("Eintritte", memo));
    expect(high(by, "FOE_Eintritte_Plan")).toBe("AIP!$C$7");
    expect(high(by, "FOE_Tabelle")).toBe("AIP!$A$1:$D$6");
  });
  it("near miss: under a corner naming no figure it names nothing", () => {
    expect(high(map(foe("Instrument", "lt. Text")), "FOE_Eintritte_Plan")).toBeUndefined();
  });
  it("near miss: under an instrument row (no total) it names nothing", () => {
    expect(high(map(foe("Eintritte", "lt. Text", "ESG")), "FOE_Eintritte_Plan")).toBeUndefined();
  });
  it("near miss: another remark is no text reference", () => {
    expect(high(map(foe("Eintritte", "lt. Träger")), "FOE_Eintritte_Plan")).toBeUndefined();
  });
});

describe("figures written as sentences", () => {
  const sentences = (lines: LayoutCell[][]) => [{ name: "AIP 2025", cells: rows("A1", [["Unser Programm in Sätzen"], [], ...lines]) }];

  it.each(["Das Programm stellt das folgende Jobcenter auf:", "Für dieses Jobcenter gilt das Programm:", "Name unseres Jobcenters:"])("%p | Jobcenter Nordhausen", (label) => {
    expect(high(map(sentences([[label, "Jobcenter Nordhausen"], ["Es gilt für 2025.", null]]), null), "AIP_Jobcenter")).toBe("'AIP 2025'!$B$3");
  });
  it.each([
    [["Das Programm stellt das folgende Jobcenter auf", "Jobcenter Nordhausen"]],
    [["Unser Jobcenter arbeitet mit:", "Agentur für Arbeit Nordhausen"]],
    [["Das Programm stellt das folgende Jobcenter auf:", "Jobcenter Nordhausen", "Jobcenter Südharz"]],
  ] as LayoutCell[][][])("near miss: %p labels no name", (line) => {
    const by = map(sentences([line]), null);
    expect(by.get("AIP_Jobcenter")?.labelCell === "'AIP 2025'!$A$3" && high(by, "AIP_Jobcenter")).toBeFalsy();
  });

  it.each([
    "Unter den Arbeitslosen im SGB II hatten 2024 27,8 % keine deutsche Staatsangehörigkeit.",
    "Anteil Arbeitslose ohne deutsche Staatsangehörigkeit",
    "Arbeitslose nichtdeutscher Staatsangehörigkeit (Anteil)",
  ])("%p: the foreigners' share", (label) => {
    const by = map(sentences([["5. Unsere Kundinnen und Kunden"], [label, pct(0.278)]]));
    expect(high(by, "KUN_Anteil_Auslaender")).toBe("'AIP 2025'!$B$4");
  });
  it("near miss: the German nationals are no foreigners", () => {
    const by = map(sentences([["5. Unsere Kundinnen und Kunden"], ["Anteil Arbeitslose mit deutscher Staatsangehörigkeit", pct(0.722)]]));
    expect(high(by, "KUN_Anteil_Auslaender")).toBeUndefined();
  });

  it.each([
    "Wir schichten 950.000 € aus dem Eingliederungstitel in den Verwaltungshaushalt um.",
    "Das Jobcenter schichtet aus dem Eingliederungstitel in den Verwaltungstitel um",
  ])("%p: the reallocation", (label) => {
    const by = map(sentences([["1. Unser Geld"], ["Der Verwaltungshaushalt umfasst insgesamt 7.000.000 €.", num(7_000_000, "#,##0 €")], [label, num(950_000, "#,##0 €")]]));
    expect(high(by, "BUD_VH_Umschichtung")).toBe("'AIP 2025'!$B$5");
  });
  it("near miss: a shift without its particle is no reallocation", () => {
    const by = map(sentences([["1. Unser Geld"], ["Der Verwaltungshaushalt umfasst insgesamt 7.000.000 €.", num(7_000_000, "#,##0 €")], ["Wir schichten die Mittel für Schichtdienste", num(950_000, "#,##0 €")]]));
    expect(high(by, "BUD_VH_Umschichtung")).toBeUndefined();
  });
});

describe("household sizes written as sentences", () => {
  const kunden = (lines: string[]) => [
    { name: "AIP 2025", cells: rows("A1", [["5. Unsere Kundinnen und Kunden"], ["2024 bezogen 712 Alleinerziehende Leistungen.", num(712)], ...lines.map((l, i) => [l, pct([0.59, 0.2, 0.21][i], "0%")])]) },
  ];
  it.each([
    [["In 59 % der Bedarfsgemeinschaften lebt eine Person.", "In 20 % der Bedarfsgemeinschaften leben zwei Personen.", "In 21 % der Bedarfsgemeinschaften leben drei oder mehr Personen."]],
    [["In 59 % der BG lebt nur eine Person", "In 20 % der BG leben 2 Personen", "In 21 % der BG leben 3 und mehr Personen"]],
  ])("%p", (lines) => {
    expect(high(map(kunden(lines)), "KUN_BG_Groesse")).toBe("'AIP 2025'!$A$3:$B$5");
  });
  it("near miss: sentences on persons without the households name no table", () => {
    expect(high(map(kunden(["In 59 % der Fälle lebt eine Person allein.", "In 20 % der Fälle leben zwei Personen.", "In 21 % der Fälle leben drei Personen."])), "KUN_BG_Groesse")).toBeUndefined();
  });
});

describe("a block title left of the labels in their head row names the block's area", () => {
  const kz = (title: string) => [
    {
      name: "K-Zahlen",
      cells: rows("A1", [
        ["Steuerungskennzahlen – Planung 2025"],
        [],
        ["Code", "Kennzahl", "Zielwert 2025", "Veränd. ggü. VJ", "Ist 2024"],
        ["K2", "Integrationsquote", pct(0.201), pct(-0.015), pct(0.204)],
        ["K3", "Bestand LZB (JDW)", num(1_852), pct(0.034), num(1_791)],
        [],
        ["", "Integrationen 2024 (Summe Jan–Dez)", null, null, num(612)],
        ["", "eLb 2024 (Ø Dez 2023 – Nov 2024)", null, null, num(3_000)],
        [],
        [title, null, "aktuell", "Vorjahr"],
        ["", "eLb-Bestand (JDW)", num(3_020), num(2_990)],
        ["", "Anteil Ausländer an Alo", pct(0.211), pct(0.18)],
        ["", "Alleinerziehende", num(402), num(417)],
      ]),
    },
  ];
  it.each(["Kundenstruktur", "Kunden", "Struktur der Kunden"])("%p: the customers' eLb, no previous-year target", (title) => {
    const by = map(kz(title));
    expect(high(by, "KUN_ELB")).toBe("'K-Zahlen'!$C$11");
    expect(high(by, "ZIE_ELB_VJ")).toBe("'K-Zahlen'!$E$8");
  });
  it("near miss: a title naming no area lends none", () => {
    expect(high(map(kz("Weitere Angaben")), "KUN_ELB")).toBeUndefined();
  });
});
