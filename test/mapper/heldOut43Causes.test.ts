// The causes behind the 43rd held-out set's misses (test/fixtures/heldOut43.ts), each tested with wordings and
// layouts the tester did not write and near misses that must stay non-high:
// - "Erfüllung %" (also "Erfüllung in %") beside Zielwert and a running Ist is how far the target was reached:
//   no rival value of the row (src/core/columnRoles.ts, attainment);
// - dashboard tiles with the label above a (merged) value, in a row of tiles, and "Vorjahr:" / "Veränderung:"
//   lines under a tile: the tile's figure for that role (src/core/mapper/labelAboveTiles.ts);
// - a change row in a tile group beside another ("Veränd." under "IQ Ziel" in the "Männer" group right of the
//   "Frauen" group) is that group's change (src/core/mapper/changeRow.ts);
// - gender as columns ("| Gesamt | Männer | Frauen") with the figure in a section row and role rows below it
//   (src/core/mapper/genderColumnsSectionTitle.ts).
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { num, pct, rows, usedCells, vz, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2026): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("a fulfilment column beside target and running Ist is no rival value", () => {
  it.each([["Erfüllung in %"], ["Erfüllung"], ["Erfüllungsquote"]])("%s", (head) => {
    const by = map([
      {
        name: "Kennzahlen",
        cells: rows("A1", [
          ["Kennzahl", "Vorjahr 2025", "Ziel 2026", "Veränderung", "Ist 2026 bisher", head],
          ["Integrationsquote", pct(0.25), pct(0.24), pct(-0.01), pct(0.05), pct(0.2, "0%")],
          ["LZB-Bestand", num(4100), num(4000), pct(-0.024), num(4050), pct(0.98, "0%")],
        ]),
      },
    ]);
    expect(high(by, "ZIE_IQ")).toBe("Kennzahlen!$C$2");
    expect(high(by, "ZIE_IQ_VJ")).toBe("Kennzahlen!$B$2");
    expect(high(by, "ZIE_LZB")).toBe("Kennzahlen!$C$3");
    expect(high(by, "ZIE_LZB_Veraenderung")).toBe("Kennzahlen!$D$3");
  });

  it("an unnamed extra number column still leaves the row open", () => {
    const by = map([
      {
        name: "Kennzahlen",
        cells: rows("A1", [
          ["Kennzahl", "Ziel 2026", "Wert"],
          ["Integrationsquote", pct(0.24), pct(0.2)],
        ]),
      },
    ]);
    expect(by.get("ZIE_IQ")?.confidence).not.toBe("high");
  });
});

describe("tiles with the label above the value", () => {
  it("staff tiles: heads and VZÄ, shares of the Träger", () => {
    const by = map([
      {
        name: "Personalübersicht",
        cells: rows("B2", [
          ["Mitarbeitende (Köpfe)", null, "Vollzeitäquivalente"],
          [num(412), null, vz(380.5)],
          [],
          ["Anteil BA", null, "Anteil Kommune"],
          [pct(0.55, "0%"), null, pct(0.45, "0%")],
        ]),
      },
    ]);
    expect(high(by, "PER_Beschaeftigte")).toBe("Personalübersicht!$B$3");
    expect(high(by, "PER_VZAE_Gesamt")).toBe("Personalübersicht!$D$3");
    expect(high(by, "PER_Anteil_BA")).toBe("Personalübersicht!$B$6");
    expect(high(by, "PER_Anteil_Kommune")).toBe("Personalübersicht!$D$6");
  });

  it("target tiles with merged values and role lines under them", () => {
    const by = map([
      {
        name: "Kacheln",
        cells: rows("A1", [
          ["IQ-Ziel 2026", null, null, "Ziel LZB 2026"],
          [pct(0.24), null, null, num(5200)],
          [],
          [],
          ["VJ:", pct(0.25), null, "VJ:", num(5300)],
          ["Veränd. in %", pct(-0.01), null, "Veränd. in %", pct(-0.019)],
        ]),
        merged: ["A1:B1", "D1:E1", "A2:B3", "D2:E3"],
      },
    ]);
    expect(high(by, "ZIE_IQ")).toBe("Kacheln!$A$2");
    expect(high(by, "ZIE_IQ_VJ")).toBe("Kacheln!$B$5");
    expect(high(by, "ZIE_IQ_Veraenderung")).toBe("Kacheln!$B$6");
    expect(high(by, "ZIE_LZB")).toBe("Kacheln!$D$2");
    expect(high(by, "ZIE_LZB_VJ")).toBe("Kacheln!$E$5");
    expect(high(by, "ZIE_LZB_Veraenderung")).toBe("Kacheln!$E$6");
  });

  it("a target line under a tile is no second value of the tile", () => {
    const by = map([
      {
        name: "Kacheln",
        cells: rows("A1", [
          ["Eingliederungsbudget 2026", null, "Verwaltungshaushalt 2026"],
          [num(4_000_000), null, num(9_000_000)],
          ["Ziel:", pct(0.98, "0%"), "Ziel:", pct(0.99, "0%")],
        ]),
      },
    ]);
    expect(high(by, "BUD_EB_Gesamt")).toBe("Kacheln!$A$2");
    expect(high(by, "BUD_VH_Gesamt")).toBe("Kacheln!$C$2");
  });

  it("near miss: a head over a column of numbers is a table, not a tile", () => {
    const by = map([
      {
        name: "Personal",
        cells: rows("A1", [
          ["Köpfe", null, "VZÄ"],
          [num(120), null, vz(110)],
          [num(130), null, vz(118)],
        ]),
      },
    ]);
    expect(high(by, "PER_Beschaeftigte")).toBeUndefined();
    expect(high(by, "PER_VZAE_Gesamt")).toBeUndefined();
  });

  it("near miss: one label over one number alone is no row of tiles; a line under it names no role", () => {
    const by = map([
      {
        name: "Notizen",
        cells: rows("A1", [
          ["Integrationsquote"],
          [pct(0.24)],
          ["Bemerkung:", pct(0.25)],
        ]),
      },
    ]);
    expect(high(by, "ZIE_IQ_VJ")).toBeUndefined();
  });
});

describe("change rows of tile groups side by side", () => {
  it("each group's change row is its own figure's", () => {
    const by = map([
      {
        name: "Gender",
        cells: rows("A1", [
          ["weiblich", null, null, "männlich"],
          ["Integrationsquote Ziel", pct(0.22), null, "Integrationsquote Ziel", pct(0.27)],
          ["Veränd. zum VJ", pct(-0.01), null, "Veränd. zum VJ", pct(-0.02)],
        ]),
        merged: ["A1:B1", "D1:E1"],
      },
    ]);
    expect(high(by, "ZIE_IQ_Frauen_Veraenderung")).toBe("Gender!$B$3");
    expect(high(by, "ZIE_IQ_Maenner_Veraenderung")).toBe("Gender!$E$3");
  });

  it("near miss: a change row beside a group whose row above has no value of its own is nothing", () => {
    const by = map([
      {
        name: "Gender",
        cells: rows("A1", [
          ["weiblich", null, null, "männlich"],
          ["Integrationsquote Ziel", pct(0.22), null, "Hinweis"],
          ["Veränd. zum VJ", pct(-0.01), null, "Veränd. zum VJ", pct(-0.02)],
        ]),
        merged: ["A1:B1", "D1:E1"],
      },
    ]);
    expect(high(by, "ZIE_IQ_Maenner_Veraenderung")).toBeUndefined();
  });
});

describe("gender columns under a section row naming the figure", () => {
  it("Insgesamt | Frauen | Männer with Basis/Ziel/Veränderung rows", () => {
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Zielwerte nach Geschlecht"],
          [null, "Insgesamt", "Frauen", "Männer", "Bemerkung"],
          ["Integrationsquote (IQ)"],
          ["Ist 2025", pct(0.25), pct(0.22), pct(0.28)],
          ["Ziel 2026", pct(0.24), pct(0.21), pct(0.27), "leicht sinkend"],
          ["Veränderung zum VJ", pct(-0.01), pct(-0.01), pct(-0.01)],
          ["Bestand Langzeitleistungsbezieher"],
          ["Ist 2025", num(4100), num(2200), num(1900)],
          ["Ziel 2026", num(4000), num(2150), num(1850)],
        ]),
      },
    ]);
    expect(high(by, "ZIE_IQ_VJ")).toBe("Ziele!$B$4");
    expect(high(by, "ZIE_IQ_Frauen_VJ")).toBe("Ziele!$C$4");
    expect(high(by, "ZIE_IQ_Maenner")).toBe("Ziele!$D$5");
    expect(high(by, "ZIE_IQ_Frauen_Veraenderung")).toBe("Ziele!$C$6");
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$B$9");
    expect(high(by, "ZIE_LZB_Maenner_VJ")).toBe("Ziele!$D$8");
  });

  it("near miss: a role row of another year yields nothing", () => {
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [
          [null, "Gesamt", "Männer", "Frauen"],
          ["Integrationsquote"],
          ["Ist 2023", pct(0.25), pct(0.28), pct(0.22)],
          ["Ziel 2025", pct(0.24), pct(0.27), pct(0.21)],
        ]),
      },
    ]);
    expect(high(by, "ZIE_IQ")).toBeUndefined();
    expect(high(by, "ZIE_IQ_Maenner_VJ")).toBeUndefined();
  });
});
