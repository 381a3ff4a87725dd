// The causes behind held-out set 19 (test/fixtures/heldOut19.ts), each with wordings other than the set's and near
// misses that must not become "sicher": employment as an outcome is no staff figure, a qualified label (örtliches
// Ziel) is no rival, numbered drafts, named parts beside a total column, a thousands unit at a block's head, and
// the area a block's corner cell names.
import { proposeMapping } from "../../src/core/mapper";
import { num, pct, rows, usedCells, type Layout, type LayoutSheet } from "../fixtures/layouts";

const sheet = (name: string, cells: LayoutSheet["cells"]): LayoutSheet => ({ name, cells });
const layoutOf = (...sheets: LayoutSheet[]): Layout => ({ id: "t", title: "t", sheets });
const proposal = (layout: Layout, name: string) => proposeMapping(usedCells(layout)).proposals.find((p) => p.name === name);
const isSure = (layout: Layout, name: string, ref: string) => {
  const p = proposal(layout, name);
  return p?.confidence === "high" && p.ref === ref;
};
const neverSureElsewhere = (layout: Layout, name: string, ref?: string) => {
  const p = proposal(layout, name);
  return !(p?.confidence === "high" && p.ref !== ref);
};

describe("employment as an outcome is no staff figure", () => {
  const targets = (label: string) =>
    layoutOf(
      sheet("Ziele", rows("A1", [["Kennzahl", "Ist 2024", "Ziel 2025"], ["Integrationen", num(3_100), num(3_200)], [label, num(4_100), num(4_250)]])),
      sheet("Personal", rows("A1", [["Mitarbeitende", num(180)]])),
    );
  it.each(["Übergänge in sozialversicherungspflichtige Beschäftigung", "Beschäftigungsaufnahmen", "Arbeitsaufnahmen (Beschäftigung)"])(
    "„%s“ among the targets is not PER_Beschaeftigte",
    (label) => {
      const layout = targets(label);
      expect(isSure(layout, "PER_Beschaeftigte", "Personal!$B$1")).toBe(true);
      expect(proposal(layout, "PER_Beschaeftigte")?.ref).toBe("Personal!$B$1");
    },
  );
  it.each(["Beschäftigte", "Beschäftigte insgesamt", "Anzahl Beschäftigte (Köpfe)"])("near miss: „%s“ on the staff sheet stays the head count", (label) => {
    expect(isSure(layoutOf(sheet("Personal", rows("A1", [[label, num(180)]]))), "PER_Beschaeftigte", "Personal!$B$1")).toBe(true);
  });
});

describe("a local target row is no rival of the contract's figure", () => {
  const withLocal = (local: string) =>
    layoutOf(
      sheet(
        "Ziele",
        rows("A1", [
          ["Kennzahl", "Ist 2024", "Ziel 2025"],
          ["Integrationen (absolut)", num(3_405), num(3_350)],
          ["eLb", num(17_840), num(17_600)],
          [],
          ["Weitere Ziele"],
          ["Kennzahl", "Ist 2024", "Ziel 2025"],
          [local, num(3_405), num(3_500)],
        ]),
      ),
    );
  it.each(["Integrationen (lokales Ziel)", "Integrationen (örtlich)", "lokale Integrationen (absolut)"])("beside „%s“ the plain row is sure", (local) => {
    expect(isSure(withLocal(local), "ZIE_Integrationen_VJ", "Ziele!$B$2")).toBe(true);
  });
  it.each(["Integrationen (lokales Ziel)", "Integrationen örtlich"])("near miss: „%s“ alone is never sure", (local) => {
    const layout = layoutOf(sheet("Ziele", rows("A1", [["Kennzahl", "Ist 2024", "Ziel 2025"], [local, num(3_405), num(3_500)]])));
    expect(proposal(layout, "ZIE_Integrationen_VJ")?.confidence).not.toBe("high");
  });
});

describe("numbered drafts of one sheet: the highest number is the current one", () => {
  const budget = (eb: number) => rows("A1", [["Haushalt 2025", "Plan"], ["Eingliederungsbudget", num(eb)]]);
  it.each([
    ["Version 1", "Version 2"],
    ["Entwurf Nr. 1", "Entwurf Nr. 3"],
    ["Fassung 2 (Juli)", "Fassung 3 (Oktober)"],
  ])("„%s“ beside „%s“: the later is sure, the earlier never", (older, newer) => {
    for (const layout of [layoutOf(sheet(older, budget(1_900_000)), sheet(newer, budget(1_987_300))), layoutOf(sheet(newer, budget(1_987_300)), sheet(older, budget(1_900_000)))]) {
      expect(isSure(layout, "BUD_EB_Gesamt", `'${newer}'!$B$2`)).toBe(true);
    }
  });
  it.each([
    ["Budget 1", "Budget 2"],
    ["Haushalt Teil 1", "Haushalt Teil 2"],
  ])("near miss: „%s“ beside „%s“ (no version word) are two places, none sure", (a, b) => {
    const layout = layoutOf(sheet(a, budget(1_900_000)), sheet(b, budget(1_987_300)));
    expect(proposal(layout, "BUD_EB_Gesamt")?.confidence).toBe("low");
  });
});

describe("named parts beside a total column: the total is the figure", () => {
  const split = (heads: string[], total: string) =>
    layoutOf(
      sheet(
        "Haushalt",
        rows("A1", [
          ["Position", ...heads, total],
          ["Eingliederungsbudget", num(10_000_000), num(12_000_000), num(8_000_000), num(30_000_000)],
        ]),
      ),
    );
  it.each([
    [["Nord", "Süd", "West"], "insgesamt"],
    [["Bezirk A", "Bezirk B", "Bezirk C"], "Summe"],
    [["Stadtbezirk 1", "Stadtbezirk 2", "Stadtbezirk 3"], "Jobcenter gesamt"],
    [["Altstadt", "Hafen", "Land"], "Gesamt"],
  ])("%j | %s", (heads, total) => {
    expect(isSure(split(heads as string[], total as string), "BUD_EB_Gesamt", "Haushalt!$E$2")).toBe(true);
  });
  it("near miss: without a total column no part is sure", () => {
    const layout = layoutOf(sheet("Haushalt", rows("A1", [["Position", "Nord", "Süd"], ["Eingliederungsbudget", num(10_000_000), num(12_000_000)]])));
    expect(proposal(layout, "BUD_EB_Gesamt")?.confidence).not.toBe("high");
  });
  it("near miss: one named column beside the total is no split (may be anything)", () => {
    const layout = layoutOf(sheet("Haushalt", rows("A1", [["Position", "Nord", "gesamt"], ["Eingliederungsbudget", num(10_000_000), num(22_000_000)]])));
    expect(neverSureElsewhere(layout, "BUD_EB_Gesamt", "Haushalt!$C$2")).toBe(true);
    expect(proposal(layout, "BUD_EB_Gesamt")?.confidence).not.toBe("high");
  });
  it("the change column beside a location split stays the total's change", () => {
    const layout = layoutOf(
      sheet("Ziele", rows("A1", [["Kennzahl", "Bezirk Nord", "Bezirk Süd", "gesamt", "Veränderung ggü. Vorjahr"], ["Integrationsquote (Ziel)", pct(0.2), pct(0.22), pct(0.21), pct(-0.01)]])),
    );
    expect(isSure(layout, "ZIE_IQ", "Ziele!$D$2")).toBe(true);
    expect(isSure(layout, "ZIE_IQ_Veraenderung", "Ziele!$E$2")).toBe(true);
  });
});

describe("a thousands unit at the head of a label block", () => {
  const overview = (head: string) => rows("A1", [[head, "2025"], ["Eingliederungsbudget", num(20_875)], ["Verwaltungshaushalt", num(48_210)]]);
  const euros = rows("A1", [["Haushalt 2025 (Euro)"], [], ["Eingliederungsbudget", num(20_874_960)], ["Verwaltungshaushalt", num(48_209_870)]]);
  it.each(["Beträge in Tsd. EUR", "Mittel (Tausend Euro)", "Finanzen in TEUR", "Budget (Mio. €)"])("under „%s“ the euro sheet's amounts are sure", (head) => {
    const layout = layoutOf(sheet("Übersicht", overview(head)), sheet("Euro", euros));
    expect(isSure(layout, "BUD_EB_Gesamt", "Euro!$B$3")).toBe(true);
    expect(isSure(layout, "BUD_VH_Gesamt", "Euro!$B$4")).toBe(true);
  });
  // fix69: a workbook keeping all its money in thousands maps sure (./statedUnit.ts); the thousands block is never sure
  // only beside plain euros stated elsewhere (its euro figure may be missing there).
  it("near miss: the thousands block beside plain euros is never sure", () => {
    const layout = layoutOf(sheet("Übersicht", overview("Beträge in Tsd. EUR")), sheet("Zuteilung", rows("A1", [["Beträge in EUR"], ["Zuteilung Eingliederungstitel", num(21_500_000)]])));
    expect(proposal(layout, "BUD_EB_Gesamt")?.confidence).not.toBe("high");
  });
  it("near miss: a head without a unit leaves two places", () => {
    const layout = layoutOf(sheet("Übersicht", overview("Finanzen")), sheet("Euro", euros));
    expect(proposal(layout, "BUD_EB_Gesamt")?.confidence).toBe("low");
  });
  it("near miss: a unit above a blank row heads another block", () => {
    const layout = layoutOf(sheet("Übersicht", rows("A1", [["Beträge in Tsd. EUR"], [], ["Eingliederungsbudget", num(20_874_960)]])));
    expect(isSure(layout, "BUD_EB_Gesamt", "Übersicht!$B$3")).toBe(true);
  });
});

describe("the corner cell of a block names its area", () => {
  const eckdaten = (corner: string) =>
    layoutOf(sheet("Eckdaten", rows("A1", [["Eckdaten 2025"], [], [corner, "2025"], ["Köpfe", num(612)], ["Anteil BA", pct(0.81, "0%")], ["Anteil Kommune", pct(0.19, "0%")]])));
  it.each(["Personal", "Personalausstattung", "Mitarbeitende"])("„%s | 2025“ makes „Anteil BA“ the staff share", (corner) => {
    const layout = eckdaten(corner);
    expect(isSure(layout, "PER_Anteil_BA", "Eckdaten!$B$5")).toBe(true);
    expect(isSure(layout, "PER_Anteil_Kommune", "Eckdaten!$B$6")).toBe(true);
  });
  it.each(["Kennzahl", "Merkmal", "Position"])("near miss: a generic corner „%s“ names no area", (corner) => {
    expect(proposal(eckdaten(corner), "PER_Anteil_BA")?.confidence).toBe("low");
  });
});

describe("a column head naming two kinds contradicts neither", () => {
  const staff = (head: string) =>
    layoutOf(sheet("Personal", rows("A1", [["Personal 2026", head], ["Beschäftigte", num(268)], ["VZÄ", num(247.5, "0.0")], ["Anteil Frauen", pct(0.79, "0%")]])));
  it.each(["Anzahl / Anteil", "Wert bzw. Quote", "Zahl / %"])("under „%s“ the head count, the VZÄ and the share are sure", (head) => {
    const layout = staff(head);
    expect(isSure(layout, "PER_Beschaeftigte", "Personal!$B$2")).toBe(true);
    expect(isSure(layout, "PER_VZAE_Gesamt", "Personal!$B$3")).toBe(true);
    expect(isSure(layout, "PER_Anteil_Frauen", "Personal!$B$4")).toBe(true);
  });
  it.each(["Anteil", "Anteil in %"])("near miss: a head „%s“ alone still rules out a head count", (head) => {
    expect(proposal(staff(head), "PER_Beschaeftigte")?.confidence).not.toBe("high");
  });
});

describe("a block beside another on the same rows keeps its own number columns", () => {
  const cockpit = (area: string) =>
    layoutOf(
      sheet(
        "Cockpit",
        rows("A1", [
          ["VZÄ nach Bereichen", null, null, "Kunden", "2025", "2024"],
          [area, num(96, "0.0"), null, "Anteil LZB", pct(0.62), pct(0.65)],
          ["Leistungsgewährung", num(88.5, "0.0"), null, "Alleinerziehende", num(1_312), num(1_287)],
          ["sonst. operativ", num(34, "0.0")],
        ]),
      ),
    );
  it.each(["Markt & Integration", "M+I", "Markt und Integration"])("areas „%s …“ with customers to the right: the VZÄ table is sure", (area) => {
    expect(isSure(cockpit(area), "PER_VZAE_Bereiche", "Cockpit!$A$2:$B$4")).toBe(true);
  });
  it("near miss: a second number column of the same block still leaves the column open", () => {
    const layout = layoutOf(sheet("Cockpit", rows("A1", [["VZÄ nach Bereichen"], ["Markt & Integration", num(96, "0.0"), num(90, "0.0")], ["Leistungsgewährung", num(88.5, "0.0"), num(80, "0.0")]])));
    expect(proposal(layout, "PER_VZAE_Bereiche")?.confidence).not.toBe("high");
  });
});

describe("a heading with a remark in brackets still names the VZÄ table", () => {
  const areas = (corner: string) =>
    layoutOf(sheet("Personal", rows("A1", [[corner, "VZÄ"], ["Markt und Integration", num(452.6, "0.0")], ["Leistung", num(431.2, "0.0")], ["Weitere Bereiche", num(52.3, "0.0")]])));
  it.each(["Bereich (Jobcenter gesamt)", "Bereiche (Stand 31.12.)", "Fachbereich (alle Standorte)"])("„%s“", (corner) => {
    expect(isSure(areas(corner), "PER_VZAE_Bereiche", "Personal!$A$2:$B$4")).toBe(true);
  });
  it("near miss: a bracket that is the only naming word does not name it", () => {
    expect(proposal(areas("Übersicht (Bereiche)"), "PER_VZAE_Bereiche")?.confidence).not.toBe("high");
  });
});

describe("ZIE_Weitere: the table of local targets and Ergänzungsgrößen", () => {
  const targets = (title: string[][], extra: LayoutSheet["cells"] = {}) =>
    layoutOf(
      sheet("Ziele", {
        ...rows("A1", [
          ["Kennzahl", "Ist 2024", "Ziel 2025", "Veränderung"],
          ["Integrationsquote", pct(0.19), pct(0.2), pct(0.05)],
          [],
          ...title,
          ["Quote nachhaltiger Integrationen", pct(0.6), pct(0.62), pct(0.033)],
          ["Kontaktdichte", num(2.4, "0.0"), num(2.6, "0.0"), pct(0.083)],
        ]),
        ...extra,
      }),
    );
  it.each([
    [[["Weitere Ziele"], ["Kennzahl", "Vorjahr", "Ziel", "Veränderung"]], "Ziele!$A$5:$D$7"],
    [[["Lokale Ziele 2025"], ["Ziel", "Ist 2024", "Plan 2025", "Veränderung in %"]], "Ziele!$A$5:$D$7"],
    [[["Ergänzungsgrößen", "VJ", "Zielwert", "Veränd. ggü. VJ"]], "Ziele!$A$4:$D$6"],
  ])("%j", (title, ref) => {
    expect(isSure(targets(title as string[][]), "ZIE_Weitere", ref as string)).toBe(true);
  });
  it("near miss: the main table under „Kennzahl / Ergänzungsgröße“ is not ZIE_Weitere", () => {
    const layout = targets([["Kennzahl / Ergänzungsgröße", "Vorjahr", "Ziel", "Veränderung"]]);
    expect(proposal(layout, "ZIE_Weitere")).toBeUndefined();
  });
  it("near miss: a title without the previous year | target | change header names no table", () => {
    const layout = targets([["Weitere Ziele"], ["Kennzahl", "Ziel", "Bemerkung"]]);
    expect(proposal(layout, "ZIE_Weitere")).toBeUndefined();
  });
});
