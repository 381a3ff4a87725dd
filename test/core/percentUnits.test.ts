// The percent-unit criterion shared by the mapper and the check: value and number format decide, never a
// header alone; a small value without a percent format is ambiguous and only read as percent units in a
// column run with clear percent-unit neighbours.
import { percentFormatFor, percentReading, percentUnitCells, type PercentCell } from "../../src/core/percentUnits";
import { judgeValue } from "../../src/core/mapper";

describe("percentReading", () => {
  it.each([
    ["share", 0.16, "0.0%", "fraction"],
    ["share", 16, "General", "percent"],
    ["share", 16, "0", "percent"],
    ["share", 100, "General", "percent"],
    ["share", 0.5, "General", "ambiguous"],
    ["share", 1, "General", "ambiguous"],
    ["share", 0, "General", "fraction"],
    ["share", 16, "0.0%", "invalid"], // shows 1600 %: the format says what it means, typen/anteil
    ["share", 160, "General", "invalid"],
    ["share", -5, "General", "invalid"],
    ["change", -0.025, "0.0%", "fraction"],
    ["change", -2.5, "General", "percent"],
    ["change", -2.5, "0.0", "percent"],
    ["change", 6.3, undefined, "percent"],
    ["change", -0.8, "General", "ambiguous"],
    ["change", -0.025, "General", "ambiguous"],
    ["change", 1500, "General", "invalid"],
  ] as const)("%s %p formatted %p is %s", (kind, value, format, expected) => {
    expect(percentReading(kind, value, format)).toBe(expected);
  });

  it("keeps the printed precision for a rescaled value", () => {
    expect(percentFormatFor("0.0")).toBe("0.0%");
    expect(percentFormatFor("#,##0")).toBe("0%");
    expect(percentFormatFor("General")).toBe("General");
  });

  it("agrees with the mapper: a clear percent value gets the note, a fraction none", () => {
    expect(judgeValue("ZIE_IQ_Veraenderung", -2.5, "General", true)).toMatchObject({ ok: true, noteId: "prozent-einheit" });
    expect(judgeValue("ZIE_IQ_Veraenderung", -0.025, "0.0%", true)).toEqual({ ok: true });
    expect(judgeValue("PER_Anteil_Frauen", 86, "General", false)).toMatchObject({ ok: true, noteId: "prozent-einheit" });
    expect(judgeValue("PER_Anteil_Frauen", 0.86, "General", false)).toEqual({ ok: true });
    // The header alone does not decide: the note says both readings and what the check does.
    const ambiguous = judgeValue("ZIE_IQ_Veraenderung", -0.8, "General", true);
    expect(ambiguous).toMatchObject({ ok: true, noteId: "prozent-einheit" });
    expect(ambiguous.ok && ambiguous.note).toMatch(/−0,8 % oder −80 %/);
    expect(judgeValue("ZIE_IQ_Veraenderung", -0.8, "General", false)).toEqual({ ok: true });
  });
});

describe("percentUnitCells", () => {
  const cell = (row: number, value: number, format = "General", col = 2, kind: "share" | "change" = "change"): PercentCell => ({
    key: `Ziele!${row}:${col}`,
    sheet: "Ziele",
    row,
    col,
    kind,
    value,
    format,
  });

  it("reads an ambiguous value in a column run of percent units as percent units", () => {
    const got = percentUnitCells([cell(7, -2.5), cell(8, -3.6), cell(9, -0.8), cell(10, 6.3)]);
    expect([...got.entries()].sort()).toEqual([
      ["Ziele!10:2", "percent"],
      ["Ziele!7:2", "percent"],
      ["Ziele!8:2", "percent"],
      ["Ziele!9:2", "neighbours"],
    ]);
  });

  it.each([
    ["alone", [cell(9, -0.8)]],
    ["a gap in the column", [cell(7, -2.5), cell(9, -0.8)]],
    ["another column", [cell(8, -2.5, "General", 3), cell(9, -0.8)]],
    ["another number format", [cell(8, -2.5, "0.0"), cell(9, -0.8)]],
    ["another kind", [cell(8, 16, "General", 2, "share"), cell(9, -0.8)]],
    ["only ambiguous neighbours", [cell(8, -0.5), cell(9, -0.8)]],
    ["a percent-formatted cell between", [cell(7, -2.5), cell(8, -0.02, "0.0%"), cell(9, -0.8)]],
  ])("leaves an ambiguous value a fraction: %s", (_what, cells) => {
    expect(percentUnitCells(cells).has("Ziele!9:2")).toBe(false);
  });
});
