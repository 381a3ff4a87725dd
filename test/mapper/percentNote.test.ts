// The percent-unit note is found independently of confidence (review of issue 10: a copy sheet "Ziele
// 2023" made the IQ change low, and the note and the value as typed were lost: "−250,0 %").
import { proposeMapping } from "../../src/core/mapper";
import { formatMapText } from "../../src/cli/formatMap";
import { seedLayout, usedCells } from "../fixtures/layouts";

test("a proposal low for another reason keeps the percent-unit note in its reason, and the value is shown as typed", () => {
  const layout = seedLayout();
  const ziele = layout.sheets.find((s) => s.name === "Ziele")!;
  // A copy whose name does not say which is current ("Ziele (2)"; a "Ziele 2023" in a 2024 workbook is last
  // year's plan and yields to the current sheet, issue 13 §2).
  layout.sheets.push({ ...ziele, name: "Ziele (2)" });
  const result = proposeMapping(usedCells(layout));
  const p = result.proposals.find((x) => x.name === "ZIE_IQ_Veraenderung")!;
  expect(p).toMatchObject({ confidence: "low", reasonId: "mehrdeutig", noteId: "prozent-einheit" });
  expect(p.reason).toMatch(/2 Fundstellen/);
  expect(p.reason).toMatch(/Der Wert −2,5 ist in Prozent eingetragen/);
  const text = formatMapText("x.xlsx", result);
  const line = text.split("\n").find((l) => l.includes("ZIE_IQ_Veraenderung "))!;
  expect(line).toMatch(/= −2,5 {2}/);
  expect(text).not.toContain("−250,0 %");
});

test("a high proposal keeps the note as a note", () => {
  const p = proposeMapping(usedCells(seedLayout())).proposals.find((x) => x.name === "ZIE_IQ_Veraenderung")!;
  expect(p).toMatchObject({ confidence: "high", noteId: "prozent-einheit" });
  expect(p.note).toMatch(/in Prozent eingetragen/);
  expect(p.reason).toBeUndefined();
});
