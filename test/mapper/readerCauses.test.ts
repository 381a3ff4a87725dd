// The causes behind the third held-out set's misses (test/fixtures/heldOut3.ts), each tested with wordings the
// tester did not write and with near misses that must stay non-high: a table guessed from its rows must not
// swallow figure rows; extra words only lower the score unless they could name another figure; "Fr." and "VB";
// a total row under column heads; the ELB twin settled by a planning-year column; the IQ formula vs a typed Ist.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { f, num, pct, rows, usedCells, vz, type Layout, type LayoutCell } from "../fixtures/layouts";

const EUR = "#,##0 €";

function map(sheets: Layout["sheets"], planYear?: number): Map<string, Proposal> {
  const all = planYear ? [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets] : sheets;
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("a table guessed from its rows alone does not swallow rows that name figures", () => {
  const ELB = ["Durchschnittliche Zahl der erwerbsfähigen Leistungsberechtigten", "Bestand an erwerbsfähigen Leistungsberechtigten (Jahresdurchschnitt)", "Leistungsberechtigte, erwerbsfähig (Ø)"];
  const LZB = ["Anteil der Langzeitleistungsbezieher an allen eLb", "Langzeitleistungsbeziehende in % der eLb", "LZB-Quote"];
  const AE = ["Zahl der Alleinerziehenden im Leistungsbezug", "Alleinerziehende", "Alleinerziehende (SGB II)"];
  const cases = ELB.map((elb, i) => [elb, LZB[i], AE[i]] as const);

  it.each(cases)("„%s“ / „%s“ / „%s“ are the customer figures, sicher", (elb, lzb, ae) => {
    const by = map(
      [{ name: "Kundenstruktur", cells: rows("A1", [["Merkmal", "aktuell", "Vorjahr"], [elb, num(4_480)], [lzb, pct(0.581), pct(0.561)], [ae, num(702), num(683)]]) }],
      2025,
    );
    expect([high(by, "KUN_ELB"), high(by, "KUN_Anteil_LZB"), high(by, "KUN_Anteil_LZB_VJ"), high(by, "KUN_Alleinerziehende")]).toEqual([
      "Kundenstruktur!$B$2",
      "Kundenstruktur!$B$3",
      "Kundenstruktur!$C$3",
      "Kundenstruktur!$B$4",
    ]);
    expect(by.get("PER_VZAE_Bereiche")).toBeUndefined();
  });

  it("a real staff-area table without a heading is still found, with an area row that contains a figure word", () => {
    const by = map([{ name: "Personal", cells: rows("A1", [["Leistungsgewährung", vz(39.8)], ["Markt und Integration", vz(42.5)], ["Eingangszone", vz(8.1)], ["Widerspruchsstelle", vz(2.5)]]) }], 2025);
    expect(by.get("PER_VZAE_Bereiche")).toMatchObject({ ref: "Personal!$A$1:$B$4", confidence: "low" });
    expect(high(by, "ZIE_Integrationen_VJ")).toBeUndefined();
  });

  it.each(["Bedarfsgemeinschaften nach Zahl der Personen", "BG nach Anzahl der Personen", "Bedarfsgemeinschaften je Personenzahl"])("„%s“ heads the BG-size table: sicher", (heading) => {
    const by = map([{ name: "Kunden", cells: rows("A1", [[heading], ["eine Person", pct(0.59)], ["zwei Personen", pct(0.2)], ["drei und mehr Personen", pct(0.21)]]) }], 2025);
    expect(by.get("KUN_BG_Groesse")).toMatchObject({ ref: "Kunden!$A$2:$B$4", confidence: "high" });
  });

  it("the same rows under a title that does not name the table stay low", () => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Bedarfsgemeinschaften"], ["eine Person", pct(0.59)], ["zwei Personen", pct(0.2)], ["drei und mehr Personen", pct(0.21)]]) }], 2025);
    expect(by.get("KUN_BG_Groesse")?.confidence).toBe("low");
  });
});

/** One labelled value under a column head that fixes the role; the label's extra words are under test. */
function single(sheet: string, head: string, label: string, value: LayoutCell): Map<string, Proposal> {
  return map([{ name: sheet, cells: rows("A1", [["Kennzahl", head], [label, value]]) }], 2024);
}

describe("words no other figure could mean lower the score but do not veto", () => {
  it.each([
    ["Ziele", "Ist 2023", "Integrationen im Jahr 2023", "ZIE_Integrationen_VJ", num(750)],
    ["Ziele", "Ist 2023", "Integrationen des Jahres 2023", "ZIE_Integrationen_VJ", num(750)],
    ["Ziele", "Ist 2023", "Zahl der Integrationen im Berichtsjahr", "ZIE_Integrationen_VJ", num(750)],
    ["Ziele", "Ist 2023", "Integrationen im Jahr 2023 (Summe Jan–Dez)", "ZIE_Integrationen_VJ", num(750)],
    ["Ziele", "Ist 2023", "Integrationen Januar bis Dezember", "ZIE_Integrationen_VJ", num(750)],
    ["Personal", "Plan 2024", "Zahl der Beschäftigten im Jobcenter (Köpfe)", "PER_Beschaeftigte", num(131)],
    ["Personal", "Plan 2024", "Beschäftigte des Jobcenters", "PER_Beschaeftigte", num(131)],
    ["Personal", "Plan 2024", "Mitarbeitende im JC (Köpfe)", "PER_Beschaeftigte", num(131)],
    ["Kunden", "2023", "davon unter 25 Jahre", "KUN_Anteil_Jugendliche", pct(0.08)],
    ["Kunden", "2023", "Anteil der Arbeitslosen unter 25 Jahren", "KUN_Anteil_Jugendliche", pct(0.08)],
    ["Kunden", "2023", "Arbeitslose Jugendliche (15 bis unter 25 Jahre) in %", "KUN_Anteil_Jugendliche", pct(0.08)],
    ["Kunden", "2023", "darunter jünger als 25 Jahre", "KUN_Anteil_Jugendliche", pct(0.08)],
    ["Kunden", "2023", "Arbeitslose 15- bis 24-Jährige (Anteil)", "KUN_Anteil_Jugendliche", pct(0.08)],
    ["Kunden", "2023", "Anteil Arbeitslose < 25 Jahre", "KUN_Anteil_Jugendliche", pct(0.08)],
    ["Haushalt", "Plan 2024", "davon gem. Eingliederungsmittel-VO (Bundesanteil)", "BUD_VH_EinglMV", num(6_593_989, EUR)],
    ["Haushalt", "Plan 2024", "Anteil Bund lt. Eingliederungsmittel-Verordnung", "BUD_VH_EinglMV", num(6_593_989, EUR)],
  ])("%s | %s: „%s“ is %s, sicher", (sheet, head, label, name, value) => {
    expect(high(single(sheet, head, label, value), name)).toBe(`${sheet}!$B$2`);
  });

  it.each([
    ["Ziele", "Ist 2023", "Integrationen Frauen im Jahr 2023", "ZIE_Integrationen_VJ", num(400)],
    ["Ziele", "Ist 2023", "Integrationsquote im Jahr 2023", "ZIE_Integrationen_VJ", pct(0.16)],
    ["Ziele", "Ist 2023", "Integrationen (Prognose 2024)", "ZIE_Integrationen_VJ", num(760)],
    ["Personal", "Plan 2024", "Beschäftigte im Jobcenter nach Bereichen", "PER_Beschaeftigte", num(131)],
    ["Personal", "Plan 2024", "Beschäftigte der BA im Jobcenter", "PER_Beschaeftigte", num(96)],
    ["Kunden", "2023", "Anteil der Jugendlichen unter 25 Jahren an den eLb", "KUN_Anteil_Jugendliche", pct(0.08)],
    ["Kunden", "2023", "Langzeitarbeitslose unter 25 Jahre", "KUN_Anteil_Jugendliche", pct(0.08)],
    ["Kunden", "2023", "Jugendliche Frauen unter 25 Jahren", "KUN_Anteil_Jugendliche", pct(0.08)],
    ["Kunden", "2023", "Anteil Arbeitslose 25 bis unter 55 Jahre", "KUN_Anteil_Jugendliche", pct(0.6)],
    ["Kunden", "2023", "Anteil Arbeitslose 55 Jahre und älter", "KUN_Anteil_Jugendliche", pct(0.2)],
    // Qualifiers that take something out: no figure uses them, yet they contradict.
    ["Haushalt", "Plan 2024", "Eingliederungsbudget ohne BEZ", "BUD_EB_Gesamt", num(2_500_000, EUR)],
    ["Haushalt", "Plan 2024", "Vorbindungen für Folgejahre", "BUD_EB_Vorbindungen", num(500_000, EUR)],
    ["Haushalt", "Plan 2024", "Restmittel EGT", "BUD_EB_Gesamt", num(90_000, EUR)],
    ["Haushalt", "Plan 2024", "Verwaltungshaushalt abzgl. KFA", "BUD_VH_Gesamt", num(8_000_000, EUR)],
  ])("%s | %s: „%s“ is never sicher for %s", (sheet, head, label, name, value) => {
    expect(high(single(sheet, head, label, value), name)).toBeUndefined();
  });
});

describe("abbreviations: Fr. = Frauen in a figure's row, VB = Vorbindungen in the budget's row group", () => {
  const targets = (labels: string[]) =>
    map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Ist 2023", "Ziel 2024"], ...labels.map((l, i) => [l, i % 3 === 0 ? num(2_950 - i) : num(1_500 - i), num(1_400 - i)])]) }], 2024);

  it.each([
    ["LZB (JDW)", "LZB Fr.", "LZB M."],
    ["Bestand LZB", "LZB-Bestand Fr.", "LZB-Bestand Männer"],
    ["Langzeitleistungsbezieher", "darunter Fr.", "darunter M."],
  ])("„%s“ / „%s“ / „%s“: the women's row is ZIE_LZB_Frauen", (total, women, men) => {
    const by = targets([total, women, men]);
    expect([high(by, "ZIE_LZB"), high(by, "ZIE_LZB_Frauen"), high(by, "ZIE_LZB_Frauen_VJ"), high(by, "ZIE_LZB_Maenner")]).toEqual(["Ziele!$C$2", "Ziele!$C$3", "Ziele!$B$3", "Ziele!$C$4"]);
  });

  it("„Fr“ alone (a weekday) names nothing, not the women's share", () => {
    const by = map([{ name: "Personal", cells: rows("A1", [["Tag", "Anwesenheit"], ["Do", pct(0.91)], ["Fr", pct(0.82)]]) }], 2024);
    expect(by.get("PER_Anteil_Frauen")).toBeUndefined();
  });

  it("„IQ Fr.“, „IQ Fr“ and „Integrationsquote Fr.“ are the women's IQ", () => {
    for (const label of ["IQ Fr.", "IQ Fr", "Integrationsquote Fr."]) {
      const by = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Ist 2023", "Ziel 2024"], ["IQ", pct(0.25), pct(0.26)], [label, pct(0.22), pct(0.225)]]) }], 2024);
      expect(high(by, "ZIE_IQ_Frauen")).toBe("Ziele!$C$3");
    }
  });

  it("„IQ Fr. u. M.“ names both parts: neither, nor the total, sicher; „Fr. Müller“ names no figure sicher", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Ziel 2024"], ["IQ Fr. u. M.", pct(0.25)], ["Ansprechpartnerin", "Fr. Müller"]]) }], 2024);
    expect([...by.values()].filter((p) => p.confidence === "high" && p.name !== "AIP_Planjahr").map((p) => p.name)).toEqual([]);
    const staff = map([{ name: "Personal", cells: rows("A1", [["Ansprechpartnerin", "Fr. Müller"], ["Beschäftigte", num(123)]]) }], 2024);
    expect(staff.get("PER_Anteil_Frauen")?.confidence).not.toBe("high");
  });

  it.each([
    [["EGT inkl. BEZ", "dav. VB aus VJ", "dav. Neubew."]],
    [["Eingliederungsbudget", "davon VB", "davon Neubewilligungen"]],
    [["Eingliederungstitel (EGT)", "davon Neubewilligungen", "davon VB aus Vorjahren"]],
  ])("%j: the VB row is BUD_EB_Vorbindungen, sicher", (labels) => {
    const by = map([{ name: "Haushalt", cells: rows("A1", [["Position", "Plan 2024"], ...labels.map((l, i) => [l, num(3_000_000 - i * 1_000_000, EUR)])]) }], 2024);
    const at = labels.findIndex((l) => /VB/.test(l)) + 2;
    expect(high(by, "BUD_EB_Vorbindungen")).toBe(`Haushalt!$B$${at}`);
  });

  it("„davon VB“ among instruments under the budget is the Vermittlungsbudget, no Vorbindung", () => {
    const by = map([{ name: "Haushalt", cells: rows("A1", [["Position", "Plan 2024"], ["Eingliederungsbudget", num(3_000_000, EUR)], ["davon VB", num(50_000, EUR)], ["davon FbW", num(900_000, EUR)], ["davon EGZ", num(700_000, EUR)]]) }], 2024);
    expect(by.get("BUD_EB_Vorbindungen")).toBeUndefined();
  });

  it.each([["Vermittlungsbudget (VB)"], ["VB"], ["davon VB"]])("„%s“ outside the budget's row group is no Vorbindung", (label) => {
    const by = map([{ name: "Haushalt", cells: rows("A1", [["Position", "Plan 2024"], ["Verwaltungshaushalt", num(9_000_000, EUR)], [label, num(50_000, EUR)]]) }], 2024);
    expect(by.get("BUD_EB_Vorbindungen")).toBeUndefined();
  });
});

describe("a figure named by a column head is the total row's cell under it", () => {
  it.each([
    ["Personal", "Köpfe", "VZÄ", "Gesamt"],
    ["Träger", "Köpfe", "Vollzeitäquivalente", "Summe"],
    ["Dienstherr", "Mitarbeitende", "Stellen (VZÄ)", "Insgesamt"],
  ])("%s | %s | %s over two rows and „%s“", (corner, heads, vzae, total) => {
    const by = map(
      [{ name: "Personal", cells: rows("A1", [[corner, heads, vzae, "Anteil am Gesamt"], ["Bundesagentur für Arbeit", num(96), vz(90), pct(0.78)], ["Landkreis", num(27), vz(25), pct(0.22)], [total, f("B2+B3", 123), f("C2+C3", 115, "0.0"), f("D2+D3", 1, "0%")]]) }],
      2024,
    );
    expect([high(by, "PER_Beschaeftigte"), high(by, "PER_VZAE_Gesamt"), high(by, "PER_Anteil_BA")]).toEqual(["Personal!$B$4", "Personal!$C$4", "Personal!$D$2"]);
  });

  it("a column head that names the figure only with the label column's head („Personal“ + „Anzahl“)", () => {
    const by = map([{ name: "Personal", cells: rows("A1", [["Personal", "Anzahl", "VZÄ"], ["Bundesagentur für Arbeit", num(96), vz(90)], ["Landkreis", num(27), vz(25)], ["Gesamt", f("B2+B3", 123), f("C2+C3", 115, "0.0")]]) }], 2024);
    expect([high(by, "PER_Beschaeftigte"), high(by, "PER_VZAE_Gesamt")]).toEqual(["Personal!$B$4", "Personal!$C$4"]);
  });

  it("without a total row no area row is taken for the total", () => {
    const by = map([{ name: "Personal", cells: rows("A1", [["Personal", "Köpfe", "VZÄ"], ["Bundesagentur für Arbeit", num(96), vz(90)], ["Landkreis", num(27), vz(25)]]) }], 2024);
    expect([by.get("PER_Beschaeftigte")?.ref, by.get("PER_VZAE_Gesamt")?.ref]).toEqual([undefined, undefined]);
  });

  it("a total over months, or under a head of another year, is not sicher", () => {
    const months = map([{ name: "Personal", cells: rows("A1", [["Monat", "Köpfe", "VZÄ"], ["Januar", num(120), vz(110)], ["Februar", num(122), vz(112)], ["Summe", f("B2+B3", 242), f("C2+C3", 222, "0.0")]]) }], 2024);
    expect([high(months, "PER_Beschaeftigte"), high(months, "PER_VZAE_Gesamt")]).toEqual([undefined, undefined]);
    const lastYear = map([{ name: "Personal", cells: rows("A1", [["Personal", "Köpfe Ist 2022", "VZÄ Ist 2022"], ["Bundesagentur für Arbeit", num(96), vz(90)], ["Landkreis", num(27), vz(25)], ["Gesamt", f("B2+B3", 123), f("C2+C3", 115, "0.0")]]) }], 2024);
    expect([high(lastYear, "PER_Beschaeftigte"), high(lastYear, "PER_VZAE_Gesamt")]).toEqual([undefined, undefined]);
  });

  it("„Mitarbeiter“ as a column head beside „Mitarbeiterinnen“ is the men, not all staff: its total is no PER_Beschaeftigte", () => {
    const by = map([{ name: "Personal", cells: rows("A1", [["Team", "Mitarbeiterinnen", "Mitarbeiter"], ["Team A", num(10), num(5)], ["Team B", num(12), num(3)], ["Gesamt", num(22), num(8)]]) }], 2024);
    expect(high(by, "PER_Beschaeftigte")).toBeUndefined();
  });

  it("a figure's own labelled row wins over a column total elsewhere (the total is only a fallback)", () => {
    const by = map(
      [
        {
          name: "Personal",
          cells: rows("A1", [["Beschäftigte (Köpfe)", num(123)], [], ["Team", "Köpfe"], ["Team Nord", num(60)], ["Team Süd", num(50)], ["Summe", f("B4+B5", 110)]]),
        },
      ],
      2024,
    );
    expect(by.get("PER_Beschaeftigte")).toMatchObject({ ref: "Personal!$B$1", confidence: "high" });
  });
});

describe("conventions", () => {
  // ZIE_IQ_VJ is defined as the quotient integrations / ELB of the previous year (shared/domain/planning-workbook.md).
  const iq = (typed: number) =>
    map(
      [
        {
          name: "Ziele",
          cells: rows("A1", [
            ["Kennzahl", "Ist 2023", "Ziel 2024"],
            ["Integrationsquote", pct(typed, "0.0%"), pct(0.16)],
            ["Langzeitleistungsbezieher", num(2_560), num(2_721)],
            [],
            ["Berechnung der IQ 2023"],
            ["Kennzahl", "Ist 2023"],
            ["Integrationen", num(750)],
            ["eLb (Durchschnitt)", num(4_560)],
            ["Integrationsquote", f("B7/B8", 750 / 4_560, "0.00%")],
          ]),
        },
      ],
      2024,
    );

  it.each([[0.164], [0.16447], [0.1645]])("a typed Ist %p that agrees with the formula corroborates it: the formula is ZIE_IQ_VJ, sicher", (typed) => {
    const by = iq(typed);
    expect([high(by, "ZIE_IQ_VJ"), high(by, "ZIE_IQ")]).toEqual(["Ziele!$B$9", "Ziele!$C$2"]);
  });

  it("a typed Ist that disagrees with the formula: neither is sicher", () => {
    expect(iq(0.2).get("ZIE_IQ_VJ")?.confidence).toBe("low");
  });

  it("„eLb (JDW)“ with a planning-year column is the targets' ELB, not the customer stock", () => {
    const by = map([{ name: "Eckwerte", cells: rows("A1", [["Eckwert", num(2024, "0"), num(2025, "0")], ["VWB gesamt", num(10_210_000), num(10_480_000)], ["eLb (JDW)", num(4_480), num(4_400)], ["IQ", pct(0.25), pct(0.26)]]) }], 2025);
    expect([high(by, "ZIE_ELB_VJ"), high(by, "ZIE_ELB"), by.get("KUN_ELB")?.ref]).toEqual(["Eckwerte!$B$3", "Eckwerte!$C$3", undefined]);
  });

  it.each([
    ["2024", "2023", "B"],
    ["2023", "2024", "C"],
  ])("on the customer sheet under „%s | %s“ (2025) the latest year's column is KUN_ELB, sicher", (a, b, col) => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Merkmal", num(Number(a), "0"), num(Number(b), "0")], ["erwerbsfähige Leistungsberechtigte insgesamt", num(5_240), num(5_300)], ["Alleinerziehende", num(700), num(680)]]) }], 2025);
    expect(high(by, "KUN_ELB")).toBe(`Kunden!$${col}$2`);
  });

  // Was "stays undecided: nothing sicher" before the eLb-twin decision. Targets or customers was the only doubt,
  // and the two are one number (ZIE_ELB_VJ = KUN_ELB, the planning workbook): both names take the one cell.
  it("without a planning-year column the same row is the eLb twin: ZIE_ELB_VJ and KUN_ELB at one cell, sicher", () => {
    const by = map([{ name: "Eckwerte", cells: rows("A1", [["Eckwert", num(2024, "0")], ["VWB gesamt", num(10_210_000)], ["eLb (JDW)", num(4_480)], ["IQ", pct(0.25)]]) }], 2025);
    expect(["ZIE_ELB_VJ", "KUN_ELB"].map((n) => high(by, n))).toEqual(["Eckwerte!$B$3", "Eckwerte!$B$3"]);
  });
});

describe("Träger and a gender block", () => {
  it.each([["Träger:"], ["Träger"]])("„%s“ with the Jobcenter's name is AIP_Jobcenter, sicher", (label) => {
    const by = map([{ name: "Deckblatt", cells: rows("A1", [[label, "Jobcenter Landkreis Saale-Holzland"]]) }]);
    expect(high(by, "AIP_Jobcenter")).toBe("Deckblatt!$B$1");
  });

  it.each([
    [["Mitarbeiterinnen", "Mitarbeiter"], 3],
    [["Mitarbeiter", "Mitarbeiterinnen"], 2],
    [["Anteil Mitarbeiterinnen", "Anteil Mitarbeiter"], 3],
  ])("%j: the plain form beside its feminine form is the men's share", (labels, menRow) => {
    const by = map([{ name: "Personal", cells: rows("A1", [["Geschlecht (in %)"], ...labels.map((l) => [l, pct(/innen/.test(l) ? 0.86 : 0.14)])]) }], 2024);
    expect(high(by, "PER_Anteil_Maenner")).toBe(`Personal!$B$${menRow}`);
  });

  it("„Mitarbeiter“ on its own is all staff, not the men", () => {
    const by = map([{ name: "Personal", cells: rows("A1", [["Mitarbeiter", num(123)], ["Vollzeitäquivalente", vz(115)]]) }], 2024);
    expect(by.get("PER_Anteil_Maenner")).toBeUndefined();
    expect(high(by, "PER_Beschaeftigte")).toBe("Personal!$B$1");
  });
});
