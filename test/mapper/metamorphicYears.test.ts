// The year shift of the metamorphic tests (test/helpers/metamorphic.ts) moves every year a reader sees, in the
// forms the mapper reads: four digits, spans, two digits after a role word and before one ("Integr. 25 (HR)");
// a full date's two-digit year ("Stand 31.01.26") and a two-digit span after a role word ("Ist 24/25") too; ages,
// running numbers ("Zugänge 15", "LZB-Anteil 24", which the mapper does not read as years) and month ranges stay, and
// no year is moved twice.
import { shiftYearsInText, transform } from "../helpers/metamorphic";
import { num, pct, rows } from "../fixtures/layouts";
import { spec } from "../../src/demo/layouts";

describe("shiftYearsInText", () => {
  it.each([
    ["Plan 2025", "Plan 2026"],
    ["Ist 2024/25", "Ist 2025/26"],
    ["Plan 25", "Plan 26"],
    ["Integr. 25 (HR)", "Integr. 26 (HR)"],
    ["eLb 25 JDW", "eLb 26 JDW"],
    ["Ist 24 Plan 25", "Ist 25 Plan 26"],
    ["Stand 31.12.25 Ist", "Stand 31.12.26 Ist"],
    ["Ist 24/25", "Ist 25/26"],
    ["Integr. VJ (24)", "Integr. VJ (25)"],
    ["MA zum 31.12.24", "MA zum 31.12.25"],
    ["IQ 25", "IQ 26"],
  ])("„%s“ → „%s“", (before, after) => expect(shiftYearsInText(before)).toBe(after));

  it.each(["unter 25 Ist", "Alo U 25 Plan", "Zugänge 12", "bis 25 Jahre Ist", "Ist 01–09/24", "Kap. 3.1.2", "Anteil unter 25", "Ü 25", "Jugendliche 15-24", "Dauer Monate 24", "Nr. 20", "Alo-Ant. U25", "Zugänge 15", "LZB-Anteil 24"])("„%s“ stays", (text) =>
    expect(shiftYearsInText(text)).toBe(text),
  );
});

describe("the year shift of years read by the rows around (contextYears.ts)", () => {
  it("moves a head row's and a label pair's two-digit years, never a running number", () => {
    const sheet = {
      name: "Kunden",
      cells: rows("A1", [
        ["Planjahr", num(2026, "0")],
        ["Kundenstruktur", "25", "24"],
        ["LZB-Anteil 25", pct(0.5)],
        ["LZB-Anteil 24", pct(0.6)],
        ["Zugänge 15", num(3)],
      ]),
    };
    const shifted = transform({ layout: { id: "t", title: "t", sheets: [sheet] }, expected: {} }, "jahrPlusEins").measured.layout.sheets[0].cells;
    const text = (a1: string) => spec(shifted[a1]).v;
    expect([text("B2"), text("C2"), text("A3"), text("A4"), text("A5")]).toEqual(["26", "25", "LZB-Anteil 26", "LZB-Anteil 25", "Zugänge 15"]);
  });
});
