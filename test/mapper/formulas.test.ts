// Formulas as evidence (issue 13 §2): a cell dividing the chosen integrations by the chosen ELB is the
// previous year's IQ, whatever its label; formulas as they really arrive (invariant syntax with ",",
// the add-in's AIP.IQ, or _xldudf_AIP_IQ from a file saved without the add-in).
import { proposeMapping } from "../../src/core/mapper";
import { quotientOf } from "../../src/core/mapper/formulas";
import { f, num, pct, rows, usedCells, type Layout } from "../fixtures/layouts";

const layout = (formula: string, value = 750 / 4560, fmt = "0.0%"): Layout => ({
  id: "f",
  title: "f",
  sheets: [
    { name: "Eckdaten", cells: rows("A1", [["Planjahr", num(2024, "0")]]) },
    { name: "Ziele", cells: rows("A1", [["Integrationen 2023", num(750)], ["ELB 2023 (Durchschnitt)", num(4560)], ["Quote", f(formula, value, fmt)]]) },
  ],
});

it.each([["B1/B2"], ["$B$1/$B$2"], ["AIP.IQ(B1,B2)"], ["_xldudf_AIP_IQ(B1, B2)"]])("=%s is ZIE_IQ_VJ, sicher", (formula) => {
  const p = proposeMapping(usedCells(layout(formula))).proposals.find((x) => x.name === "ZIE_IQ_VJ");
  expect(p).toMatchObject({ ref: "Ziele!$B$3", confidence: "high", label: "Quote" });
});

it("=B1/B2*100 is found and its percent unit noted", () => {
  const p = proposeMapping(usedCells(layout("B1/B2*100", (750 / 4560) * 100, "0.0"))).proposals.find((x) => x.name === "ZIE_IQ_VJ");
  expect(p).toMatchObject({ ref: "Ziele!$B$3", noteId: "prozent-einheit" });
});

it("a quotient of other cells is no evidence", () => {
  const p = proposeMapping(usedCells(layout("B2/B1", 4560 / 750, "0.00"))).proposals.find((x) => x.name === "ZIE_IQ_VJ");
  expect(p).toBeUndefined();
});

it("the German ';' never arrives and is not read", () => {
  expect(quotientOf("=AIP.IQ(B1;B2)")).toBeUndefined();
  expect(quotientOf("=AIP.IQ(B1,B2)")).toMatchObject({ num: { row: 0, col: 1 }, den: { row: 1, col: 1 } });
});

it("without formulas (a host that gives none) nothing changes: the label alone decides", () => {
  const u = usedCells({ ...layout("B1/B2"), sheets: [{ name: "Ziele", cells: rows("A1", [["Integrationen 2023", num(750)], ["ELB 2023", num(4560)], ["Quote", pct(0.164)]]) }] });
  expect(proposeMapping(u).proposals.find((x) => x.name === "ZIE_IQ_VJ")).toBeUndefined();
});
