// The causes held-out set 58 ("typed quickly") showed, each tested with wordings the tester did not write and near
// misses that must stay non-high:
// (a) "Ver." typed for the change, as a column head ("Ver. %", "Ver. ggü. 2025") or before the figure in a row
//     label ("Ver. LZB Männer"); "Ver. 2" (a version) is no change;
// (b) "s.o." / "siehe oben" in a value's place points to the value elsewhere: it holds its column's place, but is
//     no candidate of its own;
// (c) short part rows "ges. | Mä | Fr" under figure heads merged over their role heads are the total and the
//     genders (only as a set: a lone "Fr" names no part); a copy titled "überholt, nicht verwenden" is no rival;
// (d) a number closing a label ("LZB-Anteil 24", "Zugänge 15") is no year: reading it so was built and left out, since
//     monitoring rows close with running numbers; ages ("Anteil unter 25", "Ü 25"), ranges ("15-24") and counts stay;
// (e) a bare budget word ("EGT", "VWT", "Verw.-Titel") whose remark under "Bem."/"Anmerkung" names the allocation is
//     that allocation; a remark naming none ("lt. GF") lends no word;
// (f) singles: a bare "PJ:" beside a year names the planning year (over columns it stays a role head); a sheet
//     named "Eintr." is the Förderung's area.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { readColumn } from "../../src/core/columnRoles";
import { withRoleYears } from "../../src/core/mapper/twoDigitYear";
import { buildGrids } from "../../src/core/mapper/grid";
import { f, num, pct, rows, usedCells, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2026): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("(a) „Ver.“ typed for the change", () => {
  it.each(["Ver. %", "Ver. ggü. 2025", "Ver. (in %)"])("head „%s“ over the targets' changes", (head) => {
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Kennzahl", "Vorjahr 2025", "Ziel 2026", head],
          ["Integrationsquote", pct(0.17), pct(0.168), pct(-0.012)],
          ["IQ Männer", pct(0.2), pct(0.197), pct(-0.015)],
          ["LZB-Bestand", num(3000), num(2940), pct(-0.02)],
          ["LZB-Bestand Frauen", num(1600), num(1570), pct(-0.019)],
        ]),
      },
    ]);
    expect(high(by, "ZIE_IQ_Veraenderung")).toBe("Ziele!$D$2");
    expect(high(by, "ZIE_IQ_Maenner_Veraenderung")).toBe("Ziele!$D$3");
    expect(high(by, "ZIE_LZB_Veraenderung")).toBe("Ziele!$D$4");
    expect(high(by, "ZIE_LZB_Frauen_Veraenderung")).toBe("Ziele!$D$5");
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$C$4");
  });

  it("„Ver. LZB Männer“ in a list of rows is the change, „LZB Männer Ziel“ the target", () => {
    const by = map([
      {
        name: "Eingabe",
        cells: rows("A1", [
          ["Position", "Wert"],
          ["LZB Ziel", num(2950)],
          ["LZB Männer Ziel", num(1400)],
          ["Ver. LZB", pct(0.02)],
          ["Ver. LZB Männer", pct(0.018)],
          ["Ver. Integrationsquote", pct(-0.01)],
        ]),
      },
    ]);
    expect(high(by, "ZIE_LZB_Veraenderung")).toBe("Eingabe!$B$4");
    expect(high(by, "ZIE_LZB_Maenner_Veraenderung")).toBe("Eingabe!$B$5");
    expect(high(by, "ZIE_IQ_Veraenderung")).toBe("Eingabe!$B$6");
    expect(high(by, "ZIE_LZB_Maenner")).toBe("Eingabe!$B$3");
  });

  it("near miss: „Ver. 2“ (a version) and „Vers.“ name no change", () => {
    expect(readColumn("Ver. 2").kind).not.toBe("change");
    expect(readColumn("Vers.").kind).not.toBe("change");
    expect(readColumn("Ver. %").kind).toBe("change");
  });
});

describe("(b) „s.o.“ in a value's place points elsewhere", () => {
  it.each(["s.o.", "siehe oben", "s. o."])("„%s“ in the previous year's column: the target and change beside it are sure, the pointer is no value", (pointer) => {
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Integrationen 2025", num(900)],
          ["eLb 2025", num(5400)],
          ["IQ 2025", f("B1/B2", 900 / 5400, "0.0%")],
          [],
          ["Kennzahl", "VJ 2025", "Ziel 2026", "Veränderung"],
          ["IQ", pointer, pct(0.165), pct(-0.01)],
        ]),
      },
    ]);
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$C$6");
    expect(high(by, "ZIE_IQ_Veraenderung")).toBe("Ziele!$D$6");
    expect(by.get("ZIE_IQ_VJ")?.ref).not.toBe("Ziele!$B$6");
  });

  it("near miss: a word that is no pointer („offen“ … „so“) stays a text, no candidate at its place is sure", () => {
    const by = map([
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Kennzahl", "VJ 2025", "Ziel 2026"],
          ["IQ", "so", pct(0.165)],
        ]),
      },
    ]);
    expect(high(by, "ZIE_IQ_VJ")).toBeUndefined();
  });
});

describe("(c) short part rows under figure heads", () => {
  const block = (parts: string[], title = "Zielwerte 2026") =>
    rows("A1", [
      [title],
      [null, "Integrationsquote", null, "LZB-Bestand"],
      [null, "Ziel 2026", "Veränd. in %", "Ziel 2026", "Veränd. in %"],
      [parts[0], pct(0.17), pct(-0.01), num(3100), pct(0.02)],
      [parts[1], pct(0.2), pct(-0.012), num(1500), pct(0.018)],
      ...(parts[2] === undefined ? [] : [[parts[2], pct(0.14), pct(-0.02), num(1600), pct(0.025)]]),
    ]);
  it.each([
    [["ges.", "Mä", "Fr"]],
    [["insg.", "Fr.", "Mä."]],
    [["Gesamt", "männl.", "weibl."]],
  ])("rows %j", (parts) => {
    const by = map([{ name: "Ziele", cells: block(parts), merged: ["B2:C2", "D2:E2"] }]);
    const row = (p: string) => 4 + parts.indexOf(p);
    const men = parts.find((p) => /^m/i.test(p))!;
    const women = parts.find((p) => /^(fr|w)/i.test(p))!;
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$B$4");
    expect(high(by, "ZIE_LZB_Veraenderung")).toBe("Ziele!$E$4");
    expect(high(by, "ZIE_IQ_Maenner")).toBe(`Ziele!$B$${row(men)}`);
    expect(high(by, "ZIE_LZB_Frauen")).toBe(`Ziele!$D$${row(women)}`);
    expect(high(by, "ZIE_IQ_Frauen_Veraenderung")).toBe(`Ziele!$C$${row(women)}`);
  });

  it("near miss: „ges. | Fr“ without the men's row names no women's part (a lone short form)", () => {
    const by = map([{ name: "Ziele", cells: block(["ges.", "Fr"]), merged: ["B2:C2", "D2:E2"] }]);
    expect(high(by, "ZIE_IQ_Frauen")).toBeUndefined();
    expect(high(by, "ZIE_LZB_Frauen")).toBeUndefined();
  });

  it("a copy titled „überholt, nicht verwenden“ beside the block is no rival; without the title the two stay unsure", () => {
    const sheets = (title: string) => [
      { name: "Ziele", cells: block(["ges.", "Mä", "Fr"]), merged: ["B2:C2", "D2:E2"] },
      { name: "Ziele Jan", cells: block(["ges.", "Mä", "Fr"], title), merged: ["B2:C2", "D2:E2"] },
    ];
    const by = map(sheets("Entwurf Januar – überholt, nicht verwenden"));
    expect(high(by, "ZIE_IQ_Maenner")).toBe("Ziele!$B$5");
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$D$4");
    const twin = map(sheets("Entwurf Januar"));
    expect(high(twin, "ZIE_IQ_Maenner")).toBeUndefined();
  });
});

describe("(d) a number closing a label is no year (left out: monitoring rows close with running numbers)", () => {
  it.each(["Zugänge 15", "Integrationen 15", "LZB-Anteil 24", "Anteil unter 25", "Alo Ü 25", "Jugendliche 15-24", "Förderdauer Monate 24", "Lfd. Nr. 20", "Anteil U25", "Stand 31.12.25", "Ist 24/25"])(
    "near miss: „%s“ keeps its number",
    (text) => expect(withRoleYears(text)).toBe(text),
  );

  it("near miss: a label with an age closing it is no year's figure: „Anteil Alo unter 25“ stays the youth share", () => {
    const by = map([
      {
        name: "Kunden",
        cells: rows("A1", [
          ["Kundenstruktur 2025"],
          ["Anteil Alo unter 25", pct(0.08)],
        ]),
      },
    ]);
    expect(by.get("KUN_Anteil_Jugendliche")?.ref).toBe("Kunden!$B$2");
  });
});

describe("(e) the allocation named in a row's remark", () => {
  const list = (egtRemark: string, vwtRemark: string, head = "Bem.") =>
    rows("A1", [
      ["Pos.", "Bezeichnung", "Betrag", head],
      ["1", "Eingliederungstitel", num(4_800_000), egtRemark],
      ["2", "Verwaltungskostentitel", num(6_900_000), vwtRemark],
      ["3", "Umschichtung", num(1_700_000)],
      ["4", "KoFi", num(1_500_000)],
      ["5", "Verwaltungshaushalt gesamt", f("C3+C4+C5", 10_100_000)],
      ["6", "Eingliederungsbudget (nach Umschichtung)", f("C2-C4", 3_100_000)],
    ]);
  it.each([
    ["Zuteilung lt. EinglMV (vorläufig)", "Zuteilung Bund", "Bem."],
    ["vorl. Mittelzuweisung", "zugeteilt lt. Bescheid", "Anmerkung"],
  ])("remarks „%s“ / „%s“ under „%s“", (egt, vwt, head) => {
    const by = map([{ name: "Budget", cells: list(egt, vwt, head) }]);
    expect(high(by, "BUD_EGT_Zuteilung")).toBe("Budget!$C$2");
    expect(high(by, "BUD_VWT_Zuteilung")).toBe("Budget!$C$3");
    expect(high(by, "BUD_VH_Gesamt")).toBe("Budget!$C$6");
    expect(high(by, "BUD_EB_Gesamt")).toBe("Budget!$C$7");
  });

  it("near miss: remarks naming no allocation leave the bare title words no allocation", () => {
    const by = map([{ name: "Budget", cells: list("lt. GF", "vorl.") }]);
    expect(high(by, "BUD_EGT_Zuteilung")).toBeUndefined();
    expect(high(by, "BUD_VWT_Zuteilung")).toBeUndefined();
  });
});

describe("(f) singles", () => {
  it.each(["PJ:", "PJ"])("„%s“ beside a year is the planning year", (label) => {
    const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: [{ name: "Deckbl.", cells: rows("A1", [["JC:", "Jobcenter Musterkreis"], [label, num(2027, "0")]]) }] }));
    const p = result.proposals.find((x) => x.name === "AIP_Planjahr");
    expect(p?.confidence === "high" ? p.ref : undefined).toBe("Deckbl.!$B$2");
  });

  it("near miss: „PJ“ beside a count names no planning year", () => {
    const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: [{ name: "Daten", cells: rows("A1", [["PJ", num(480)]]) }] }));
    expect(result.proposals.find((x) => x.name === "AIP_Planjahr")?.ref).not.toBe("Daten!$B$1");
  });

  it.each(["Eintr.", "Eintr"])("a sheet „%s“ is the Förderung's area; „Eintrag“ is none", (name) => {
    const snapshot = usedCells({
      id: "t",
      title: "t",
      sheets: [
        { name, cells: rows("A1", [["Eintr. lt. Text:", num(230)]]) },
        { name: "Eintrag", cells: rows("A1", [["x", num(1)]]) },
      ],
    });
    const [sheet, other] = buildGrids(snapshot.sheets);
    expect(sheet.areaAt(1, 0)).toBe("foerderung");
    expect(other.areaAt(1, 0)).toBeUndefined();
  });
});
