// The causes behind held-out set 24 (test/fixtures/heldOut24.ts), each tested with wordings the set does not use
// and near misses: a planning-year column among customer figures is an expectation (KUN_* is the planning
// year's previous year, _VJ the year before); a part-year Ist ("Ist 01–09/2024") names its year, not 2001.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { yearsIn, fold } from "../../src/core/mapper/normalize";
import { num, pct, rows, usedCells, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear?: number): Map<string, Proposal> {
  const all = planYear ? [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets] : sheets;
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);
const yr = (y: number) => num(y, "0");

describe("a planning-year column among customer figures is an expectation, never KUN_* nor _VJ", () => {
  it.each([
    [2026, [2023, 2024, 2025, 2026]],
    [2027, [2025, 2026, 2027]],
    [2025, [2023, 2024, 2025]],
  ])("plan year %s, years %j: the year before the plan year is current, the one before that _VJ", (planYear, years) => {
    const n = years.length;
    const values = years.map((_, i) => pct(0.55 + i / 100));
    const by = map([{ name: "Kundenstruktur", cells: rows("A1", [["Kennzahl", ...years.map(yr)], ["LZB-Quote an eLb", ...values], ["Zahl der Alleinerziehenden", ...years.map((_, i) => num(700 - i))]]) }], planYear);
    const col = (k: number) => String.fromCharCode("B".charCodeAt(0) + k);
    const current = years.indexOf(planYear - 1);
    expect(high(by, "KUN_Anteil_LZB")).toBe(`Kundenstruktur!$${col(current)}$2`);
    expect(high(by, "KUN_Anteil_LZB_VJ")).toBe(`Kundenstruktur!$${col(current - 1)}$2`);
    expect(high(by, "KUN_Alleinerziehende")).toBe(`Kundenstruktur!$${col(current)}$3`);
    // The planning-year column is proposed for nothing.
    const planRef = `Kundenstruktur!$${col(n - 1)}$2`;
    expect([...by.values()].filter((p) => p.ref === planRef)).toEqual([]);
  });

  it("a lone planning-year column (no earlier year beside it) keeps its reading", () => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Merkmal", yr(2025)], ["Anteil Alleinerziehende", pct(0.1)], ["Alleinerziehende", num(640)]]) }], 2025);
    expect(by.get("KUN_Alleinerziehende")?.ref).toBe("Kunden!$B$3");
  });

  it("near miss: without a planning year the later of two years stays current", () => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Merkmal", yr(2023), yr(2024)], ["Alleinerziehende", num(700), num(690)]]) }]);
    expect(by.get("KUN_Alleinerziehende")?.ref).toBe("Kunden!$C$2");
  });
});

describe("a part-year Ist names its year, not a two-digit year from its months", () => {
  it.each(["Ist 01–09/2024", "Ist 01-10/2024", "Ist 1–9 2024"])("„%s“ names 2024 only", (head) => {
    expect(yearsIn(fold(head))).toEqual([2024]);
  });

  it.each([["Ist 23", 2023], ["Plan 24", 2024], ["VJ 24", 2024]])("near miss: „%s“ is still a two-digit year", (head, year) => {
    expect(yearsIn(fold(head))).toEqual([year]);
  });

  it("customer figures under „Ist 01–08/2024 | Plan 2025“ are never the previous year's", () => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Merkmal", "Ist 01–08/2024", "Plan 2025"], ["Anteil LZB an allen eLb", pct(0.58), pct(0.57)], ["Alleinerziehende", num(610), num(600)]]) }], 2025);
    expect(by.get("KUN_Anteil_LZB_VJ")?.confidence).not.toBe("high");
    expect(by.get("KUN_Alleinerziehende_VJ")?.confidence).not.toBe("high");
  });
});

describe("a part-year Ist beside the whole year's forecast: the forecast is the previous year's value", () => {
  it.each([
    ["Ist Jan–Aug 2024", "Prognose 2024"],
    ["Ist 01–10/2024", "HR 2024"],
    ["Ist bis Sept. 2024", "Hochrechnung Gesamtjahr 2024"],
  ])("„%s | %s | Plan 2025“: the forecast column is ZIE_*_VJ, sicher", (part, whole) => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", part, whole, "Plan 2025"], ["Summe der Integrationen", num(610), num(820), num(800)], ["eLb im Jahresdurchschnitt", num(5100), num(5080), num(5000)]]) }], 2025);
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("Ziele!$C$2");
    expect(high(by, "ZIE_ELB_VJ")).toBe("Ziele!$C$3");
  });

  it("near miss: two whole-year columns of the same year stay ambiguous", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Ist 2024", "Prognose 2024", "Plan 2025"], ["Summe der Integrationen", num(610), num(820), num(800)]]) }], 2025);
    expect(high(by, "ZIE_Integrationen_VJ")).toBeUndefined();
  });

  it("near miss: a twelve-month period „Dez 2023 – Nov 2024“ is no part of a year", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Dez 2023 – Nov 2024", "Prognose 2024", "Plan 2025"], ["Summe der Integrationen", num(610), num(820), num(800)]]) }], 2025);
    expect(high(by, "ZIE_Integrationen_VJ")).toBeUndefined();
  });
});

describe("a plan column among customer figures is an expectation beside the latest year", () => {
  it.each(["Plan 2026", "Erwartung 2026", "Soll 2026"])("„Ist 2025 | %s“ in 2026: the Ist is the current customer figure, sicher", (head) => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Merkmal", "Ist 2025", head], ["Anteil Langzeitleistungsbezieher", pct(0.6), pct(0.59)], ["Alleinerziehende", num(640), num(630)]]) }], 2026);
    expect(high(by, "KUN_Anteil_LZB")).toBe("Kunden!$B$2");
    expect(high(by, "KUN_Alleinerziehende")).toBe("Kunden!$B$3");
  });
});

describe("near miss: a target head over customer rows belongs to a targets table", () => {
  it("„Ist 2025 | Ziel 2026“ over customer rows: not sure which column is meant", () => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Merkmal", "Ist 2025", "Ziel 2026"], ["Anteil Langzeitleistungsbezieher", pct(0.6), pct(0.59)]]) }], 2026);
    expect(high(by, "KUN_Anteil_LZB")).toBeUndefined();
  });
});

describe("a unit column between labels and numbers labels nothing", () => {
  it.each([["Einheit", "Köpfe", "VZÄ"], ["ME", "Pers.", "VZÄ"], ["Dimension", "Anzahl", "VZÄ"]])("„%s“ with „%s“/„%s“: the staff figures are sure", (head, heads, vzae) => {
    const by = map([{ name: "Planung", cells: rows("A1", [["Position", head, "Ist 2024", "Plan 2025"], ["Mitarbeitende", heads, num(130), num(128)], ["Vollzeitäquivalente", vzae, num(118.5, "0.0"), num(117, "0.0")], ["Anteil Frauen", "%", pct(0.8), pct(0.81)]]) }], 2025);
    expect(high(by, "PER_Beschaeftigte")).toBe("Planung!$D$2");
    expect(high(by, "PER_VZAE_Gesamt")).toBe("Planung!$D$3");
  });

  it("near miss: a lone „Köpfe“ row label (no label left of it) still names the head count", () => {
    const by = map([{ name: "Personal", cells: rows("A1", [["Personal", "Plan 2025"], ["Köpfe", num(128)], ["VZÄ", num(117, "0.0")]]) }], 2025);
    expect(by.get("PER_Beschaeftigte")?.ref).toBe("Personal!$B$2");
  });
});

describe("a quarter's head that is also the year's names the year's target", () => {
  it.each(["Q4 = Jahresziel 2025", "Q4 / Gesamtjahr 2025", "4. Quartal (Jahreswert 2025)"])("„Q1 | Q2 | Q3 | %s | Veränderung“: the year's column is the target, sicher", (whole) => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Q1", "Q2", "Q3", whole, "Veränderung ggü. Vorjahr"], ["Integrationsquote", pct(0.04), pct(0.09), pct(0.13), pct(0.17), pct(-0.01)]]) }], 2025);
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$E$2");
    expect(high(by, "ZIE_IQ_Veraenderung")).toBe("Ziele!$F$2");
  });

  it("near miss: quarters without a year's column stay not sure", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Q1", "Q2", "Q3", "Q4"], ["Integrationsquote", pct(0.04), pct(0.09), pct(0.13), pct(0.17)]]) }], 2025);
    expect(high(by, "ZIE_IQ")).toBeUndefined();
  });
});

describe("a label naming part of a year is no rival to the whole year's", () => {
  it.each([
    ["Integrationen Jan–Sep 2024 (Ist)", "Integrationen 2024 (Jan–Dez, hochgerechnet)"],
    ["Integrationen bis Okt. 2024", "Integrationen 2024 hochgerechnet"],
  ])("„%s“ above „%s“: the whole year is ZIE_Integrationen_VJ, sicher", (part, whole) => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Basis Vorjahr"], [part, num(700)], [whole, num(930)]]) }], 2025);
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("Ziele!$B$3");
  });
});

describe("staff figures under dates and a plan column", () => {
  it.each([["31.12.2022", "31.12.2023", "Plan 2024", 2024], ["Stand 30.06.2023", "Stand 31.12.2024", "Soll 2025", 2025]])("„%s | %s | %s“: the plan column, sicher", (a, b, plan, year) => {
    const by = map([{ name: "Personal", cells: rows("A1", [[null, a, b, plan], ["Mitarbeitende (Köpfe)", num(120), num(124), num(126)], ["Frauenanteil", pct(0.8), pct(0.81), pct(0.82)]]) }], year);
    expect(high(by, "PER_Beschaeftigte")).toBe("Personal!$D$2");
    expect(high(by, "PER_Anteil_Frauen")).toBe("Personal!$D$3");
  });
});

describe("a version history's dates are no Stand", () => {
  it.each([
    [["Versionshistorie"], ["Version", "Datum", "Bearbeiter", "Anmerkung"]],
    [["Versionsverlauf"], ["Fassung", "Datum", "Kommentar"]],
    [[], ["Version", "Stand", "Autor", "Änderung"]],
  ])("under %j with head %j: the cover's Stand is sure", (title, head) => {
    const by = map([{ name: "Deckblatt", cells: rows("A1", [["Jobcenter", "Jobcenter Musterkreis"], ["Planjahr", num(2025, "0")], ["Stand", { v: 45_680, fmt: "dd.mm.yyyy" }], [], ...(title.length ? [title] : []), head, ["V1", { v: 45_600, fmt: "dd.mm.yyyy" }, "Fr. A"], ["V2", { v: 45_650, fmt: "dd.mm.yyyy" }, "Fr. B"]]) }]);
    expect(high(by, "AIP_Stand")).toBe("Deckblatt!$B$3");
  });

  it("near miss: two dated Stand labels without a history stay ambiguous", () => {
    const by = map([{ name: "Deckblatt", cells: rows("A1", [["Planjahr", num(2025, "0")], ["Stand", { v: 45_680, fmt: "dd.mm.yyyy" }], [], ["Stand", { v: 45_600, fmt: "dd.mm.yyyy" }]]) }]);
    expect(high(by, "AIP_Stand")).toBeUndefined();
  });
});

describe("„Datenstand“ among the key data dates the programme", () => {
  it.each(["Datenstand", "Datenstand:", "DATENSTAND"])("„%s“ beside Jobcenter and Planjahr is AIP_Stand, sicher", (label) => {
    const by = map([{ name: "Start", cells: rows("A1", [["Träger", "Jobcenter Musterstadt"], ["Planungsjahr", num(2026, "0")], [label, { v: 46_050, fmt: "dd.mm.yyyy" }], ["Beschluss Trägerversammlung am", { v: 46_080, fmt: "dd.mm.yyyy" }]]) }]);
    expect(high(by, "AIP_Stand")).toBe("Start!$B$3");
  });

  it("near miss: „Datenstand“ on a targets sheet still dates the Ist figures, not the programme", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Zielwerte 2026"], ["Datenstand", { v: 46_000, fmt: "dd.mm.yyyy" }], ["Integrationsquote Ziel 2026", pct(0.2)]]) }], 2026);
    expect(high(by, "AIP_Stand")).toBeUndefined();
  });
});

describe("„neu bewilligbar“ names the new approvals", () => {
  it.each(["- neu bewilligbar", "davon neu bewilligbar", "bewilligbare Mittel"])("„%s“ under the Eingliederungsbudget is BUD_EB_Neubewilligungen", (label) => {
    const by = map([{ name: "Haushalt", cells: rows("A1", [["Position", "Plan 2025"], ["Eingliederungsbudget", num(3_000_000)], ["- Vorbindungen", num(1_400_000)], [label, num(1_600_000)]]) }], 2025);
    expect(by.get("BUD_EB_Neubewilligungen")?.ref).toBe("Haushalt!$B$4");
  });

  it("near miss: „bereits bewilligt“ is no new approval", () => {
    const by = map([{ name: "Haushalt", cells: rows("A1", [["Position", "Plan 2025"], ["Eingliederungsbudget", num(3_000_000)], ["bereits bewilligt", num(1_400_000)]]) }], 2025);
    expect(by.get("BUD_EB_Neubewilligungen")).toBeUndefined();
  });
});

describe("a VZÄ-by-area heading over one blank row heads the rows below it", () => {
  it.each([["Bereiche (VZÄ)", "M+I"], ["VZÄ nach Bereichen", "Markt & Integration"]])("„%s“, blank, „%s“ …: the table starts at the first area", (heading, first) => {
    const by = map([{ name: "Personal", cells: rows("A1", [[heading], [], [first, num(40.5, "0.0")], ["Leistung", num(36, "0.0")], ["sonst. operativ", num(17, "0.0")], ["weitere", num(6, "0.0")]]) }], 2025);
    expect(by.get("PER_VZAE_Bereiche")).toMatchObject({ ref: "Personal!$A$3:$B$6", confidence: "high" });
  });
});
