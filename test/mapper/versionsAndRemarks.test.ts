// Versions of one sheet side by side and remark lines between a header and its data (heldOut5 causes, other
// wordings): the latest version is the current sheet, an earlier one is never a sure place; "Bemerkung: …"
// under a header does not cut the header off from the rows below.
import { proposeMapping } from "../../src/core/mapper";
import { versionOf } from "../../src/core/mapper/versions";
import { date, f, num, pct, rows, usedCells, type Layout, type LayoutSheet } from "../fixtures/layouts";

const layoutOf = (...sheets: LayoutSheet[]): Layout => ({ id: "t", title: "t", sheets });
const proposals = (layout: Layout) => proposeMapping(usedCells(layout)).proposals;
const eck: LayoutSheet = { name: "Eckdaten", cells: rows("A1", [["Planjahr", num(2025, "0")]]) };
const targets = (name: string, lzb: number): LayoutSheet => ({
  name,
  cells: rows("A1", [["Kennzahl", "Ist 2024", "Ziel 2025"], ["Bestand LZB", num(lzb + 50), num(lzb)], ["Integrationsquote", pct(0.2), pct(0.21)]]),
});

describe("versions of one sheet", () => {
  it.each([
    ["Ziele (Stand Mai)", "Ziele (Stand Oktober)"],
    ["Ziele Fassung vom 20.05.", "Ziele Fassung vom 14.10."],
    ["Zielplanung Jun 24", "Zielplanung Sep 24"],
    ["Zielwerte Version Juli", "Zielwerte Version November"],
  ])("%p beside %p: the later is the sure place, either order of sheets", (early, late) => {
    for (const order of [[early, late], [late, early]]) {
      const layout = layoutOf(eck, ...order.map((n) => targets(n, n === late ? 2_400 : 2_500)));
      const p = proposals(layout).find((x) => x.name === "ZIE_LZB");
      expect(p).toMatchObject({ confidence: "high", ref: `'${late}'!$C$2` });
    }
  });

  it("an earlier version alone (the current one lacks the figure) is only low, with the reason", () => {
    const layout = layoutOf(eck, targets("Ziele (Stand Mai)", 2_500), { name: "Ziele (Stand Oktober)", cells: rows("A1", [["Kennzahl", "Ist 2024", "Ziel 2025"], ["Integrationsquote", pct(0.2), pct(0.21)]]) });
    const p = proposals(layout).find((x) => x.name === "ZIE_LZB");
    expect(p).toMatchObject({ confidence: "low", ref: "'Ziele (Stand Mai)'!$C$2" });
    expect(p?.reason).toMatch(/ältere Fassung/);
  });

  it.each([["Ziele", "Ziele (2)"], ["Ziele Nord", "Ziele Süd"], ["Ziele Mai", "Haushalt Oktober"]])("near miss: %p and %p are no versions of one sheet", (a, b) => {
    expect(versionOf(a)?.base === undefined || versionOf(b)?.base === undefined || versionOf(a)?.base !== versionOf(b)?.base).toBe(true);
  });
});

describe("a remark between a header and its rows", () => {
  it.each(["Bemerkung: ohne Personen nach AsylbLG", "Hinweis: Werte vorläufig", "* Jahresdurchschnitt", "Anmerkung (RD): angepasst"])("%p keeps the header for the rows below", (remark) => {
    const layout = layoutOf(eck, {
      name: "Kunden",
      cells: rows("A1", [["Merkmal", "2023", "2024"], ["eLb (JD)", num(7_020), num(6_912)], [remark], ["Alleinerziehende", num(688), num(702)]]),
    });
    const p = proposals(layout);
    expect(p.find((x) => x.name === "KUN_Alleinerziehende")).toMatchObject({ confidence: "high", ref: "Kunden!$C$4" });
    expect(p.find((x) => x.name === "KUN_Alleinerziehende_VJ")).toMatchObject({ confidence: "high", ref: "Kunden!$B$4" });
  });

  it("near miss: a section title there still ends the header (its rows take no year from above)", () => {
    const layout = layoutOf(eck, {
      name: "Kunden",
      cells: rows("A1", [["Merkmal", "2023", "2024"], ["eLb (JD)", num(7_020), num(6_912)], ["Weitere Merkmale"], ["Alleinerziehende", num(688), num(702)]]),
    });
    expect(proposals(layout).find((x) => x.name === "KUN_Alleinerziehende" && x.confidence === "high")).toBeUndefined();
  });
});

describe("a subtotal or a figure given for information is weaker than a plain label", () => {
  const budget = (aside: string) =>
    layoutOf(eck, {
      name: "Budget",
      cells: rows("A1", [
        ["Position", "Plan 2025"],
        ["Bundesmittel (EinglMV)", num(9_100_000, "#,##0 €")],
        ["Umschichtung aus EGT", num(800_000, "#,##0 €")],
        [aside, num(9_900_000, "#,##0 €")],
        ["Eingliederungsbudget", num(5_200_000, "#,##0 €")],
      ]),
    });
  it.each(["Zwischensumme Bundesmittel (EinglMV)", "Teilsumme Bundesmittel", "nachrichtlich: Eingliederungsbudget lt. Zuteilung", "nachr. Eingliederungsbudget"])("%p beside the plain label: the plain label is sure", (aside) => {
    const p = proposals(budget(aside));
    expect(p.find((x) => x.name === "BUD_VH_EinglMV")).toMatchObject({ confidence: "high", ref: "Budget!$B$2" });
    expect(p.find((x) => x.name === "BUD_EB_Gesamt")).toMatchObject({ confidence: "high", ref: "Budget!$B$5" });
  });

  it("near miss: a subtotal alone is only low", () => {
    const layout = layoutOf(eck, { name: "Budget", cells: rows("A1", [["Position", "Plan 2025"], ["nachrichtlich: Eingliederungsbudget", num(5_200_000, "#,##0 €")]]) });
    expect(proposals(layout).find((x) => x.name === "BUD_EB_Gesamt")).toMatchObject({ confidence: "low" });
  });
});

describe("supplementary figures of the targets", () => {
  const ergaenzung = (label: string, extra: [string, unknown][] = []) =>
    layoutOf(eck, {
      name: "Ziele",
      cells: rows("A1", [
        ["Kennzahl", "Ist 2024", "Ziel 2025"],
        ["Integrationsquote", pct(0.2), pct(0.21)],
        [],
        ["Ergänzungsgrößen"],
        [label, num(1_234)],
        ...extra.map(([l, v]) => [l, v as ReturnType<typeof num>]),
      ]),
    });

  it.each(["Integrationen (Summe der letzten 12 Monate)", "Integrationen, rollierende Jahressumme", "Integrationen (gleitende Summe)"])("%p is the previous year's actual (a rolling period)", (label) => {
    expect(proposals(ergaenzung(label)).find((x) => x.name === "ZIE_Integrationen_VJ")).toMatchObject({ confidence: "high", ref: "Ziele!$B$5" });
  });

  it("a rival of the wrong type (a rate in %) does not make the count ambiguous", () => {
    const p = proposals(ergaenzung("Integrationen (Summe der letzten 12 Monate)", [["Nachhaltigkeit der Integrationen", pct(0.63)]]));
    expect(p.find((x) => x.name === "ZIE_Integrationen_VJ")).toMatchObject({ confidence: "high", ref: "Ziele!$B$5" });
  });

  it("near miss: a planned number of integrations (Plan 2025) is no previous-year actual", () => {
    const p = proposals(ergaenzung("Integrationen Plan 2025"));
    expect(p.find((x) => x.name === "ZIE_Integrationen_VJ" && x.confidence === "high")).toBeUndefined();
  });
});

describe("the previous year's IQ as a quotient tells the year of its operands", () => {
  const sheetWith = (iqHeader: string, elbLabel: string) =>
    layoutOf(eck, {
      name: "Ziele",
      cells: rows("A1", [
        ["Kennzahl", iqHeader, "Ziel 2025"],
        ["Integrationsquote", f("B7/B8", 0.2, "0.0%"), pct(0.21)],
        ["Bestand LZB", num(3_000), num(2_900)],
        [],
        ["weitere Angaben"],
        [],
        ["Integrationen", num(1_000)],
        [elbLabel, num(5_000, "#,##0.0")],
      ]),
    });
  it.each(["durchschnittlicher Bestand an eLb", "eLb im Durchschnitt", "Leistungsberechtigte (JD)"])("%p under a quotient's denominator is ZIE_ELB_VJ", (label) => {
    const p = proposals(sheetWith("Ist 2024", label));
    expect(p.find((x) => x.name === "ZIE_ELB_VJ")).toMatchObject({ confidence: "high", ref: "Ziele!$B$8" });
    expect(p.find((x) => x.name === "ZIE_Integrationen_VJ")).toMatchObject({ confidence: "high", ref: "Ziele!$B$7" });
  });

  it("near miss: when the IQ itself has no year, its operands get none either", () => {
    const p = proposals(sheetWith("Wert", "durchschnittlicher Bestand an eLb"));
    expect(p.find((x) => x.name === "ZIE_ELB_VJ" && x.confidence === "high")).toBeUndefined();
  });
});

describe("the Jobcenter's name beside a word for the body that runs it", () => {
  it.each(["Grundsicherungsstelle:", "Stelle der Grundsicherung", "Träger der Grundsicherung:"])("%p labels the Jobcenter's name", (label) => {
    const layout = layoutOf({ name: "Deckblatt", cells: rows("A1", [["AIP 2025"], [label, "Jobcenter Landkreis Beispiel"]]) });
    expect(proposals(layout).find((x) => x.name === "AIP_Jobcenter")).toMatchObject({ confidence: "high", ref: "Deckblatt!$B$2" });
  });

  it("near miss: Grundsicherungsstelle beside another text is no Jobcenter's name", () => {
    const layout = layoutOf({ name: "Deckblatt", cells: rows("A1", [["Grundsicherungsstelle:", "Landkreis Beispiel, Fachbereich Soziales"]]) });
    expect(proposals(layout).find((x) => x.name === "AIP_Jobcenter" && x.confidence === "high")).toBeUndefined();
  });
});

describe("words that change what a label is about", () => {
  const budget = (label: string) =>
    layoutOf(eck, {
      name: "Haushalt",
      cells: rows("A1", [
        ["Position", "Plan 2025"],
        ["Umschichtung EGT → VKT", num(900_000, "#,##0 €")],
        [label, num(6_100_000, "#,##0 €")],
        ["Vorbindungen", num(2_000_000, "#,##0 €")],
        ["Neubewilligungen", num(4_100_000, "#,##0 €")],
      ]),
    });
  it.each(["Eingliederungsbudget nach Umschichtung", "EGT 2025 nach der Umschichtung", "Eingliederungsmittel nach Umschichtungen"])("%p is the budget, not the amount moved", (label) => {
    const p = proposals(budget(label));
    expect(p.find((x) => x.name === "BUD_EB_Gesamt")).toMatchObject({ confidence: "high", ref: "Haushalt!$B$3" });
    expect(p.find((x) => x.name === "BUD_VH_Umschichtung")).toMatchObject({ confidence: "high", ref: "Haushalt!$B$2" });
  });

  const customers = (rate: string) =>
    layoutOf(
      eck,
      { name: "Ziele", cells: rows("A1", [["Ergänzungsgrößen"], [rate, pct(0.021)]]) },
      { name: "Kunden", cells: rows("A1", [["Merkmal", "2023", "2024"], ["Anteil LZB an eLb", pct(0.66), pct(0.65)]]) },
    );
  it.each(["Zugangsrate LZB", "Anteil LZB an den Zugängen", "LZB-Anteil an den Eintritten"])("%p (a flow) is no rival to the LZB share of the stock", (rate) => {
    expect(proposals(customers(rate)).find((x) => x.name === "KUN_Anteil_LZB")).toMatchObject({ confidence: "high", ref: "Kunden!$C$2" });
  });
});

describe("the date and status of the previous year's figures", () => {
  const targets = (extra: Array<[string, unknown]>, sheetName = "Ziele") =>
    layoutOf(
      { name: "Deckblatt", cells: rows("A1", [["Planjahr", num(2025, "0")], ["Stand", date(45_600)]]) },
      {
        name: sheetName,
        cells: rows("A1", [["Kennzahl", "Ist 2024", "Ziel 2025"], ["Integrationsquote", pct(0.2), pct(0.21)], ["Bestand LZB", num(3_000), num(2_900)], [], ...extra.map(([l, v]) => [l, v as ReturnType<typeof num>])]),
      },
    );
  it.each(["Datenstand Ist-Werte:", "Stand der Istwerte", "Stand Vorjahreswerte", "Datenstand"])("%p beside a date on the targets sheet is ZIE_VJ_Stand", (label) => {
    const p = proposals(targets([[label, date(45_590)]]));
    expect(p.find((x) => x.name === "ZIE_VJ_Stand")).toMatchObject({ confidence: "high", ref: "Ziele!$B$5" });
    expect(p.find((x) => x.name === "AIP_Stand")).toMatchObject({ confidence: "high", ref: "Deckblatt!$B$2" });
  });

  it.each(["Status der Ist-Werte:", "Status Vorjahreswerte"])("%p beside „vorläufig“ is ZIE_VJ_Status", (label) => {
    expect(proposals(targets([[label, "vorläufig"]])).find((x) => x.name === "ZIE_VJ_Status")).toMatchObject({ confidence: "high", ref: "Ziele!$B$5" });
  });

  it("near miss: „Datenstand“ on a cover sheet is no date of the Ist figures", () => {
    const layout = layoutOf({ name: "Deckblatt", cells: rows("A1", [["Planjahr", num(2025, "0")], ["Datenstand", date(45_600)]]) });
    expect(proposals(layout).find((x) => x.name === "ZIE_VJ_Stand" && x.confidence === "high")).toBeUndefined();
  });

  it("near miss: a plain „Stand“ or „Status“ is neither", () => {
    const p = proposals(targets([["Status", "in Arbeit"], ["Stand", date(45_590)]]));
    expect(p.find((x) => (x.name === "ZIE_VJ_Stand" || x.name === "ZIE_VJ_Status") && x.confidence === "high")).toBeUndefined();
  });
});

describe("VKT/VWT: the Verwaltungskostentitel", () => {
  const budget = (label: string) =>
    layoutOf(eck, {
      name: "Haushalt",
      cells: rows("A1", [["Position", "Plan 2025"], ["Zuteilung EGT 2025", num(14_000_000, "#,##0 €")], [label, num(18_000_000, "#,##0 €")], ["Umschichtung EGT → VKT", num(2_000_000, "#,##0 €")]]),
    });
  it.each(["Zuteilung Verwaltungskostentitel (VKT) 2025 - Bundesanteil", "VKT-Zuteilung", "Zuteilung VWT (Bundesanteil)"])("%p is the VWT allocation", (label) => {
    const p = proposals(budget(label));
    expect(p.find((x) => x.name === "BUD_VWT_Zuteilung")).toMatchObject({ confidence: "high", ref: "Haushalt!$B$3" });
    expect(p.find((x) => x.name === "BUD_VH_Umschichtung")).toMatchObject({ confidence: "high", ref: "Haushalt!$B$4" });
  });

  it("near miss: the municipal share of the VKT is no allocation", () => {
    expect(proposals(budget("Zuteilung VKT kommunaler Anteil")).find((x) => x.name === "BUD_VWT_Zuteilung" && x.confidence === "high")).toBeUndefined();
  });
});
