// The causes behind the 47th held-out set's misses (test/fixtures/heldOut47.ts: plans that also carry the in-year
// monitoring), each tested with wordings and layouts the tester did not write and near misses that must stay non-high:
// - a monitoring title over month columns right of a plan block does not give the block its role (./besideTitle.ts);
// - month, quarter, forecast, attainment and running columns beside the plan column are monitoring (./monitoringColumns.ts);
// - a Monats-/Quartalsbericht sheet is no rival to the programme's sheets (./reportSheets.ts);
// - a report's or Ist data's date later in the planning year is no Stand of the programme nor of the VJ values (./monitoringDates.ts);
// - "Jahresziel 2026" is a transposed table's role row, a month row of the planning year is monitoring;
// - "< 25" reads "unter 25", a decree's date in a label is no year, "E) Personal" titles its rows;
// - a staff table's Ist counted during the plan column's own year leaves the plan column sure (./inYearStaffIst.ts);
// - the Förderung table ends before the planning year's monitoring at its right edge (./foeMonitoringColumn.ts).
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { contractName } from "../../src/core/contract";
import { tableLayout } from "../../src/core/resolve/tableLayout";
import type { CellValue } from "../../src/core/snapshot";
import { date, f, num, pct, rows, usedCells, vz, type Layout, type LayoutCell } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2026): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

const MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
const months = (start: number, filled: number): Array<LayoutCell | undefined> => MONTHS.map((_, i) => (i < filled ? num(start + i * 10) : undefined));

describe("a monitoring title over the month columns beside a plan block", () => {
  const budget = (title: string, heads: [string, string]) =>
    map([
      {
        name: "Finanzen",
        cells: rows("A1", [
          ["Finanzplanung und Ausgabenverlauf"],
          [null, null, null, null, title],
          ["Haushaltsposition", heads[0], heads[1], null, ...MONTHS],
          ["Verwaltungshaushalt gesamt", num(9_000_000), num(9_300_000), null, ...months(700_000, 6)],
          ["davon Bundesanteil lt. EinglMV", num(6_000_000), num(6_200_000)],
          ["davon kommunaler Finanzierungsanteil", num(1_400_000), num(1_450_000)],
          ["Eingliederungsbudget (inkl. BEZ)", num(2_500_000), num(2_700_000), null, ...months(200_000, 6)],
        ]),
        merged: ["E2:P2"],
      },
    ]);

  it("titles the months only: the plan block's own heads give the roles", () => {
    const by = budget("Ausgaben 2026 (Ist lt. Finanzsystem, je Monat)", ["Ist 2025", "Soll 2026"]);
    expect(high(by, "BUD_VH_Gesamt")).toBe("Finanzen!$C$4");
    expect(high(by, "BUD_VH_EinglMV")).toBe("Finanzen!$C$5");
    expect(high(by, "BUD_EB_Gesamt")).toBe("Finanzen!$C$7");
  });

  it("near miss: without a year head left of the title, the title still speaks for the row", () => {
    const by = budget("Ausgaben 2026 (Ist lt. Finanzsystem, je Monat)", ["Betrag", "Bemerkung"]);
    expect(high(by, "BUD_VH_Gesamt")).toBeUndefined();
  });
});

describe("monitoring columns beside the plan column in the same row", () => {
  const targets = (heads: string[], values: (plan: number) => Array<LayoutCell | undefined>) =>
    map([
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Kennzahl", ...heads],
          ["Integrationsquote", ...values(0.18)],
          ["LZB-Bestand", num(3100), num(3000), num(3050), null, num(3040)],
        ]),
      },
    ]);

  it.each([
    [["Vorjahr 2025", "Soll 2026", "1. Hj.", "2. Hj.", "Hochrechnung Jahresende"]],
    [["Vorjahr 2025", "Soll 2026", "Abfluss Q1", "Abfluss Q2", "Erfüllungsgrad"]],
    [["Vorjahr 2025", "Soll 2026", "Stand Juni", "Summe Ist", "Prognose 2026"]],
  ])("%j: the Soll is the target", (heads) => {
    const by = targets(heads, (p) => [pct(0.17), pct(p), pct(0.08), undefined, pct(0.175)]);
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$C$2");
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$C$3");
    expect(high(by, "ZIE_IQ_VJ")).toBe("Ziele!$B$2");
  });

  it("near miss: without a plan column a forecast beside quarters is no target", () => {
    const by = targets(["Vorjahr 2025", "Prognose 2026", "Q1", "Q2", "Ampel"], () => [pct(0.17), pct(0.175), pct(0.05), undefined, "gelb"]);
    expect(high(by, "ZIE_IQ")).toBeUndefined();
  });

  it("a row of the planning year's months only states no figure", () => {
    const by = map([
      {
        name: "Budget",
        cells: rows("A1", [
          ["Position", "Ist 2025", "Plan 2026"],
          ["Verwaltungshaushalt gesamt", num(9_000_000), num(9_300_000)],
          ["davon Bundesanteil lt. EinglMV", num(6_000_000), num(6_200_000)],
          ["Eingliederungsbudget (inkl. BEZ)", num(2_400_000), num(2_600_000)],
          [],
          ["Titel", "Jan 26", "Feb 26", "Mrz 26"],
          ["Eingliederungsbudget Ausgaben kum.", num(200_000), num(410_000), num(640_000)],
          ["Verwaltungshaushalt Ausgaben kum.", num(700_000), num(1_410_000), num(2_140_000)],
        ]),
      },
    ]);
    expect(high(by, "BUD_EB_Gesamt")).toBe("Budget!$C$4");
    expect(high(by, "BUD_VH_Gesamt")).toBe("Budget!$C$2");
  });
});

describe("monthly and quarterly report sheets", () => {
  const programme = {
    name: "Zielplanung",
    cells: rows("A1", [
      ["Kennzahl", "Ist 2025", "Ziel 2026"],
      ["Integrationsquote", pct(0.17), pct(0.18)],
      ["LZB", num(3100), num(3000)],
    ]),
  };
  it.each([["Quartalsbericht III/2026"], ["Monatsbericht Oktober 2026 an den Träger"]])("%s repeats the targets typed again: no rival", (title) => {
    const by = map([
      programme,
      {
        name: "Bericht",
        cells: rows("A1", [[title], [], ["Kennzahl", "Ist (JFW)", "Ziel 2026"], ["Integrationsquote", pct(0.11), pct(0.18)], ["LZB", num(3050), num(3000)]]),
      },
    ]);
    expect(high(by, "ZIE_IQ")).toBe("Zielplanung!$C$2");
    expect(high(by, "ZIE_LZB")).toBe("Zielplanung!$C$3");
  });

  it("near miss: a figure found only on a report sheet is not sure", () => {
    const by = map([{ name: "QB 3", cells: rows("A1", [["Quartalsbericht 3/2026"], [], ["Kennzahl", "Ist", "Ziel 2026"], ["Integrationsquote", pct(0.11), pct(0.18)]]) }]);
    expect(by.get("ZIE_IQ")?.ref).toBe("'QB 3'!$C$4");
    expect(high(by, "ZIE_IQ")).toBeUndefined();
  });
});

describe("the monitoring's date later in the planning year", () => {
  const dates = (rowsOf: Array<[string, number]>) => map([{ name: "Deckblatt", cells: rows("A1", [["Jobcenter", "Jobcenter Musterkreis"], ...rowsOf.map(([l, d]) => [l, date(d)])]) }]);

  it("is no date of the previous year's values", () => {
    const by = dates([["Stand der Planung", 46068], ["Datenstand Ist-Werte", 46295]]);
    expect(high(by, "AIP_Stand")).toBe("Deckblatt!$B$2");
    expect(high(by, "ZIE_VJ_Stand")).toBeUndefined();
  });

  it("is no rival to the programme's Stand", () => {
    const by = dates([["Stand AIP", 46068], ["Stand Monatsbericht", 46295]]);
    expect(high(by, "AIP_Stand")).toBe("Deckblatt!$B$2");
  });

  it("near miss: Ist data dated before the programme stay its previous-year values' date", () => {
    const by = dates([["Stand der Planung", 46068], ["Datenstand Ist-Werte", 46053]]);
    expect(high(by, "ZIE_VJ_Stand")).toBe("Deckblatt!$B$3");
  });
});

describe("transposed targets and month rows", () => {
  it("'Jahresziel 2026' is the role row of the plan year, not the Planjahr", () => {
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [
          [null, "Integrationsquote", "LZB-Bestand"],
          ["Ist 2025 (Schätzung)", pct(0.17), num(3100)],
          ["Jahresziel 2026", pct(0.18), num(3000)],
          ["Veränderung zum Vorjahr", f("B3/B2-1", 0.18 / 0.17 - 1, "0.0%"), f("C3/C2-1", 3000 / 3100 - 1, "0.0%")],
        ]),
      },
    ]);
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$B$3");
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$C$3");
    expect(high(by, "ZIE_IQ_Veraenderung")).toBe("Ziele!$B$4");
  });

  it("rows of the planning year's months under figure heads are monitoring, no rival to the plan", () => {
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Kennzahl", "Ist 2025", "Ziel 2026"],
          ["Integrationsquote", pct(0.17), pct(0.18)],
          ["LZB", num(3100), num(3000)],
          [],
          ["Monat", "IQ", "LZB"],
          ["Januar 2026", pct(0.015), num(3090)],
          ["Februar 2026", pct(0.03), num(3080)],
        ]),
      },
    ]);
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$C$2");
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$C$3");
  });
});

describe("labels of the monitored workbooks", () => {
  it.each([["Anteil Jugendliche <25 an Alo"], ["Alo-Anteil jünger < 25"]])("%s is the youth share", (label) => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Merkmal", "2024", "2025"], [label, pct(0.08), pct(0.079)]]) }]);
    expect(high(by, "KUN_Anteil_Jugendliche")).toBe("Kunden!$C$2");
  });

  it.each([["Zuteilung EGT (Erlass vom 10.12.2025)"], ["Zuteilung EGT (lt. Schreiben BMAS 12/2025)"]])("%s: the decree's date is no year", (label) => {
    const by = map([{ name: "Budget", cells: rows("A1", [[label, num(6_900_000)]]) }]);
    expect(high(by, "BUD_EGT_Zuteilung")).toBe("Budget!$B$1");
  });

  it("near miss: an allocation labelled with the previous year stays not sure", () => {
    const by = map([{ name: "Budget", cells: rows("A1", [["Zuteilung EGT 2025", num(6_700_000)]]) }]);
    expect(high(by, "BUD_EGT_Zuteilung")).toBeUndefined();
  });

  it("'C) Personal' under a customer table ends its year heads", () => {
    const by = map([
      {
        name: "Cockpit",
        cells: rows("A1", [
          ["B) Kunden"],
          ["Merkmal", "JD 2024", "JD 2025"],
          ["Alleinerziehende", num(640), num(655)],
          [],
          ["C) Personal"],
          ["Köpfe", num(160)],
          ["VZÄ", vz(148.3)],
          ["Quote Frauen", pct(0.8, "0%")],
        ]),
      },
    ]);
    expect(high(by, "PER_Beschaeftigte")).toBe("Cockpit!$B$6");
    expect(high(by, "PER_VZAE_Gesamt")).toBe("Cockpit!$B$7");
  });
});

describe("a staff table's Ist counted during the plan column's year", () => {
  const AREAS = ["Markt und Integration", "Leistung", "Eingangszone", "Arbeitgeberservice"];
  const staff = (heads: [string, string]) =>
    map([{ name: "Personal", cells: rows("A1", [["Bereich", ...heads], ...AREAS.map((a, i) => [a, vz(20 + i), vz(19 + i)])]) }]);

  it.each([[["VZÄ Soll 2026", "VZÄ Ist 31.03.2026"]], [["VZÄ 2026", "VZÄ Ist 06/2026"]], [["VZÄ Plan 2026", "VZÄ Ist 30.06."]]])("%j: the plan column holds the areas", (heads) => {
    expect(high(staff(heads as [string, string]), "PER_VZAE_Bereiche")).toBe("Personal!$A$2:$B$5");
  });

  it("near miss: an undated Ist beside the plan stays for the user", () => {
    expect(high(staff(["VZÄ Plan 2026", "VZÄ Ist"]), "PER_VZAE_Bereiche")).toBeUndefined();
  });
});

describe("the planning year's monitoring at the Förderung table's right edge", () => {
  const INSTRUMENTS = ["Eingliederungszuschuss", "FbW", "AGH", "Aktivierung (§ 45)", "Coaching (§ 16k)"];
  // The instruments with Ist (previous year), Plan and a Begründung, then `extra` columns filled by `fill`.
  const foe = (ist: string, plan: string, extra: string[], fill: (i: number, c: number) => LayoutCell | undefined): CellValue[][] => [
    ["Instrument", ist, plan, "Begründung", ...extra],
    ...INSTRUMENTS.map((name, i) => [name, 100 + i * 10, 110 + i * 10, i === 0 ? "mehr Bedarf" : null, ...extra.map((_, c) => fill(i, c) ?? null)] as CellValue[]),
    ["Gesamt", 600, 660, null, ...extra.map((_, c) => fill(9, c) ?? null)] as CellValue[],
  ];
  const mapFoe = (table: CellValue[][], planYear: number) =>
    high(map([{ name: "Förderung", cells: rows("A1", table.map((r) => r.map((v) => (v === null ? undefined : typeof v === "number" ? num(v) : (v as LayoutCell))))) }], planYear), "FOE_Tabelle");
  const figure = (i: number) => num(40 + i);

  it.each([
    ["Ist 2025", "Plan 2026", ["Ist 2026 bis Juni", "Hochrechnung 2026"], 2026],
    ["Ist 2025", "Soll 2026", ["Jan", "Feb", "Mrz", "kumuliert"], 2026],
    ["IST 2024", "PLAN 2025", ["1. Quartal", "2. Quartal", "Prognose 2025", "Zielerreichung %"], 2025],
    ["Ist 2025", "Plan 2026", ["Ist 2026 (Stand 30.09.)", "Erfüllung in %"], 2026],
    ["Ist 2024", "Plan 2025", ["H1", "H2", "Plan erfüllt bisher %"], 2025],
  ])("%s | %s | Begründung | %j: the table ends at the Begründung", (ist, plan, extra, year) => {
    const table = foe(ist, plan, extra, (i) => figure(i));
    expect(mapFoe(table, year)).toBe("Förderung!$A$1:$D$7");
    // The check reads the proposed range as Instrument | Ist | Plan | Begründung.
    const read = tableLayout(contractName("FOE_Tabelle")!, table.map((r) => r.slice(0, 4)), "Förderung!A1:D7");
    expect("layout" in read && [read.layout.index.get("ist"), read.layout.index.get("plan")]).toEqual([1, 2]);
  });

  it("near miss: a column of remarks headed like monitoring stays in the table", () => {
    const table = foe("Ist 2025", "Plan 2026", ["Umsetzungshinweise"], (i) => (i === 9 ? undefined : `Träger ${i + 1} beauftragt`));
    expect(mapFoe(table, 2026)).toBe("Förderung!$A$1:$E$7");
  });

  it("near miss: the previous year's Ist at the edge is no monitoring of the planning year", () => {
    expect(mapFoe(foe("Ist 2025", "Plan 2026", ["Ist 2025 (vorläufig, bis Dez.)"], (i) => figure(i)), 2026)).toBe("Förderung!$A$1:$E$7");
  });
});
