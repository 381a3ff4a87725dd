// Causes found by held-out set 16, tested with other wordings than the fixture and with near misses that must not
// become "sicher".
import { proposeMapping } from "../../src/core/mapper";
import { isMoneyUnitTitle } from "../../src/core/mapper/unitTitle";
import { num, rows, usedCells, type Layout, type LayoutSheet } from "../fixtures/layouts";

const layoutOf = (...sheets: LayoutSheet[]): Layout => ({ id: "t", title: "t", sheets });
const proposals = (layout: Layout) => proposeMapping(usedCells(layout)).proposals;
const eck: LayoutSheet = { name: "Eckdaten", cells: rows("A1", [["Planjahr", num(2026, "0")]]) };
const high = (layout: Layout, name: string) => proposals(layout).find((p) => p.name === name && p.confidence === "high");

describe("a title naming only the money unit inside a table keeps the two-row header above", () => {
  // Targets first, then budget rows under a unit title, below a header "2025" over "Ist" and "2026" over "Plan".
  const crossTab = (title: string) =>
    layoutOf(eck, {
      name: "Programm",
      cells: rows("A1", [
        [null, "2025", "2026"],
        ["Kennzahl", "Ist", "Plan"],
        ["Integrationen", num(640), num(655)],
        ["Bestand LZB", num(2100), num(2050)],
        [],
        [title],
        ["Eingliederungsbudget", num(2_500_000), num(2_700_000)],
        ["Verwaltungsbudget", num(8_000_000), num(8_300_000)],
      ]),
    });

  it.each(["Beträge in Tsd. €", "Finanzen (EUR)", "Alle Angaben in Euro"])("%p: the budget rows take Plan from the header", (title) => {
    const layout = crossTab(title);
    expect(high(layout, "BUD_EB_Gesamt")?.ref).toBe("Programm!$C$7");
    expect(high(layout, "BUD_VH_Gesamt")?.ref).toBe("Programm!$C$8");
  });

  it.each(["Weitere Angaben", "Haushalt", "Mittel 2024 in Euro"])("near miss: %p after data rows ends the header (no sure budget)", (title) => {
    const layout = crossTab(title);
    expect(high(layout, "BUD_EB_Gesamt")).toBeUndefined();
    expect(high(layout, "BUD_VH_Gesamt")).toBeUndefined();
  });

  it.each(["Eingliederungsbudget in Euro", "Kosten je Eintritt in €", "Weitere Merkmale", "Euro-Mittel Vorjahr"])("near miss: %p is no unit title", (title) => {
    expect(isMoneyUnitTitle(title)).toBe(false);
  });
});
