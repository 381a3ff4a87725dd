// Causes of set 59 (variants and versions side by side), each tested with wordings the set does not use and with
// near misses that must stay not sure: the chosen one of several alternatives' columns, a Förderung table with two
// versions of its plan column, sheets marked as superseded, the decision's date as the programme's Stand.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { date, num, pct, rows, usedCells, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"]): Map<string, Proposal> {
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

const COVER: Layout["sheets"][number] = {
  name: "Deckblatt",
  cells: rows("A1", [["Arbeitsmarkt- und Integrationsprogramm"], ["Jobcenter", "Jobcenter Kreis Lindental"], ["Planjahr", num(2026, "0")], ["Stand", date(46000)]]),
};

/** A budget sheet with the given heads over two value columns (the second differs in the move and what follows). */
const budget = (heads: [string, string]): Layout["sheets"][number] => ({
  name: "Haushalt",
  cells: rows("A1", [
    ["Haushalt 2026"],
    ["Position", ...heads],
    ["Verwaltungshaushalt gesamt", num(9_000_000), num(9_300_000)],
    ["Umschichtung aus EGT", num(1_000_000), num(1_300_000)],
    ["Eingliederungsbudget", num(4_000_000), num(3_700_000)],
  ]),
});

describe("alternatives of one year side by side: the one marked as chosen is the figure", () => {
  it.each([
    ["Szenario 1 (Entwurf)", "Szenario 2 – verabschiedet am 05.12.2025"],
    ["Version Juli", "Version Oktober (gültig)"],
    ["Alternative I", "Alternative II – gewählt"],
    ["Vorschlag Geschäftsführung", "Trägerversammlung: Beschluss"],
  ])("„%s | %s“: the chosen column, sicher (a date in its head is the decision's, no year)", (a, b) => {
    const by = map([COVER, budget([a, b])]);
    expect(high(by, "BUD_VH_Gesamt")).toBe("Haushalt!$C$3");
    expect(high(by, "BUD_VH_Umschichtung")).toBe("Haushalt!$C$4");
    expect(high(by, "BUD_EB_Gesamt")).toBe("Haushalt!$C$5");
  });

  it("a chosen group merged over „Ziel 2026 | Veränderung“ gives the target and its change; the other group none", () => {
    const by = map([
      COVER,
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Zielwerte 2026"],
          [undefined, "Option 1", undefined, "Option 2 (final)"],
          ["Kennzahl", "Ziel 2026", "Veränderung ggü. VJ", "Ziel 2026", "Veränderung ggü. VJ"],
          ["Integrationsquote", pct(0.2), pct(0.01), pct(0.21), pct(0.02)],
          ["LZB-Bestand", num(1_800), pct(-0.02), num(1_750), pct(-0.03)],
        ]),
        merged: ["B2:C2", "D2:E2"],
      },
    ]);
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$D$4");
    expect(high(by, "ZIE_IQ_Veraenderung")).toBe("Ziele!$E$4");
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$D$5");
  });

  it.each([
    // No marked choice: none of them is sure.
    ["Variante 1", "Variante 2"],
    ["Szenario optimistisch", "Szenario pessimistisch"],
    // The mark is denied.
    ["Szenario A", "Szenario B (noch nicht beschlossen)"],
    // Both marked: no choice either.
    ["Fassung A (final)", "Fassung B (final)"],
  ])("„%s | %s“: no figure sicher", (a, b) => {
    const by = map([COVER, budget([a, b])]);
    for (const name of ["BUD_VH_Gesamt", "BUD_VH_Umschichtung", "BUD_EB_Gesamt"]) expect(high(by, name)).toBeUndefined();
  });

  it("alternatives of different years are no rivals: last year's decided target is not the plan", () => {
    const by = map([
      COVER,
      {
        name: "Ziele",
        cells: rows("A1", [["Zielwerte"], ["Kennzahl", "Ziel 2025 (beschlossen)", "Ziel 2026 Vorschlag"], ["Integrationsquote", pct(0.2), pct(0.21)]]),
      },
    ]);
    expect(high(by, "ZIE_IQ")).not.toBe("Ziele!$B$3");
  });
});

describe("a Förderung table with two versions of its plan column", () => {
  const foe = (heads: string[]) =>
    map([
      COVER,
      {
        name: "Eintritte",
        cells: rows("A1", [
          ["Instrument", ...heads],
          ["FbW", num(40), num(45), num(44)],
          ["EGZ", num(50), num(55), num(58)],
          ["AGH", num(80), num(90), num(84)],
          ["Summe", num(170), num(190), num(186)],
        ]),
      },
    ]);

  it.each([
    [["Ist 2025", "Plan 2026 Fassung Okt.", "Plan 2026 Fassung Dez. (beschlossen)"]],
    [["Ist 2025", "Plan 2026 Szenario A", "Plan 2026 Szenario B"]],
  ])("%j: the table is not sure", (heads) => {
    expect(high(foe(heads), "FOE_Tabelle")).toBeUndefined();
  });

  it("one plan column beside its Begründung stays sure", () => {
    expect(high(foe(["Ist 2025", "Plan 2026", "Begründung"]), "FOE_Tabelle")).toBeDefined();
  });
});

describe("sheets marked as superseded are archive copies", () => {
  const programme = (name: string, title: string, iq: number): Layout["sheets"][number] => ({
    name,
    cells: rows("A1", [[title], [], ["Kennzahl", "Ist 2025", "Ziel 2026"], ["Integrationsquote", pct(0.2), pct(iq)], ["LZB-Bestand", num(1_800), num(1_750)]]),
  });

  it.each([
    ["Planung Juli", "Dieser Stand ist ungültig"],
    ["Planung (ersetzt)", "Zielplanung 2026"],
    ["Vorversion Planung", "Zielplanung 2026"],
    ["Planung Sept.", "Zielplanung 2026 – nicht mehr gültig, ersetzt durch Fassung vom 01.12.2025"],
  ])("„%s“ titled „%s“ beside the valid sheet: the valid sheet's figures are sure", (oldName, oldTitle) => {
    const by = map([COVER, programme("Planung", "Zielplanung 2026", 0.22), programme(oldName, oldTitle, 0.21)]);
    expect(high(by, "ZIE_IQ")).toBe("Planung!$C$4");
  });

  it("a final sheet saying what it replaces marks no archive: two programmes stay unsure", () => {
    const by = map([COVER, programme("Planung", "Zielplanung 2026 – ersetzt die Fassung vom 15.10.2025", 0.22), programme("Planung 2", "Zielplanung 2026", 0.21)]);
    expect(high(by, "ZIE_IQ")).toBeUndefined();
  });

  it("a comparison with the earlier version marks no archive", () => {
    const by = map([COVER, programme("Planung", "Zielplanung 2026 (Änderungen ggü. Vorversion gelb)", 0.22)]);
    expect(high(by, "ZIE_IQ")).toBe("Planung!$C$4");
  });
});

describe("the decision's date is the programme's Stand", () => {
  const info = (lines: (string | number | ReturnType<typeof date>)[][]) =>
    map([
      { name: "Info", cells: rows("A1", [["AIP 2026"], ["Jobcenter:", "Jobcenter Kreis Lindental"], ["Planjahr:", num(2026, "0")], ...lines]) },
      { name: "Ziele", cells: rows("A1", [["Zielwerte 2026"], ["Kennzahl", "Ist 2025", "Ziel 2026"], ["Integrationsquote", pct(0.2), pct(0.21)]]) },
    ]);

  it.each(["TV-Beschluss vom", "Beschluss der Trägerversammlung am", "beschlossen durch die Trägerversammlung am", "verabschiedet am"])("„%s“ beside a proposal's date: sicher", (label) => {
    const by = info([["Entwurf der Geschäftsführung vom", date(45990)], [label, date(46000)]]);
    expect(high(by, "AIP_Stand")).toBe("Info!$B$5");
  });

  it("„Beschlussvorlage vom“ is a proposal: no sure Stand", () => {
    expect(high(info([["Beschlussvorlage vom", date(45990)]]), "AIP_Stand")).toBeUndefined();
  });
});

describe("a sentence on the sheet says which unmarked alternative counts", () => {
  const sheet = (remark: string | undefined): Layout["sheets"][number] => ({
    name: "Ziele",
    cells: rows("A1", [
      ["Zielplanung 2026"],
      ["Kennzahl", "Szenario A", "Veränderung ggü. VJ", "Szenario B", "Veränderung ggü. VJ"],
      ["Integrationsquote", pct(0.2), pct(0.01), pct(0.21), pct(0.02)],
      ["LZB-Bestand", num(1_800), pct(-0.02), num(1_750), pct(-0.03)],
      [],
      [remark],
    ]),
  });

  it.each([
    "Hinweis: Maßgeblich ist Szenario B (Beschluss der TV vom 01.12.2025).",
    "Die Trägerversammlung hat Szenario B gewählt; Szenario A ist verworfen.",
  ])("„%s“: the chosen alternative and its own change column, sicher", (remark) => {
    const by = map([COVER, sheet(remark)]);
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$D$3");
    expect(high(by, "ZIE_IQ_Veraenderung")).toBe("Ziele!$E$3");
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$D$4");
  });

  it.each([
    "Die Entscheidung zwischen Szenario A und Szenario B steht noch aus.",
    "Szenario A und Szenario B gelten als gleichwertig.",
    undefined,
  ])("„%s“: no choice, nothing sicher", (remark) => {
    const by = map([COVER, sheet(remark)]);
    expect(high(by, "ZIE_IQ")).toBeUndefined();
    expect(high(by, "ZIE_IQ_Veraenderung")).toBeUndefined();
  });
});
