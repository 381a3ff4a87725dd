// The causes behind the twentieth held-out set's misses (test/fixtures/heldOut20.ts), each tested with wordings the
// tester did not write and near misses that must stay non-high.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { f, num, pct, rows, usedCells, vz, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear?: number): Map<string, Proposal> {
  const all = planYear ? [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets] : sheets;
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("a summary block written value | label gives each label the number left of it", () => {
  it.each([
    ["Beschäftigte insgesamt", "Vollzeitäquivalente", "Verwaltungsbudget gesamt"],
    ["Personal (Köpfe)", "VZÄ insgesamt", "Verwaltungskostenbudget"],
  ])("„%s“, „%s“, „%s“ right of their numbers", (heads, fte, budget) => {
    const by = map([{ name: "Übersicht", cells: rows("B2", [["Personal und Mittel"], [num(131), heads], [vz(120.5), fte], [num(9_100_000, "#,##0 €"), budget]]) }], 2025);
    expect([high(by, "PER_Beschaeftigte"), high(by, "PER_VZAE_Gesamt"), high(by, "BUD_VH_Gesamt")]).toEqual(["Übersicht!$B$3", "Übersicht!$B$4", "Übersicht!$B$5"]);
  });

  it("label | value | remark: the remark right of a labelled value is no label of it", () => {
    const by = map([{ name: "Personal", cells: rows("A1", [["Kennzahl", "Wert", "Bemerkung"], ["Beschäftigte", num(131), "VZÄ gesamt siehe unten"], ["Vollzeitäquivalente", vz(120.5), "Anteil BA-Personal offen"]]) }], 2025);
    expect(high(by, "PER_Beschaeftigte")).toBe("Personal!$B$2");
    expect(high(by, "PER_VZAE_Gesamt")).toBe("Personal!$B$3");
    expect(by.get("PER_Anteil_BA")?.ref).not.toBe("Personal!$B$3");
  });

  it("a table with a text column right of its numbers lends no number to that text", () => {
    const by = map([{ name: "Budget", cells: rows("A1", [["Ansatz 2025", "Begründung"], [num(9_100_000, "#,##0 €"), "Verwaltungshaushalt"], [num(2_900_000, "#,##0 €"), "Vollzeitäquivalente"]]) }], 2025);
    // Not a block of value | label when a number stands alone with no label left and only one row reads that way.
    const single = map([{ name: "Budget", cells: rows("A1", [[num(9_100_000, "#,##0 €"), "Verwaltungshaushalt"], [], ["Bemerkung", "keine"]]) }], 2025);
    expect(high(single, "BUD_VH_Gesamt")).toBeUndefined();
    expect(high(by, "PER_VZAE_Gesamt")).toBeUndefined();
  });

  it("running numbers („lfd. Nr.“ 1, 2, 3) left of the labels are no values", () => {
    const by = map([{ name: "Personal", cells: rows("A1", [["Nr.", "Merkmal"], [num(1, "0"), "Beschäftigte gesamt"], [num(2, "0"), "VZÄ gesamt"]]) }], 2025);
    const counted = map([{ name: "Personal", cells: rows("A1", [[num(1, "0"), "Beschäftigte gesamt"], [num(2, "0"), "VZÄ gesamt"], [num(3, "0"), "Anteil BA-Personal"]]) }], 2025);
    for (const m of [by, counted]) expect([high(m, "PER_Beschaeftigte"), high(m, "PER_VZAE_Gesamt")]).toEqual([undefined, undefined]);
  });

  it("shares in % left of their labels are sure too", () => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Kundenstruktur 2024"], [pct(0.55), "Langzeitleistungsbezieher-Anteil"], [pct(0.29), "Ausländeranteil an den Arbeitslosen"], [num(690), "Alleinerziehende"]]) }], 2025);
    expect([high(by, "KUN_Anteil_LZB"), high(by, "KUN_Anteil_Auslaender"), high(by, "KUN_Alleinerziehende")]).toEqual(["Kunden!$A$2", "Kunden!$A$3", "Kunden!$A$4"]);
  });
});

describe("a staff table's head row shared with a small block beside it still heads its total row", () => {
  const table = (groups: string[], side: Array<Array<string | ReturnType<typeof pct> | undefined>>, sum = "Summe") => ({
    name: "Personal",
    cells: {
      // The head row is the side block's first data row: text run, empty column, "weiblich | 70 %".
      ...rows("A2", [
        ["Laufbahn", "Träger", "Köpfe", "VZÄ"],
        ...groups.map((g, i) => [g, i % 2 ? "Kommune" : "BA", num(10 + i), vz(9 + i)]),
        [sum, undefined, num(groups.reduce((s, _, i) => s + 10 + i, 0)), vz(groups.reduce((s, _, i) => s + 9 + i, 0))],
      ]),
      ...rows("F1", side),
    },
  });
  it.each([
    [["Fachassistenz (TE V)", "Arbeitsvermittlung (TE IV)", "Sachbearbeitung EG 9b"], "Summe"],
    [["mittlerer Dienst", "gehobener Dienst", "Tarifbeschäftigte"], "Gesamt"],
  ])("rows %j with a gender block beside the head row: the „%s“ row holds heads and FTE", (groups, sum) => {
    const by = map([table(groups, [["Geschlecht", "Anteil"], ["weiblich", pct(0.7)], ["männlich", pct(0.3)]], sum)], 2025);
    const last = groups.length + 3;
    expect([high(by, "PER_Beschaeftigte"), high(by, "PER_VZAE_Gesamt")]).toEqual([`Personal!$C$${last}`, `Personal!$D$${last}`]);
  });

  it.each([
    [["Laufbahn", "Köpfe", "VZÄ", num(3)]],
    [["Personal", "Köpfe", "VZÄ", "Stand", num(45300)]],
  ])("a text run followed directly by a number (%j) is no head row", (head) => {
    const by = map([{ name: "Personal", cells: rows("A1", [head, ["Vermittlung", num(10), vz(9)], ["Leistung", num(12), vz(11)], ["Summe", num(22), vz(20)]]) }], 2025);
    expect([high(by, "PER_Beschaeftigte"), high(by, "PER_VZAE_Gesamt")]).toEqual([undefined, undefined]);
  });
});

describe("the label column's head („Basis Vorjahr 2024 | Wert“) gives the year a plain value head does not", () => {
  /** A cockpit: targets left, the previous year's basis in a block beside them, headed corner | value head. */
  const cockpit = (corner: string, head: string, labels = ["Integrationen", "eLb im Jahresdurchschnitt", "Integrationsquote"]) => ({
    name: "Cockpit",
    cells: {
      ...rows("A1", [["Kennzahl", "Ziel 2025"], ["Integrationsquote", pct(0.17)], ["LZB-Bestand", num(2600)]]),
      ...rows("E1", [[corner, head], [labels[0], num(742)], [labels[1], num(4480)], [labels[2], f("F2/F3", 742 / 4480, "0.0%")]]),
    },
  });
  it.each([
    ["Ergebnis Vorjahr 2024", "Betrag"],
    ["Vorjahr (2024)", "Wert"],
    ["Ist 2024", "Zahl"],
  ])("„%s | %s“ heads the previous year's integrations, eLb and IQ", (corner, head) => {
    const by = map([cockpit(corner, head)], 2025);
    expect([high(by, "ZIE_Integrationen_VJ"), high(by, "ZIE_ELB_VJ"), high(by, "ZIE_IQ_VJ"), high(by, "ZIE_IQ")]).toEqual(["Cockpit!$F$2", "Cockpit!$F$3", "Cockpit!$F$4", "Cockpit!$B$2"]);
  });

  it("a corner naming no year gives none: the values stay unsure", () => {
    const by = map([cockpit("Kennzahlen", "Wert")], 2025);
    expect([high(by, "ZIE_Integrationen_VJ"), high(by, "ZIE_ELB_VJ")]).toEqual([undefined, undefined]);
  });

  it("a value head naming a figure or year of its own is not replaced by the corner", () => {
    const by = map([cockpit("Vorjahr 2024", "Plan 2025")], 2025);
    expect([high(by, "ZIE_Integrationen_VJ"), high(by, "ZIE_ELB_VJ")]).toEqual([undefined, undefined]);
  });

  it("the label's own year wins over the corner's („Ziele 2025 | Wert“ over „Integrationen 2024“)", () => {
    const by = map([cockpit("Ziele 2025", "Wert", ["Integrationen 2024", "eLb 2024 (JD)", "IQ 2024"])], 2025);
    expect([high(by, "ZIE_Integrationen_VJ"), high(by, "ZIE_ELB_VJ")]).toEqual(["Cockpit!$F$2", "Cockpit!$F$3"]);
    const plan = map([cockpit("Zielwerte 2025", "Wert")], 2025);
    expect([high(plan, "ZIE_Integrationen_VJ"), high(plan, "ZIE_ELB_VJ")]).toEqual([undefined, undefined]);
  });
});

describe("a part row („davon …“) shares the base population of the row it hangs under", () => {
  const kunden = (elbPart: string, aloHead: string, aloPart: string) => ({
    name: "Kunden",
    cells: rows("A1", [
      ["Kundenstruktur 2024", "Anzahl", "Anteil"],
      ["eLb insgesamt", num(5100), pct(1)],
      [elbPart, num(640), pct(0.125)],
      ["davon Frauen", num(2600), pct(0.51)],
      [],
      [aloHead, num(1800), pct(1)],
      [aloPart, num(140), pct(0.078)],
    ]),
  });
  it.each([
    ["darunter Jugendliche", "Arbeitslose insgesamt", "darunter Jugendliche"],
    ["davon unter 25-Jährige", "Arbeitslose (SGB II)", "dar. Jüngere (U25)"],
    ["- davon U25", "Alo gesamt", "- davon U25"],
  ])("„%s“ under the eLb is no youth share of the unemployed; the same under „%s“ is", (elbPart, aloHead, aloPart) => {
    const by = map([kunden(elbPart, aloHead, aloPart)], 2025);
    expect(high(by, "KUN_Anteil_Jugendliche")).toBe("Kunden!$C$7");
  });

  it("a youth part under the eLb alone is never the youth share of the unemployed", () => {
    for (const part of ["davon U25", "darunter unter 25 Jahre"]) {
      const by = map([{ name: "Kunden", cells: rows("A1", [["Kundenstruktur 2024", "Anzahl", "Anteil"], ["erwerbsfähige Leistungsberechtigte", num(5100), pct(1)], [part, num(640), pct(0.125)]]) }], 2025);
      expect(by.get("KUN_Anteil_Jugendliche")?.ref).not.toBe("Kunden!$C$3");
    }
  });

  it("a money part under a sum of both funders stays that part („davon Bund“ under „Verwaltungshaushalt (Bund und Kommune)“)", () => {
    const by = map([{ name: "Haushalt", cells: rows("A1", [["Haushalt 2025", "Euro"], ["Verwaltungshaushalt (Bund und Kommune)", num(9_000_000)], ["davon Bundesanteil EinglMV", num(6_000_000)], ["davon kommunaler Finanzierungsanteil", num(1_500_000)]]) }], 2025);
    expect(high(by, "BUD_VH_KFA")).toBe("Haushalt!$B$4");
  });
});

describe("a staff share under the sum of both funders keeps its reading", () => {
  it.each(["davon Landkreis", "davon Stadtverwaltung"])("„%s“ under „Personal BA und Kommune“ is the municipal staff share", (part) => {
    const by = map([{ name: "Personal", cells: rows("A1", [["Personal 2025", "Anteil"], ["Personal BA und Kommune", pct(1)], ["davon BA", pct(0.7)], [part, pct(0.3)]]) }], 2025);
    expect(by.get("PER_Anteil_Kommune")?.ref).toBe("Personal!$B$4");
  });
});

describe("a target figure found clean on the customer sheet is no rival to the clean one in the targets table", () => {
  const kunden = (label: string) => ({ name: "Kunden", cells: rows("A1", [["Merkmal", 2024, 2023], ["eLb gesamt", num(4700), num(4600)], [label, num(2680), num(3100)]]) });
  const ziele = (rowsBelow: Array<[string, number, number]>) => ({
    name: "Ziele",
    cells: rows("A1", [["Kennzahl", "Ist 2024", "Ziel 2025"], ["Integrationsquote", pct(0.155), pct(0.158)], ...rowsBelow.map(([l, a, b]) => [l, num(a), num(b)])]),
  });
  it.each(["Langzeitleistungsbezieher (Anzahl)", "LZB-Bestand"])("„%s“ among the customer structure leaves ZIE_LZB_VJ to the targets table", (label) => {
    const by = map([kunden(label), ziele([["Bestand LZB (JDW)", 2680, 2720]])], 2025);
    expect(high(by, "ZIE_LZB_VJ")).toBe("Ziele!$B$3");
  });

  it("two clean rows in the targets area stay ambiguous", () => {
    const by = map([kunden("LZB-Bestand"), ziele([["Bestand LZB (JDW)", 2680, 2720], ["LZB gesamt", 2690, 2730]])], 2025);
    expect(high(by, "ZIE_LZB_VJ")).toBeUndefined();
  });
});
