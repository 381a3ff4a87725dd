// The mapper finds the Förderung table by its Gesamt row; the check then derives the levels from the labels
// (src/core/resolve/labels.ts). Every total wording the mapper accepts must be level 0 for the check too,
// or a table the mapper proposed "high" would fail the check's structure rule.
import { FOE_TOTAL } from "../../src/core/mapper";
import { levelOfLabel } from "../../src/core/resolve/labels";

const alternatives = FOE_TOTAL.source.replace(/^\^\(|\)\$$/g, "").split("|");

test("the mapper's total wordings are many, not a stub", () => {
  expect(alternatives.length).toBeGreaterThan(8);
});

test.each(alternatives)("„%s“ at the table's edge is the Gesamt row (level 0) for the check", (label) => {
  expect(FOE_TOTAL.test(label)).toBe(true);
  expect(levelOfLabel(label, true)).toBe(0);
});
