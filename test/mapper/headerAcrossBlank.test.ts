// A column header applies down to the next header row or section title, across blank rows (review of
// issue 10: the LZB block below a blank row got "kein Spaltenkopf"); "high" stays strict.
import { proposeMapping } from "../../src/core/mapper";
import { num, rows, usedCells, type Layout } from "../fixtures/layouts";
import { zielsteuerungSheet } from "../fixtures/reviewLayouts";

const layout = (...sheets: Layout["sheets"]): Layout => ({ id: "t", title: "t", sheets });
const byName = (l: Layout) => new Map(proposeMapping(usedCells(l)).proposals.map((p) => [p.name, p]));

test("the header in row 3 heads the LZB block in rows 10–12 across the blank row 9", () => {
  const p = byName(layout(zielsteuerungSheet()));
  expect(p.get("ZIE_LZB")).toMatchObject({ confidence: "high", ref: "Zielsteuerung!$C$10", value: 2800 });
  expect(p.get("ZIE_LZB_Maenner")).toMatchObject({ confidence: "high", ref: "Zielsteuerung!$C$11" });
  expect(p.get("ZIE_LZB_Frauen")).toMatchObject({ confidence: "high", ref: "Zielsteuerung!$C$12" });
  expect(p.get("ZIE_LZB_Veraenderung")).toMatchObject({ ref: "Zielsteuerung!$D$10" });
  expect(p.get("ZIE_LZB_Maenner_Veraenderung")).toMatchObject({ ref: "Zielsteuerung!$D$11" });
  expect(p.get("ZIE_LZB_Frauen_Veraenderung")).toMatchObject({ ref: "Zielsteuerung!$D$12" });
  for (const n of ["ZIE_LZB", "ZIE_LZB_Maenner", "ZIE_LZB_Frauen"]) expect(p.get(n)!.reason ?? "").not.toMatch(/Spaltenkopf/);
});

test("a section title between header and block ends the header: the block's values are not high by that header", () => {
  const sheet = zielsteuerungSheet();
  sheet.cells.A9 = "Weitere Kennzahlen der Dienststelle";
  const p = byName(layout(sheet));
  expect(p.get("ZIE_LZB_Veraenderung")).toBeUndefined();
  expect(p.get("ZIE_LZB")?.confidence).not.toBe("high");
});

test("the label's own year wins over a header above a blank row (a figure below a table)", () => {
  const sheet = {
    name: "Förderung",
    cells: rows("A1", [[null, "Ist 2023", "Plan 2024"], ["FbW", num(80), num(70)], [], ["Eintrittsplanung 2024 (erste Aufstellung)", num(458)]]),
  };
  expect(byName(layout(sheet)).get("FOE_Eintritte_Plan")).toMatchObject({ ref: "Förderung!$B$4", value: 458 });
});
