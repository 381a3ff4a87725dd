// Workbook-level leftovers of the held-out sets (the Jobcenter's name in a title block, a compound name beside
// "Träger", "Name der gE"; weakly labelled dates), each tested with wordings the sets do not use and with near misses
// that must stay not sure.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { date, num, pct, rows, usedCells, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"]): Map<string, Proposal> {
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

/** A small targets sheet, so the workbook is a programme and not only a cover sheet. */
const TARGETS: Layout["sheets"][number] = {
  name: "Ziele",
  cells: rows("A1", [["Zielwerte 2026"], [], ["Kennzahl", "Ist 2025", "Ziel 2026"], ["Integrationsquote", pct(0.2), pct(0.21)], ["LZB-Bestand", num(1_800), num(1_750)]]),
};

describe("the Jobcenter's name as a line of its sheet's title block", () => {
  const cover = (lines: (string | undefined)[][], merged?: string[]) =>
    map([{ name: "Deckblatt", cells: rows("A1", [...lines, [], ["Planjahr", num(2026, "0")], ["Stand", date(46060)]]), ...(merged ? { merged } : {}) }, TARGETS]);

  it.each([
    ["AIP 2026 (Entwurf)", "Jobcenter Stadt Lindenhain"],
    ["Arbeitsmarkt- und Integrationsprogramm", "JC Kreis Auental"],
    ["Arbeitsmarkt- und Integrationsprogramm für das Jahr 2026", "Kommunales Jobcenter Heideland"],
    ["Programmplanung", "Kreisjobcenter Oberweide"],
  ])("„%s“ over „%s“: the name line is the name, sicher", (title, name) => {
    expect(high(cover([[title], [name]], ["A1:D1", "A2:D2"]), "AIP_Jobcenter")).toBe("Deckblatt!$A$2");
  });

  it("a name line sharing its row with the planning year's label and value (after its merged area) is the name", () => {
    const by = map([
      { name: "Cockpit", cells: rows("A1", [["Steuerungsübersicht 2026"], ["Jobcenter Mittelmark", undefined, undefined, "Planungsjahr", num(2026, "0")], ["Stand:", date(46060)]]), merged: ["A2:C2"] },
      TARGETS,
    ]);
    expect(high(by, "AIP_Jobcenter")).toBe("Cockpit!$A$2");
  });

  it("a logo placeholder before the name labels nothing", () => {
    const by = map([{ name: "Kopf", cells: rows("A1", [["(Logo)", "Jobcenter Wiesengrund"], [undefined, "Arbeitsmarkt- und Integrationsprogramm"], [undefined, "Planjahr", num(2026, "0")]]) }, TARGETS]);
    expect(high(by, "AIP_Jobcenter")).toBe("Kopf!$B$1");
  });

  it("a report title elsewhere naming the same Jobcenter is no rival", () => {
    const by = map([
      { name: "Monat", cells: rows("A1", [["Quartalsbericht Jobcenter Kreis Talheim – Q3 2025"], [], ["Monat", "eLb"], ["Jul", num(5_000)]]) },
      { name: "AIP", cells: rows("A1", [["Arbeitsmarkt- und Integrationsprogramm 2026"], ["Jobcenter Kreis Talheim", undefined, undefined, "Stand:", date(46060)]]), merged: ["A2:B2"] },
      TARGETS,
    ]);
    expect(high(by, "AIP_Jobcenter")).toBe("AIP!$A$2");
  });

  it.each([
    // Only a document title: no name at all.
    [["Arbeitsmarkt- und Integrationsprogramm 2026"], ["Planungsunterlagen"]],
    // A department or a Träger, no Jobcenter's name.
    [["AIP 2026"], ["Fachdienst 56 Jobcenter"]],
    [["AIP 2026"], ["Landkreis Talheim, Dezernat Soziales"]],
    // The Agentur für Arbeit is no Jobcenter.
    [["AIP 2026"], ["Agentur für Arbeit Talheim"]],
    // A signature line or a file path.
    [["AIP 2026"], ["gez. Leitung Jobcenter Talheim"]],
    [["AIP 2026"], ["S:\\Jobcenter Talheim\\AIP\\2026.xlsx"]],
    // A report line with a year, not the plain name.
    [["AIP 2026"], ["Jobcenter Talheim Controlling 2026"]],
  ])("near miss „%s“ / „%s“: no sure name", (...lines) => {
    expect(high(cover(lines as string[][]), "AIP_Jobcenter")).toBeUndefined();
  });

  it("two different Jobcenters' names in title blocks: not sure", () => {
    const by = map([
      { name: "JC A", cells: rows("A1", [["Vergleich"], ["Jobcenter Nordtal"], [], ["Planjahr", num(2026, "0")]]) },
      { name: "JC B", cells: rows("A1", [["Vergleich"], ["Jobcenter Südtal"]]) },
      TARGETS,
    ]);
    expect(high(by, "AIP_Jobcenter")).toBeUndefined();
  });

  it("a name line right on top of a table's head row captions the table: not sure", () => {
    const by = map([
      { name: "Eckdaten", cells: rows("A1", [["Planjahr", num(2026, "0")]]) },
      { name: "Förderung", cells: rows("A1", [["Eintritte nach Instrumenten"], ["JC Kreis Birkenhain"], [undefined, "Ist 2025", "Plan 2026"], ["FbW", num(40), num(42)]]) },
      TARGETS,
    ]);
    expect(high(by, "AIP_Jobcenter")).toBeUndefined();
  });

  it("a name line sharing its row with a figure that is no workbook key (a budget) is not sure", () => {
    const by = map([{ name: "Übersicht", cells: rows("A1", [["AIP 2026"], ["Jobcenter Lindau-Ost", undefined, "Verwaltungshaushalt", num(8_000_000)], ["Planjahr", num(2026, "0")]]) }, TARGETS]);
    expect(high(by, "AIP_Jobcenter")).toBeUndefined();
  });
});

describe("the Jobcenter's name beside its Träger or a naming label", () => {
  it.each([
    ["Träger", "Stadtjobcenter Birkenfeld"],
    ["Träger:", "Kreisjobcenter Am Hang"],
    ["Name der gE", "Jobcenter Heidekreis-Süd"],
    ["Bezeichnung der gE:", "Jobcenter Wolfstal"],
  ])("„%s | %s“: the name, sicher", (label, name) => {
    const by = map([{ name: "Info", cells: rows("A1", [[label, name], ["Planjahr", num(2026, "0")], ["Stand", date(46060)]]) }, TARGETS]);
    expect(high(by, "AIP_Jobcenter")).toBe("Info!$B$1");
  });

  it.each([
    ["Träger", "Bildungswerk Nord gGmbH"],
    ["Träger", "Landkreis Birkenfeld"],
    ["Name der gE", "Agentur für Arbeit Birkenfeld"],
  ])("near miss „%s | %s“: no sure name", (label, name) => {
    const by = map([{ name: "Info", cells: rows("A1", [[label, name], ["Planjahr", num(2026, "0")]]) }, TARGETS]);
    expect(high(by, "AIP_Jobcenter")).toBeUndefined();
  });
});

describe("dates with weak or shared labels", () => {
  const cover = (label: string, value: unknown = date(46060)) =>
    map([{ name: "Deckblatt", cells: rows("A1", [["Jobcenter", "Jobcenter Wiesengrund"], ["Planjahr", num(2026, "0")], [label, value as never]]) }, TARGETS]);

  it.each(["Draft date", "Stand (AIP draft)", "Date of draft"])("„%s“ dates the programme (English draft word), sicher", (label) => {
    expect(high(cover(label), "AIP_Stand")).toBe("Deckblatt!$B$3");
  });

  it("„Draft 2“ with a date names no Stand (no date word)", () => {
    expect(high(cover("Draft 2"), "AIP_Stand")).toBeUndefined();
  });

  const targets = (label: string) =>
    map([
      { name: "Deckblatt", cells: rows("A1", [["Jobcenter", "Jobcenter Wiesengrund"], ["Planjahr", num(2026, "0")], ["Fassung vom", date(46060)]]) },
      {
        name: "Ziele",
        cells: rows("A1", [["Zielwerte 2026"], ["Kennzahl", "Vorjahr", "Ziel"], ["Integrationsquote", pct(0.2), pct(0.21)], ["LZB-Bestand", num(1_800), num(1_750)], [], [label, date(46030)]]),
      },
    ]);

  it.each(["Stand der VJ-Werte", "Stand VJ-Zahlen", "Datum der VJ-Werte"])("„%s“ dates the previous year's figures, and the cover's date stays the programme's: both sicher", (label) => {
    const by = targets(label);
    expect([high(by, "ZIE_VJ_Stand"), high(by, "AIP_Stand")]).toEqual(["Ziele!$B$6", "Deckblatt!$B$3"]);
  });

  it("a „VJ-Wert“ column still holds the previous year's figures", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Planjahr", num(2026, "0")], [], ["Kennzahl", "VJ-Wert", "Ziel 2026"], ["Integrationsquote", pct(0.2), pct(0.21)], ["LZB-Bestand", num(1_800), num(1_750)]]) }]);
    expect([high(by, "ZIE_IQ_VJ"), high(by, "ZIE_IQ")]).toEqual(["Ziele!$B$4", "Ziele!$C$4"]);
  });
});

it("two sheets whose title blocks hold the same name: which cell is the name stays open", () => {
  const sheet = (name: string): Layout["sheets"][number] => ({ name, cells: rows("A1", [["AIP 2026"], ["Jobcenter Kreis Talheim"], [], ["Planjahr", num(2026, "0")]]) });
  expect(high(map([sheet("Deckblatt"), sheet("Übersicht"), TARGETS]), "AIP_Jobcenter")).toBeUndefined();
});

it("the same name line on a kept copy of last year's programme is no rival", () => {
  const cockpit = (name: string, year: number): Layout["sheets"][number] => ({
    name,
    cells: rows("A1", [[`Steuerung AIP ${year}`], ["Jobcenter Kreis Talheim", undefined, undefined, "Planjahr", num(year, "0")], [], ["Kennzahl", `Ist ${year - 1}`, `Ziel ${year}`], ["Integrationsquote", pct(0.2), pct(0.21)]]),
    merged: ["A2:C2"],
  });
  expect(high(map([cockpit("Cockpit", 2026), cockpit("Cockpit 2025 (Kopie)", 2025)]), "AIP_Jobcenter")).toBe("Cockpit!$A$2");
});
