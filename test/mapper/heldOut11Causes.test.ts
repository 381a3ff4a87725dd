// The causes behind the eleventh held-out set's misses (test/fixtures/heldOut11.ts), each tested with wordings and
// layouts the tester did not write and near misses that must stay non-high:
// - last year's programme kept beside (or above) this year's: the newest programme is the one planned, the other
//   one never yields a sure proposal, and the planning year is the newest programme's.
// - a count formatted as a count (2.010 eLb) is no year heading a column;
// - short sheet names (Pers, Kd, Geld, Maßn) name their area; NB and AE are Neubewilligungen and Alleinerziehende
//   in their row group;
// - initials joined by &/+ (M&I) are no "M" for Männer, and a VZÄ section holds no shares;
// - "Arbeitslose (SGB II)" is the shares' base, not an extra word;
// - a staff table "Bereich | Köpfe | VZÄ": the VZÄ column is the areas' VZÄ, its total row holds both totals;
// - a date beside a label merged over several columns; a Förderung total row named by its subject;
// - a staff table headed "Organisationsbereich | VZÄ";
// - the Jobcenter's name beside a naming label ("Name", "Träger / Jobcenter"), never in a row of column headings;
// - a VZÄ table in office abbreviations ("VZÄ n. Ber." over "M&I", "LB", "sonst. op.").
import { proposeMapping, type MappingResult, type Proposal } from "../../src/core/mapper";
import { num, pct, rows, usedCells, type Layout, type LayoutCell } from "../fixtures/layouts";

type Sheet = Layout["sheets"][number];

function run(sheets: Sheet[]): { by: Map<string, Proposal>; result: MappingResult } {
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets }));
  return { by: new Map(result.proposals.map((p) => [p.name, p])), result };
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

/** One year's programme as rows: the same labels every year, only the numbers and years differ. */
function programmeRows(year: number, title: string | undefined, withPlanjahr: boolean, k: number): LayoutCell[][] {
  return [
    ...(title ? [[title]] : []),
    ...(withPlanjahr ? [["Planjahr", num(year, "0")]] : []),
    ["Verwaltungshaushalt", num(10_000_000 + k, "#,##0")],
    ["Eingliederungsbudget", num(3_000_000 + k, "#,##0")],
    [],
    ["Kennzahl", `Ist ${year - 1}`, `Ziel ${year}`],
    ["Integrationsquote", pct(0.15 + k / 1000), pct(0.16 + k / 1000)],
    ["Bestand LZB", num(2500 + k), num(2450 + k)],
  ];
}

const FIGURES = ["BUD_VH_Gesamt", "BUD_EB_Gesamt", "ZIE_IQ", "ZIE_IQ_VJ", "ZIE_LZB", "ZIE_LZB_VJ"];
const sureOn = (by: Map<string, Proposal>) => FIGURES.map((n) => high(by, n)?.replace(/!.*/, ""));

describe("last year's programme beside this year's: only the newest programme is sure", () => {
  it.each([
    // sheet names (old, new) in workbook order, whether each has a Planjahr cell, a title row
    [["Programm 2023", "Programm 2024"], false, undefined],
    [["AIP 2024", "AIP 2025 Entwurf"], true, undefined],
    [["AIP 2025", "AIP 2024 verabschiedet"], true, "Arbeitsmarkt- und Integrationsprogramm"],
    [["Zielplanung 2026", "Zielplanung 2025 (alt)"], false, undefined],
  ] as Array<[string[], boolean, string | undefined]>)("sheets %j", (names, withPlanjahr, title) => {
    const yearOf = (n: string) => Number(/\d{4}/.exec(n)![0]);
    const newest = names.reduce((a, b) => (yearOf(b) > yearOf(a) ? b : a));
    const { by, result } = run(names.map((n, i) => ({ name: n, cells: rows("A1", programmeRows(yearOf(n), title && `${title} ${yearOf(n)}`, withPlanjahr, i)) })));
    expect(result.planningYear?.year).toBe(yearOf(newest));
    expect(sureOn(by)).toEqual(FIGURES.map(() => `'${newest}'`));
    if (withPlanjahr) expect(high(by, "AIP_Planjahr")).toBe(`'${newest}'!$B$${title ? 2 : 1}`);
  });

  it.each([
    ["AIP 2024 – Jobcenter Musterstadt", "Eckdaten"],
    ["Arbeitsmarkt- und Integrationsprogramm 2024", "Programm"],
  ])("next year's copy: the title „%s“ still names the old year, the block's own Planjahr cell (2025) decides", (title, name) => {
    const { by, result } = run([{ name, cells: rows("A1", [[title], ["Planjahr", num(2025, "0")], ["Verwaltungshaushalt", num(10_000_000)], ["Eingliederungsbudget", num(3_000_000)]]) }]);
    expect(result.planningYear?.year).toBe(2025);
    expect([high(by, "AIP_Planjahr"), high(by, "BUD_VH_Gesamt")]).toEqual([`${name}!$B$2`, `${name}!$B$3`]);
  });

  it("beside last year's programme (its own Planjahr 2024), next year's copy with the old title and Planjahr 2025 is the planned one", () => {
    const { by } = run([
      { name: "AIP 2024 (beschlossen)", cells: rows("A1", [["Planjahr", num(2024, "0")], ["Verwaltungshaushalt", num(9_000_000)]]) },
      { name: "AIP 2025", cells: rows("A1", [["Arbeitsmarkt- und Integrationsprogramm 2024"], ["Planjahr", num(2025, "0")], ["Verwaltungshaushalt", num(10_000_000)]]) },
    ]);
    expect(high(by, "BUD_VH_Gesamt")).toBe("'AIP 2025'!$B$3");
  });

  it("sheets without years whose Planjahr cells disagree: the newest Planjahr's sheet", () => {
    const { by, result } = run([
      { name: "Tabelle1", cells: rows("A1", programmeRows(2025, undefined, true, 1)) },
      { name: "Tabelle2", cells: rows("A1", programmeRows(2024, undefined, true, 2)) },
    ]);
    expect(result.planningYear?.year).toBe(2025);
    expect([...sureOn(by), high(by, "AIP_Planjahr")]).toEqual([...FIGURES.map(() => "Tabelle1"), "Tabelle1!$B$1"]);
  });

  it.each([
    ["Integrationsprogramm 2025", "Integrationsprogramm 2024 (beschlossen)"],
    ["AIP 2024 – verabschiedet", "AIP 2025 – Planung"],
  ])("one sheet with the sections %s and %s", (first, second) => {
    const year = (t: string) => Number(/\d{4}/.exec(t)![0]);
    const top = programmeRows(year(first), first, true, 1);
    const { by, result } = run([{ name: "Programm", cells: rows("A1", [...top, [], ...programmeRows(year(second), second, true, 2)]) }]);
    const newestFirst = year(first) > year(second);
    const offset = newestFirst ? 0 : top.length + 1;
    expect(result.planningYear?.year).toBe(Math.max(year(first), year(second)));
    expect([high(by, "BUD_VH_Gesamt"), high(by, "ZIE_IQ"), high(by, "AIP_Planjahr")]).toEqual([`Programm!$B$${offset + 3}`, `Programm!$C$${offset + 7}`, `Programm!$B$${offset + 2}`]);
  });

  it("near miss: last year's programme alone gives nothing sure, and the reason names it", () => {
    const { by } = run([
      { name: "Eckdaten", cells: rows("A1", [["Planjahr", num(2025, "0")]]) },
      { name: "AIP 2024 (beschlossen)", cells: rows("A1", programmeRows(2024, undefined, false, 0)) },
    ]);
    expect(FIGURES.map((n) => high(by, n))).toEqual(FIGURES.map(() => undefined));
    expect(by.get("BUD_VH_Gesamt")?.reason).toMatch(/Programm 2024/);
  });

  it("near miss: a programme marked as last year's without its year (\"AIP Vorjahr\") is never sure", () => {
    const { by } = run([{ name: "AIP Vorjahr", cells: rows("A1", programmeRows(2024, undefined, false, 0)) }]);
    expect(FIGURES.map((n) => high(by, n))).toEqual(FIGURES.map(() => undefined));
  });

  it("near miss: two programmes and no year to tell them apart stay open", () => {
    const { by } = run([
      { name: "AIP beschlossen", cells: rows("A1", programmeRows(2025, undefined, false, 0).filter((r) => r[0] !== "Kennzahl")) },
      { name: "AIP Entwurf", cells: rows("A1", programmeRows(2025, undefined, false, 1).filter((r) => r[0] !== "Kennzahl")) },
    ]);
    expect([high(by, "BUD_VH_Gesamt"), high(by, "BUD_EB_Gesamt")]).toEqual([undefined, undefined]);
  });

  it.each([
    ["Ist 2024", "Plan 2025"],
    ["Ergebnis 2023", "Planung 2024"],
  ])("not a programme: a previous year's results sheet %s beside %s keeps its _VJ figures", (ist, plan) => {
    const y = Number(/\d{4}/.exec(plan)![0]);
    const { by } = run([
      { name: ist, cells: rows("A1", [["Integrationen", num(800)], ["eLb (Jahresdurchschnitt)", num(5000)], ["Integrationsquote", pct(0.16)]]) },
      { name: plan, cells: rows("A1", [["Planjahr", num(y, "0")], ["Verwaltungshaushalt", num(10_000_000, "#,##0")], ["Integrationsquote", pct(0.17)]]) },
    ]);
    expect([high(by, "ZIE_Integrationen_VJ"), high(by, "ZIE_ELB_VJ"), high(by, "ZIE_IQ_VJ"), high(by, "ZIE_IQ"), high(by, "BUD_VH_Gesamt")]).toEqual([
      `'${ist}'!$B$1`,
      `'${ist}'!$B$2`,
      `'${ist}'!$B$3`,
      `'${plan}'!$B$3`,
      `'${plan}'!$B$2`,
    ]);
  });
});

describe("a staff area's initials are no share of men, and a VZÄ section holds no shares", () => {
  const staff = (area: string, title = "Personal nach Bereichen (VZÄ)") => [
    { name: "Personal", cells: rows("A1", [["VZÄ gesamt", num(42.3, "0.0")], [], [title], [area, num(16.2, "0.0")], ["Leistung", num(14.6, "0.0")], ["Sonstiges", num(11.5, "0.0")]]) },
  ];
  it.each(["M&I", "M + I", "M u. I", "M und I"])("the area „%s“ is no PER_Anteil_Maenner", (area) => {
    const { by } = run(staff(area));
    expect(high(by, "PER_Anteil_Maenner")).toBeUndefined();
  });
  it.each([
    ["Männer", "Stellen nach Bereichen"],
    ["davon männlich", "VZÄ je Bereich"],
  ])("a VZÄ under %s in the section „%s“ is no share of men", (label, title) => {
    const { by } = run(staff(label, title));
    expect(high(by, "PER_Anteil_Maenner")).toBeUndefined();
  });
  it.each([
    ["Anteil Männer", pct(0.38, "0%")],
    ["davon Männer", pct(0.41, "0.0%")],
  ])("near miss: %s formatted as percent in a staff section stays the share of men", (label, cell) => {
    const { by } = run([{ name: "Personal", cells: rows("A1", [["Personal (VZÄ)"], ["VZÄ gesamt", num(42.3, "0.0")], [label, cell]]) }]);
    expect(high(by, "PER_Anteil_Maenner")).toBe("Personal!$B$3");
  });
  it.each(["IQ M.", "IQ m"])("near miss: a lone initial after a figure (%s) still reads as Männer", (label) => {
    const { by } = run([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Ziel 2025"], ["IQ", pct(0.2)], [label, pct(0.22)], ["IQ Fr.", pct(0.18)]]) }]);
    expect(high(by, "ZIE_IQ_Maenner")).toBe("Ziele!$B$3");
  });
});

describe("a count that looks like a year (2.010 eLb) is a value, not a column header", () => {
  it.each([
    ["eLb Ø", 2010],
    ["Bedarfsgemeinschaften", 2045],
  ])("„%s | %i“ above the shares does not head their column", (label, value) => {
    const { by } = run([{ name: "Kunden", cells: rows("A1", [[label, num(value)], ["Anteil LZB an eLb", pct(0.62)], ["Anteil Ausländer an Alo", pct(0.14)]]) }, { name: "Eckdaten", cells: rows("A1", [["Planjahr", num(2025, "0")]]) }]);
    expect([high(by, "KUN_Anteil_LZB"), high(by, "KUN_Anteil_Auslaender")]).toEqual(["Kunden!$B$2", "Kunden!$B$3"]);
  });
  it("near miss: years typed as numbers without grouping still head their columns", () => {
    const { by } = run([{ name: "Kunden", cells: rows("A1", [["Merkmal", num(2024, "0"), num(2023, "0")], ["Anteil LZB an eLb", pct(0.62), pct(0.6)]]) }, { name: "Eckdaten", cells: rows("A1", [["Planjahr", num(2025, "0")]]) }]);
    expect([high(by, "KUN_Anteil_LZB"), high(by, "KUN_Anteil_LZB_VJ")]).toEqual(["Kunden!$B$2", "Kunden!$C$2"]);
  });
});

describe("short sheet names name their area (Pers, Kd, Geld, Maßn)", () => {
  it.each([
    ["Pers", "komm. Anteil", pct(0.25, "0%"), "PER_Anteil_Kommune"],
    ["Pers.", "Anteil komm.", pct(0.3, "0%"), "PER_Anteil_Kommune"],
    ["Kd", "Ausl.-Ant. Alo", pct(0.14), "KUN_Anteil_Auslaender"],
    ["Kd.", "Ant. Ausl. an Alo", pct(0.2), "KUN_Anteil_Auslaender"],
  ])("on the sheet „%s“ „%s“ is sure", (sheet, label, cell, name) => {
    const { by } = run([{ name: sheet, cells: rows("A1", [[label, cell]]) }]);
    expect(high(by, name)).toBe(`${sheet}!$B$1`);
  });
  it.each(["Tabelle3", "Persp"])("near miss: on the sheet „%s“ „komm. Anteil“ stays open", (sheet) => {
    const { by } = run([{ name: sheet, cells: rows("A1", [["komm. Anteil", pct(0.25, "0%")]]) }]);
    expect(high(by, "PER_Anteil_Kommune")).toBeUndefined();
  });
});

describe("office abbreviations in their row group: NB (Neubewilligungen), AE (Alleinerziehende)", () => {
  it.each([
    ["EGB", "Vorb.", "NB"],
    ["Eingliederungsbudget", "davon VB", "davon NB"],
  ])("%s | %s | %s", (total, vb, nb) => {
    const { by } = run([{ name: "Haushalt", cells: rows("A1", [[total, num(1_020_000)], [vb, num(575_000)], [nb, num(445_000)]]) }]);
    expect(high(by, "BUD_EB_Neubewilligungen")).toBe("Haushalt!$B$3");
  });
  it.each([
    ["eLb Ø", "AE", "AE VJ"],
    ["Anteil U25 an Alo", "dav. AE", "AE Vorjahr"],
  ])("%s | %s | %s on the customer sheet", (first, ae, aeVj) => {
    const { by } = run([{ name: "Kunden", cells: rows("A1", [[first, first.startsWith("Anteil") ? pct(0.08) : num(2010)], [ae, num(215)], [aeVj, num(221)]]) }, { name: "E", cells: rows("A1", [["Planjahr", num(2025, "0")]]) }]);
    expect([high(by, "KUN_Alleinerziehende"), high(by, "KUN_Alleinerziehende_VJ")]).toEqual(["Kunden!$B$2", "Kunden!$B$3"]);
  });
  it("near miss: NB and AE outside their row group are nothing sure", () => {
    const { by } = run([{ name: "Übersicht", cells: rows("A1", [["FbW", num(14)], ["NB", num(445_000)], ["AE", num(215)]]) }]);
    expect([high(by, "BUD_EB_Neubewilligungen"), high(by, "KUN_Alleinerziehende")]).toEqual([undefined, undefined]);
  });
});

describe("the unemployed of the SGB II are the shares' base, not an extra word", () => {
  it.each([
    ["Anteil Ausländerinnen und Ausländer an den Arbeitslosen (SGB II)", "KUN_Anteil_Auslaender"],
    ["Ausländeranteil an den Arbeitslosen im Rechtskreis SGB II", "KUN_Anteil_Auslaender"],
    ["Anteil Jüngere unter 25 Jahren an den Arbeitslosen (SGB II)¹", "KUN_Anteil_Jugendliche"],
    ["Anteil der Arbeitslosen SGB II unter 25 Jahren", "KUN_Anteil_Jugendliche"],
  ])("„%s“ is %s", (label, name) => {
    const { by } = run([{ name: "Kundenstruktur", cells: rows("A1", [["Merkmal", "Ø 2024"], [label, pct(0.2)]]) }, { name: "E", cells: rows("A1", [["Planjahr", num(2025, "0")]]) }]);
    expect(high(by, name)).toBe("Kundenstruktur!$B$2");
  });
  it.each(["Ausländeranteil im SGB II", "Anteil Ausländer an den eLb (SGB II)"])("near miss: „%s“ (another base) is no KUN_Anteil_Auslaender", (label) => {
    const { by } = run([{ name: "Kundenstruktur", cells: rows("A1", [["Merkmal", "Ø 2024"], [label, pct(0.4)]]) }, { name: "E", cells: rows("A1", [["Planjahr", num(2025, "0")]]) }]);
    expect(high(by, "KUN_Anteil_Auslaender")).toBeUndefined();
  });
});

describe("a staff table with a head count and a VZÄ column: the headers say which is which", () => {
  const table = (heads: string[], total = "Insgesamt") => [
    {
      name: "Personal",
      cells: rows("A1", [
        ["Personal nach Bereichen"],
        ["Bereich", ...heads],
        ["Markt und Integration", num(190), num(172.5, "0.0")],
        ["Leistungsgewährung", num(168), num(151.3, "0.0")],
        ["Sonstiges operatives Personal", num(78), num(70.2, "0.0")],
        [total, num(436), num(394, "0.0")],
      ]),
    },
  ];
  it.each([
    [["Köpfe", "VZÄ"], "Insgesamt"],
    [["Mitarbeitende", "Vollzeitäquivalente"], "Summe"],
    [["MA (Köpfe)", "Stellen (VZÄ)"], "Gesamt"],
  ])("headers %j, total row „%s“", (heads, total) => {
    const { by } = run(table(heads, total));
    expect([high(by, "PER_VZAE_Bereiche"), high(by, "PER_VZAE_Gesamt"), high(by, "PER_Beschaeftigte")]).toEqual(["Personal!$A$3:$C$5", "Personal!$C$6", "Personal!$B$6"]);
  });
  it.each([[["VZÄ 2024", "VZÄ 2025"]], [["Nord", "Süd"]]])("near miss: headers %j leave the table unsure", (heads) => {
    const { by } = run(table(heads));
    expect([high(by, "PER_VZAE_Bereiche"), high(by, "PER_Beschaeftigte")]).toEqual([undefined, undefined]);
  });
  it("near miss: „Köpfe | Anteil“ has no VZÄ column (the table is unsure); the Köpfe total its rows add up to is the head count", () => {
    const { by } = run(table(["Köpfe", "Anteil"]));
    expect([high(by, "PER_VZAE_Bereiche"), high(by, "PER_Beschaeftigte")]).toEqual([undefined, "Personal!$B$6"]);
  });
  it("near miss: a head count total that its rows do not add up to is not sure", () => {
    const sheets = table(["Köpfe", "VZÄ"]);
    sheets[0].cells = rows("A1", [["Personal nach Bereichen"], ["Bereich", "Köpfe", "VZÄ"], ["Markt und Integration", num(190), num(172.5, "0.0")], ["Leistungsgewährung", num(168), num(151.3, "0.0")], ["Insgesamt", num(512), num(323.8, "0.0")]]);
    const { by } = run(sheets);
    expect([high(by, "PER_VZAE_Gesamt"), high(by, "PER_Beschaeftigte")]).toEqual(["Personal!$C$5", undefined]);
  });
});

describe("a date beside a label merged over several columns", () => {
  it.each([
    ["Stand des Programms", ["A2:C2", "D2:E2"]],
    ["Stand", ["A2:B2"]],
    ["Datum der Aufstellung", []],
  ])("„%s“ (merged %j) with its date in D", (label, merged) => {
    const { by } = run([{ name: "S", cells: rows("A1", [["Planjahr", null, null, num(2025, "0")], [label, null, null, { v: 45688, fmt: "dd.mm.yyyy" }]]), merged }]);
    expect(high(by, "AIP_Stand")).toBe("S!$D$2");
  });
  it("near miss: a date far right of the label (a remark column) is not its value", () => {
    const { by } = run([{ name: "S", cells: rows("A1", [["Planjahr", num(2025, "0")], ["Stand", null, null, null, null, null, { v: 45688, fmt: "dd.mm.yyyy" }]]) }]);
    expect(high(by, "AIP_Stand")).toBeUndefined();
  });
});

describe("the Förderung table's total row named by its subject", () => {
  const foe = (total: string, first: boolean) => {
    const body = [["FbW", num(40), num(44)], ["EGZ", num(38), num(42)], ["AGH", num(95), num(100)]];
    const sum = [total, num(173), num(186)];
    return [{ name: "Förderung", cells: rows("A1", [["Instrument", "Ist 2024", "Plan 2025"], ...(first ? [sum, ...body] : [...body, sum])]) }];
  };
  it.each([
    ["Förderung insgesamt", true],
    ["Maßnahmen gesamt", false],
    ["Instrumente insgesamt", false],
  ])("„%s“ (first row: %s)", (total, first) => {
    const { by } = run(foe(total, first));
    expect(high(by, "FOE_Tabelle")).toBe("Förderung!$A$1:$C$5");
  });
  it.each(["Förderung Frauen", "Maßnahmen U25"])("near miss: „%s“ is no total row", (total) => {
    const { by } = run(foe(total, false));
    expect(high(by, "FOE_Tabelle")).toBeUndefined();
  });
});

describe("a staff table headed by the kind of unit („Organisationsbereich | VZÄ“)", () => {
  it.each(["Organisationsbereich", "Arbeitsbereiche", "Aufgabenbereich"])("„%s | VZÄ“ heads the VZÄ by area", (head) => {
    const { by } = run([{ name: "Personal", cells: rows("A1", [["Beschäftigte", num(128)], [], [head, "VZÄ"], ["Markt und Integration", num(43.6, "0.0")], ["Leistungsgewährung", num(40.9, "0.0")], ["weitere Bereiche", num(8.5, "0.0")]]) }]);
    expect(high(by, "PER_VZAE_Bereiche")).toBe("Personal!$A$4:$B$6");
  });
  it("near miss: „Bereichsleitung | VZÄ“ names no areas", () => {
    const { by } = run([{ name: "Personal", cells: rows("A1", [["Bereichsleitung", "VZÄ"], ["Frau Müller", num(1, "0.0")], ["Herr Maier", num(0.5, "0.0")]]) }]);
    expect(high(by, "PER_VZAE_Bereiche")).toBeUndefined();
  });
});

describe("the Jobcenter's name: beside a naming label, and not in a row of column headings", () => {
  it.each([
    ["Name", "JC Landkreis Hohenwald"],
    ["Träger / Jobcenter", "Jobcenter Landkreis Mittelweser"],
    ["Bezeichnung:", "Jobcenter Stadt Talheim"],
  ])("„%s | %s“", (label, name) => {
    const { by } = run([{ name: "Deckblatt", cells: rows("A1", [[label, name], ["Planjahr", num(2025, "0")]]) }]);
    expect(high(by, "AIP_Jobcenter")).toBe("Deckblatt!$B$1");
  });
  it.each([
    ["Merkmal", "JC gesamt 2024", "JC gesamt 2023"],
    ["Kennzahl", "Jobcenter 2024", "Jobcenter 2025"],
  ])("near miss: the headings „%s | %s | %s“ over numbers are no Jobcenter name", (a, b, c) => {
    const { by } = run([{ name: "Kunden", cells: rows("A1", [[a, b, c], ["eLb", num(3181), num(3120)]]) }]);
    // At most the heading itself as a name without a label (low), never the next heading as its value.
    expect([by.get("AIP_Jobcenter")?.ref === "Kunden!$C$1", high(by, "AIP_Jobcenter")]).toEqual([false, undefined]);
  });
  it("near miss: „Name | Max Mustermann“ (a person) is no Jobcenter", () => {
    const { by } = run([{ name: "Deckblatt", cells: rows("A1", [["Name", "Max Mustermann"]]) }]);
    expect(high(by, "AIP_Jobcenter")).toBeUndefined();
  });
});

describe("a VZÄ table in office abbreviations („VZÄ n. Ber.“ over „M&I“, „LB“, „sonst. op.“)", () => {
  it.each([
    ["VZÄ n. Ber.", ["M&I", "LB", "sonst. op.", "sonst. adm.", "weitere"]],
    ["Stellen je Ber.", ["M+I", "LB", "sonst. op."]],
    ["VZÄ nach Bereichen", ["MuI", "LB", "weitere"]],
  ])("„%s“ over %j", (title, areas) => {
    const { by } = run([{ name: "Pers", cells: rows("A1", [["VZÄ", num(42.3, "0.0")], [], [title], ...areas.map((a, i) => [a, num(10 + i, "0.0")])]) }]);
    expect(high(by, "PER_VZAE_Bereiche")).toBe(`Pers!$A$4:$B$${3 + areas.length}`);
  });
  it("near miss: „LB“ and „weitere“ without a heading stay open", () => {
    const { by } = run([{ name: "Übersicht", cells: rows("A1", [["LB", num(14.6, "0.0")], ["weitere", num(2.5, "0.0")]]) }]);
    expect(high(by, "PER_VZAE_Bereiche")).toBeUndefined();
  });
});
