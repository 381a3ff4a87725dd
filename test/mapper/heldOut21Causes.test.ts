// The causes behind the 21st held-out set's misses and wrong proposals (test/fixtures/heldOut21.ts), each tested
// with wordings the tester did not write and near misses that must stay non-high.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { num, pct, rows, usedCells, type Layout, type LayoutCell } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear?: number): Map<string, Proposal> {
  const all = planYear ? [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets] : sheets;
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("a change column beside two competing target columns is as undecided as the targets", () => {
  const targets = (heads: string[]) => ({
    name: "Ziele",
    cells: rows("A1", [
      ["Kennzahl", ...heads],
      ["Integrationsquote", pct(0.17), pct(0.165), pct(0.168), pct(0.02)],
      ["Langzeitleistungsbezieher", num(2700), num(2800), num(2790), pct(0.03)],
    ]),
  });

  it.each([
    [["Ist 2024", "Ziel (RD-Vorschlag)", "Ziel nach Nachsteuerung", "Veränderung zum Vorjahr"]],
    [["Vorjahr", "Zielwert ursprünglich", "Zielwert neu (Oktober)", "Entwicklung ggü. Vorjahr"]],
  ])("%j: no change is sure, the previous year still is", (heads) => {
    const by = map([targets(heads)], 2025);
    expect(high(by, "ZIE_IQ_Veraenderung")).toBeUndefined();
    expect(high(by, "ZIE_LZB_Veraenderung")).toBeUndefined();
    expect(high(by, "ZIE_IQ_VJ")).toBe("Ziele!$B$2");
  });

  it.each([
    [["Ist 2024", "Ziel 2025", "Veränderung zum Vorjahr"]],
    [["Vorjahr", "Zielwert", "Entwicklung ggü. Vorjahr"]],
  ])("near miss %j: with one target the change stays sure", (heads) => {
    const sheet = {
      name: "Ziele",
      cells: rows("A1", [
        ["Kennzahl", ...heads],
        ["Integrationsquote", pct(0.17), pct(0.168), pct(0.02)],
        ["Langzeitleistungsbezieher", num(2700), num(2790), pct(0.03)],
      ]),
    };
    const by = map([sheet], 2025);
    expect(high(by, "ZIE_IQ_Veraenderung")).toBe("Ziele!$D$2");
    expect(high(by, "ZIE_LZB_Veraenderung")).toBe("Ziele!$D$3");
  });
});

describe("a wide export: field-name heads over role-labelled rows, fields the contract does not know among them", () => {
  const FIELDS: Array<[string, LayoutCell | undefined, LayoutCell | undefined]> = [
    ["Jobcenter", "Jobcenter Musterstadt", "Jobcenter Musterstadt"],
    ["Verwaltungshaushalt_Bund_EinglMV", num(6_000_000), num(5_800_000)],
    ["Eingliederungsbudget_Gesamt", num(3_000_000), num(2_900_000)],
    ["Beschaeftigte_Koepfe", num(120), num(118)],
    ["Integrationen", num(800), num(790)],
    ["Integrationsquote_Maenner", pct(0.2), pct(0.19)],
    ["Integrationsquote_Frauen", pct(0.14), pct(0.13)],
    ["LZB_Maenner", num(1300), num(1280)],
    ["LZB_Frauen", num(1400), num(1390)],
    ["Anteil_Alleinerziehende_Hinweis", "siehe Blatt", undefined],
    ["Alleinerziehende", undefined, num(650)],
    ["Bedarfsgemeinschaften", undefined, num(3300)],
    ["Kundenzufriedenheit", num(2, "0"), num(2.1, "0.0")],
  ];
  const sheet = (plan: string, ist: string) => ({
    name: "Export",
    cells: rows("A1", [["Zeile", ...FIELDS.map((x) => x[0])], [plan, ...FIELDS.map((x) => x[1])], [ist, ...FIELDS.map((x) => x[2])]]),
  });

  it.each([
    ["Soll 2025", "Ergebnis 2024"],
    ["Planung 2025", "Vorjahr 2024"],
  ])("rows „%s“ / „%s“: plan row and previous-year row, customer figures of the filled latest row current", (plan, ist) => {
    const by = map([sheet(plan, ist)], 2025);
    expect(high(by, "BUD_EB_Gesamt")).toBe("Export!$D$2");
    expect(high(by, "PER_Beschaeftigte")).toBe("Export!$E$2");
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("Export!$F$3");
    expect(high(by, "ZIE_IQ_Frauen")).toBe("Export!$H$2");
    expect(high(by, "ZIE_LZB_Maenner_VJ")).toBe("Export!$I$3");
    expect(high(by, "KUN_Alleinerziehende")).toBe("Export!$L$3");
    expect(high(by, "KUN_Alleinerziehende_VJ")).toBeUndefined();
    // The head "Jobcenter" beside the next head is no name/value pair.
    expect(by.get("AIP_Jobcenter")?.ref).not.toBe("Export!$C$1");
  });

  it("near miss: a few figure heads among many unknown fields are no head row of figures", () => {
    const unknown = ["Bedarfsgemeinschaften", "SGB2_Quote", "Stellenzugang_Index", "Kundenzufriedenheit", "Wartezeit_Tage", "Beschwerden"];
    const cells = rows("A1", [
      ["Zeile", "Integrationen", "Integrationsquote_Frauen", ...unknown],
      ["Plan 2025", num(800), pct(0.14), ...unknown.map(() => num(5))],
      ["Ist 2024", num(790), pct(0.13), ...unknown.map(() => num(6))],
    ]);
    const by = map([{ name: "Export", cells }], 2025);
    expect(high(by, "ZIE_Integrationen_VJ")).toBeUndefined();
    expect(high(by, "ZIE_IQ_Frauen")).toBeUndefined();
  });
});

describe("month sheets of in-year monitoring are never sources of plan or previous-year figures", () => {
  const programme = {
    name: "Programm 2025",
    cells: rows("A1", [
      ["Zielwerte"],
      ["Kennzahl", "Ist 2024", "Ziel 2025"],
      ["Integrationen", num(800), num(820)],
      ["Langzeitleistungsbezieher", num(2700), num(2790)],
    ]),
  };
  const month = (name: string, now: string, before: string) => ({
    name,
    cells: rows("A1", [
      ["Kennzahl", now, before, "Abweichung"],
      ["Integrationen", num(150), num(140), pct(0.07)],
      ["Langzeitleistungsbezieher", num(2750), num(2690), pct(0.02)],
    ]),
  });

  it.each([
    [["Februar 2025", "03/2025"], "Ist Feb. 2025", "Feb. 2024"],
    [["Mrz", "2025-04"], "Monat 2025", "gleicher Monat Vorjahr 2024"],
  ])("sheets %j beside the programme: its previous-year values stay sure", (names, now, before) => {
    const by = map([programme, ...names.map((n) => month(n, now, before))], 2025);
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("'Programm 2025'!$B$3");
    expect(high(by, "ZIE_LZB_VJ")).toBe("'Programm 2025'!$B$4");
  });

  it("a figure found only on a month sheet is not sure", () => {
    const by = map([month("Januar", "Ist Jan 2025", "Vorjahresmonat Jan 2024")], 2025);
    expect(high(by, "ZIE_Integrationen_VJ")).toBeUndefined();
    expect(high(by, "ZIE_LZB_VJ")).toBeUndefined();
  });

  it.each(["Augsburg", "Maier-Ziele"])("near miss: a sheet named „%s“ is no month sheet and rivals as before", (name) => {
    const by = map([programme, month(name, "Ist 2024", "Ist 2023")], 2025);
    expect(high(by, "ZIE_Integrationen_VJ")).toBeUndefined();
  });
});

describe("an eLb head of a wide export over a plan row is the targets' eLb", () => {
  const heads = (elb: string) => ["Zeile", "Integrationen", elb, "Integrationsquote_Gesamt", "LZB_Bestand", "LZB_Frauen", "LZB_Maenner", "IQ_Frauen", "IQ_Maenner", "Anteil_LZB_an_eLb", "Alleinerziehende"];
  const export_ = (elb: string, withPlan: boolean) => ({
    name: "Export",
    cells: rows("A1", [
      heads(elb),
      ...(withPlan ? [["Soll 2025", num(800), num(4800), pct(0.167), num(2800), num(1450), num(1350), pct(0.14), pct(0.2), undefined, undefined]] : []),
      ["Ergebnis 2024", num(790), num(4900), pct(0.161), num(2750), num(1420), num(1330), pct(0.13), pct(0.19), pct(0.58), num(700)],
    ]),
  });

  it.each(["ELB_Jahresdurchschnitt", "Durchschnittlicher_eLb_Bestand"])("„%s“: plan and previous year of the targets' eLb, the customer stock its twin", (elb) => {
    const by = map([export_(elb, true)], 2025);
    expect(high(by, "ZIE_ELB")).toBe("Export!$C$2");
    expect(high(by, "ZIE_ELB_VJ")).toBe("Export!$C$3");
    expect(high(by, "KUN_ELB")).toBe("Export!$C$3");
  });

  it("near miss: without a plan row the head stays undecided between targets and customers", () => {
    const by = map([export_("ELB_Jahresdurchschnitt", false)], 2025);
    expect(high(by, "ZIE_ELB")).toBeUndefined();
    expect(high(by, "ZIE_ELB_VJ")).toBeUndefined();
  });
});

describe("budget lines: a budget including its carry-overs, a move into the administrative budget typed negative", () => {
  const budget = (egt: string, move: string, moveValue: number) => ({
    name: "Haushalt",
    cells: rows("A1", [
      ["Eingliederungstitel"],
      ["Zuteilung EGT lt. EinglMV", num(4_500_000)],
      ["Restmittel aus 2024", num(100_000)],
      [move, num(moveValue)],
      [egt, num(2_800_000)],
      ["Vorbindungen", num(1_500_000)],
      ["Neubewilligungen", num(1_300_000)],
      [],
      ["Verwaltungshaushalt"],
      ["Verwaltungshaushalt gesamt", num(9_000_000)],
      ["davon Bundesanteil EinglMV", num(5_700_000)],
      ["davon Umschichtung aus dem EGT", num(1_800_000)],
      ["davon kommunaler Finanzierungsanteil", num(1_500_000)],
    ]),
  });

  it.each([
    ["Eingliederungsmittel einschließlich Restmittel", "Umschichtung zugunsten des VWT"],
    ["EGT 2025 zzgl. Ausgabereste", "Umschichtung → Verwaltungshaushalt"],
  ])("„%s“ is the budget, „%s“ (negative) no rival to the VH's part", (egt, move) => {
    const by = map([budget(egt, move, -1_800_000)], 2025);
    expect(high(by, "BUD_EB_Gesamt")).toBe("Haushalt!$B$5");
    expect(high(by, "BUD_VH_Umschichtung")).toBe("Haushalt!$B$12");
  });

  it.each([
    ["Eingliederungsmittel ohne Ausgabereste", "Umschichtung aus dem Verwaltungshaushalt", 1_800_000],
    ["Ausgabereste EGT", "Umschichtung in den VWT", -1_700_000],
  ])("near miss „%s“ / „%s“ (%d): no sure budget, the move stays open when not a mirror or moving the other way", (egt, move, value) => {
    const by = map([budget(egt, move, value)], 2025);
    expect(high(by, "BUD_EB_Gesamt")).toBeUndefined();
    expect(high(by, "BUD_VH_Umschichtung")).toBeUndefined();
  });
});

describe("a figure standing twice on one sheet with the same value is no ambiguity", () => {
  const sheet = (title: string, head: string, second: number) => ({
    name: "Ziele",
    cells: rows("A1", [
      [title],
      ["Integrationen", num(800)],
      ["eLb im Jahresdurchschnitt", num(5000)],
      [],
      ["Kennzahl", head, "Ziel 2025"],
      ["Integrationen", num(second), num(820)],
      ["Langzeitleistungsbezieher", num(2700), num(2790)],
    ]),
  });

  it.each([
    ["Vorjahr 2024", "Ist 2024"],
    ["Ergebnis 2024 (vorläufig)", "Vorjahr"],
  ])("„%s“ block and „%s“ column agree: sure", (title, head) => {
    const by = map([sheet(title, head, 800)], 2025);
    expect(["Ziele!$B$2", "Ziele!$B$6"]).toContain(high(by, "ZIE_Integrationen_VJ"));
  });

  it("near miss: two different values stay open", () => {
    const by = map([sheet("Vorjahr 2024", "Ist 2024", 805)], 2025);
    expect(high(by, "ZIE_Integrationen_VJ")).toBeUndefined();
  });

  it("near miss: the same value on two sheets stays open", () => {
    const other = { name: "Rückblick", cells: rows("A1", [["Vorjahr 2024"], ["Integrationen", num(800)]]) };
    const by = map([sheet("Vorjahr 2024", "Ist 2024", 799), other], 2025);
    expect(high(by, "ZIE_Integrationen_VJ")).toBeUndefined();
  });
});

describe("a figure written as a sentence around its number, one part per cell", () => {
  const foe = (sentence: LayoutCell[]) => ({
    name: "Förderung",
    cells: rows("A1", [
      ["Instrument", "Ist 2024", "Plan 2025"],
      ["Eintritte gesamt", num(230), num(210)],
      ["FbW", num(100), num(90)],
      ["AGH", num(130), num(120)],
      [],
      sentence,
    ]),
  });

  it.each([
    [["Für 2025 sind insgesamt", num(846), "Eintritte geplant."]],
    [["Laut Programmtext werden 2025", num(846), "Förderungen vorgesehen (erste Aufstellung)."]],
  ])("%j: the planned entries", (sentence) => {
    const by = map([foe(sentence)], 2025);
    expect(high(by, "FOE_Eintritte_Plan")).toBe("Förderung!$B$6");
  });

  it.each([
    [["Insgesamt wurden im Jahr 2024", num(897), "Eintritte erreicht."]],
    [["Für 2025 sind insgesamt", num(846), "Eintritte geplant,", "davon 40 % FbW"]],
    [["Für 2025 sind insgesamt", num(846), "Teilnehmende in Beratung."]],
  ])("near miss %j: no sure planned entries", (sentence) => {
    const by = map([foe(sentence)], 2025);
    expect(high(by, "FOE_Eintritte_Plan")).toBeUndefined();
  });
});

describe("vacancies reported to the employer service are no staff posts", () => {
  const staff = (vacancies: string) => ({
    name: "Personal",
    cells: rows("A1", [
      ["Personal 2025"],
      ["Beschäftigte (Köpfe)", num(128)],
      ["Vollzeitäquivalente", num(119.6, "0.0")],
      [],
      ["Arbeitsmarkt"],
      [vacancies, num(2300)],
    ]),
  });

  it.each(["Stellenzugänge (AGS)", "gemeldete Arbeitsstellen"])("„%s“ is no rival to the VZÄ", (vacancies) => {
    const by = map([staff(vacancies)], 2025);
    expect(high(by, "PER_VZAE_Gesamt")).toBe("Personal!$B$3");
    expect(by.get("PER_VZAE_Gesamt")?.ref).toBe("Personal!$B$3");
  });

  it.each(["Planstellen", "Stellen in VZÄ"])("near miss „%s“ still names the staff posts (a second VZÄ: not sure)", (posts) => {
    const by = map([staff(posts)], 2025);
    expect(high(by, "PER_VZAE_Gesamt")).toBeUndefined();
  });
});

describe("a head beside a head is no name/value pair", () => {
  it.each([
    [["Jobcenter", "Kreis", "Bemerkung"]],
    [["Dienststelle", "Regionalschlüssel", "Datenstand"]],
  ])("head row %j over a filled row: no sure name at the neighbouring head", (heads) => {
    const sheet = { name: "Liste", cells: rows("A1", [heads, ["Jobcenter Nord", "N1", "vorläufig"], ["Jobcenter Süd", "S1", "final"]]) };
    const by = map([sheet], 2025);
    expect(high(by, "AIP_Jobcenter")).toBeUndefined();
  });

  it.each([
    [[["Jobcenter", "Jobcenter Musterstadt"], ["Planjahr", num(2025, "0")]]],
    [[["Dienststelle:", "Jobcenter Musterstadt", "Stand:", num(45705, "dd.mm.yyyy")], ["Planjahr:", num(2025, "0")]]],
  ])("near miss %j: a label/value block keeps its sure name", (block) => {
    const by = map([{ name: "Deckblatt", cells: rows("A1", block) }]);
    expect(high(by, "AIP_Jobcenter")).toBe("Deckblatt!$B$1");
  });
});
