// How the demo grid shows the example's cells under their number formats.
import { cellText } from "../../src/demo/cellText";
import { FORMATS } from "../../src/core/example";

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

test.each([
  [{ value: 9994076, numberFormat: FORMATS.money }, "de", "9.994.076 €"],
  [{ value: 9994076, numberFormat: FORMATS.money }, "en", "€9,994,076"],
  [{ value: 0.16447, numberFormat: FORMATS.share }, "de", "16,4 %"],
  [{ value: -0.025, numberFormat: FORMATS.change }, "de", "-2,5 %"],
  [{ value: 0.063, numberFormat: FORMATS.change }, "de", "+6,3 %"],
  [{ value: 115, numberFormat: FORMATS.vzae }, "de", "115,0"],
  [{ value: 4560, numberFormat: FORMATS.count }, "de", "4.560"],
  [{ value: 2024, numberFormat: FORMATS.year }, "de", "2024"],
  [{ value: 45343, numberFormat: FORMATS.date }, "de", "21.2.2024"],
  [{ value: "Jobcenter Ilm-Kreis" }, "de", "Jobcenter Ilm-Kreis"],
  [{ value: { error: "#DIV/0!" } }, "de", "#DIV/0!"],
  [{ value: null }, "de", ""],
  [undefined, "de", ""],
] as const)("%j in %s → %s", (cell, language, text) => {
  expect(nbsp(cellText(cell as never, language))).toBe(text);
});
