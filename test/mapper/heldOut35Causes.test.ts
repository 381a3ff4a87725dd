// The causes behind the 35th held-out set's misses and wrong sures (test/fixtures/heldOut35.ts), each tested with
// wordings and layouts the tester did not write and near misses:
// - gender column heads ("Männer | Frauen") over a row naming a target figure ("IQ Ziel 2025") give that figure's
//   gender parts (their targets), never a staff share; a staff row under the same heads ("Anteil Personal") still holds the shares;
// - a proposal column ("Vorschlag RD 2025", "Angebot JC") beside the plain target column ("Ziel 2025") is no second
//   target: the target column holds the targets and decides the changes.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { num, pct, rows, usedCells, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2026): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("gender heads over a figure's row are that figure's parts, no staff shares", () => {
  it.each([
    ["nach Geschlecht", "Männer", "Frauen", "IQ Ziel 2026"],
    ["", "männlich", "weiblich", "Integrationsquote (Ziel)"],
    ["Geschlecht", "Männer", "Frauen", "Ziel LZB-Bestand 2026"],
    ["", "Männer", "Frauen", "Integrationsquote Plan 2026"],
  ])("%s | %s | %s over %s", (corner, m, w, label) => {
    const lzb = /lzb/i.test(label);
    const by = map([
      {
        name: "Cockpit",
        cells: rows("A1", [
          [corner || null, m, w],
          lzb ? [label, num(1_090), num(1_225)] : [label, pct(0.21), pct(0.14)],
          ["Veränderung ggü. VJ", pct(0.02), pct(0.03)],
        ]),
      },
    ]);
    for (const name of ["PER_Anteil_Frauen", "PER_Anteil_Maenner"]) expect(high(by, name)).toBeUndefined();
    // The heads are the figure's parts: its gender targets, the change row below their changes.
    const figure = lzb ? "LZB" : "IQ";
    const [first, second] = /^m/i.test(m) ? ["Maenner", "Frauen"] : ["Frauen", "Maenner"];
    expect([high(by, `ZIE_${figure}_${first}`), high(by, `ZIE_${figure}_${second}`)]).toEqual(["Cockpit!$B$2", "Cockpit!$C$2"]);
  });

  it.each([["Anteil Personal"], ["Anteil am Personal"], ["Personalanteil"], ["Anteil an den Beschäftigten"]])("near miss: a staff row %s under the heads holds the shares", (label) => {
    const by = map([
      {
        name: "Personal",
        cells: rows("A1", [
          ["nach Geschlecht", "Männer", "Frauen"],
          [label, pct(0.38), pct(0.62)],
        ]),
      },
    ]);
    expect(high(by, "PER_Anteil_Maenner")).toBe("Personal!$B$2");
    expect(high(by, "PER_Anteil_Frauen")).toBe("Personal!$C$2");
  });

  it("near miss: a role row (\"Ziel 2026\") under the heads on a staff sheet still holds the shares", () => {
    const by = map([{ name: "Personal", cells: rows("A1", [["Personal", "Männer", "Frauen"], ["Ziel 2026", pct(0.4), pct(0.6)]]) }]);
    expect(high(by, "PER_Anteil_Maenner")).toBe("Personal!$B$2");
    expect(high(by, "PER_Anteil_Frauen")).toBe("Personal!$C$2");
  });
});

describe("a proposal column beside the target column is no second target", () => {
  const targets = (heads: string[]) => [
    {
      name: "Ziele",
      cells: rows("A1", [
        ["Kennzahl", "Ist 2025", ...heads.slice(0, 1), "Veränderung in %", ...heads.slice(1)],
        ["IQ gesamt", pct(0.221), pct(0.23), pct(0.23 / 0.221 - 1), ...heads.slice(1).map((_, i) => pct(0.24 + i / 100))],
        ["LZB gesamt", num(2_950), num(2_800), pct(2_800 / 2_950 - 1), ...heads.slice(1).map((_, i) => num(2_700 - i * 10))],
      ]),
    },
  ];
  const names = ["ZIE_IQ", "ZIE_LZB", "ZIE_IQ_Veraenderung", "ZIE_LZB_Veraenderung"];

  it.each([
    [["Ziel 2026", "Vorschlag RD 2026"]],
    [["Plan 2026", "Zielvorschlag Regionaldirektion"]],
    [["Zielwert 2026", "Angebot JC 2026", "RD-Vorschlag 2026"]],
    [["Soll 2026", "vorgeschlagen (RD)"]],
  ])("under %j the target column is sicher", (heads) => {
    const by = map(targets(heads));
    expect(names.map((n) => high(by, n))).toEqual(["Ziele!$C$2", "Ziele!$C$3", "Ziele!$D$2", "Ziele!$D$3"]);
  });

  it.each([
    [["Ziel 2026", "Zielwert RD 2026"]], // whose target, not said to be a proposal
    [["Ziel JC 2026", "Vorschlag RD 2026"]], // both name a party: no plain target
    [["Ziel 2026", "Ziel 2026 (2. Lesung)"]],
    [["Vorschlag JC 2026", "Vorschlag RD 2026"]],
    [["Ziel nach Nachsteuerung", "Ziel (RD-Vorschlag)"]], // a qualified target may be a rival of its own
  ])("near miss: under %j the target is not sicher", (heads) => {
    const by = map(targets(heads));
    expect(high(by, "ZIE_IQ")).toBeUndefined();
    expect(high(by, "ZIE_LZB")).toBeUndefined();
  });
});
