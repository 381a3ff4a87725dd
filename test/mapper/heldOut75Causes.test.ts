// The causes behind the 75th held-out set's misses (test/fixtures/heldOut75.ts), each tested with wordings the
// tester did not write and near misses that must stay non-high:
// 1. a footnote or remark row right under the Förderung table ends it (./findFoe.ts, ./remark.ts);
// 2. a control column recomputing the stated values is no rival of them (./controlColumn.ts);
// 3. an excerpt of the programme itself ("AIP 2028 – Auszug für die Bereichsleitung") is the Jobcenter's own
//    sheet, no copy of a report (./reportCopies.ts).
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { f, num, pct, rows, usedCells, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear: number | null = 2027): Map<string, Proposal> {
  const all = planYear === null ? sheets : [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("1. a footnote row under the Förderung table ends it", () => {
  const foe = (footnote: string) =>
    map([
      {
        name: "Förderung",
        cells: rows("A1", [
          ["Förderung: Eintritte nach Instrumenten"],
          [],
          ["Instrument", "Ist 2026*", "Plan 2027", "Erläuterung"],
          ["Eintritte insgesamt", num(230), num(214)],
          ["Förderung der beruflichen Weiterbildung", num(44), num(40)],
          ["Aktivierung und berufliche Eingliederung (§ 45)", num(120), num(110)],
          ["Eingliederungszuschüsse", num(30), num(32), "mehr Ältere"],
          ["Arbeitsgelegenheiten", num(36), num(32)],
          [footnote],
        ]),
      },
    ]);
  it.each([
    "* Ist 2026 vorläufig, Datenstand Januar 2027",
    "¹ vorläufige Werte",
    "Anm.: Ist-Werte vorläufig",
    "Hinweis: Werte des Vorjahres vorläufig",
    "Die Ist-Werte des Jahres 2026 sind vorläufig und werden im Februar aktualisiert.",
  ])("„%s“ stays outside the table", (footnote) => {
    const p = foe(footnote).get("FOE_Tabelle");
    expect(p?.ref).toBe("Förderung!$A$3:$D$8");
    expect(p?.confidence).toBe("high");
  });
  it("an instrument row without figures is no footnote (the table keeps it)", () => {
    expect(foe("Freie Förderung").get("FOE_Tabelle")?.ref).toBe("Förderung!$A$3:$D$9");
  });
});

describe("2. a control column beside the stated change is no rival", () => {
  const targets = (controlHead: string) =>
    map([
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Ziele 2027"],
          [],
          ["Kennzahl", "Ist 2025", "vorl. Ist 2026", "Ziel 2027", "Veränd. lt. ZV", controlHead],
          ["Integrationsquote", pct(0.16), pct(0.165), pct(0.168), pct(0.018), f("D4/C4-1", 0.168 / 0.165 - 1, "0.00%")],
          ["LZB (JDW)", num(2_611), num(2_580), num(2_540), pct(-0.016), f("D5/C5-1", 2_540 / 2_580 - 1, "0.00%")],
        ]),
      },
    ]);
  it.each(["Kontrolle rechnerisch", "Prüfung", "Gegenprobe (berechnet)", "Check", "Abgleich Veränderung"])("„%s“: target and change sure", (head) => {
    const by = targets(head);
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$D$4");
    expect(high(by, "ZIE_IQ_Veraenderung")).toBe("Ziele!$E$4");
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$D$5");
    expect(high(by, "ZIE_LZB_Veraenderung")).toBe("Ziele!$E$5");
  });
  it("a second column with no control word stays a rival (not sure)", () => {
    expect(high(targets("Veränderung rechnerisch"), "ZIE_IQ_Veraenderung")).toBeUndefined();
  });
});

describe("3. an excerpt of the programme is the Jobcenter's own", () => {
  const cover = (title: string) =>
    map(
      [
        {
          name: "Info",
          cells: rows("A1", [[title], [], ["Dienststelle", "Jobcenter Landkreis Nordhausen"], ["Planjahr", num(2028, "0")], ["Personal M&I 2028 (VZÄ)", num(31.5, "0.0")]]),
        },
      ],
      null,
    );
  it.each(["AIP 2028 – Auszug für die Bereichsleitung Markt und Integration", "Auszug aus dem Arbeitsmarkt- und Integrationsprogramm 2028"])("„%s“", (title) => {
    const by = cover(title);
    expect(high(by, "AIP_Jobcenter")).toBe("Info!$B$3");
    expect(high(by, "AIP_Planjahr")).toBe("Info!$B$4");
  });
  it("an excerpt of the Controllingbericht stays someone else's (not sure)", () => {
    expect(high(cover("Auszug aus dem Controllingbericht September 2027"), "AIP_Planjahr")).toBeUndefined();
  });
});
