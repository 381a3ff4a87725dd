// The mapper's Förderung table under a two-row head with the kind over the year ("Ist | Plan" over "2025 |
// 2026"): the year row belongs to the head (data below it, the table sure), as the check reads it
// (src/core/resolve/twoRowHead.ts); a first data row whose figures only look like years stays data.
import { proposeMapping } from "../../src/core/mapper";
import type { CellValue } from "../../src/core/snapshot";

const foeOf = (values: CellValue[][], numberFormats?: string[][]) =>
  proposeMapping({ sheets: [{ name: "Förderung", origin: "A1", values, ...(numberFormats ? { numberFormats } : {}) }] }).proposals.find((p) => p.name === "FOE_Tabelle");

const DATA: CellValue[][] = [
  ["Gesamt", 120, 125],
  ["Förderung beruflicher Weiterbildung", 50, 55],
  ["Eingliederungszuschuss", 70, 70],
];

it.each<[string, CellValue[][]]>([
  ["years as numbers, Instrument above", [["Instrument", "Ist", "Plan"], [null, 2025, 2026]]],
  ["years as text, Instrument beside them", [[null, "Ist", "Plan"], ["Instrument", "2025", "2026"]]],
])("kind over year (%s): sure, the data below the year row", (_name, head) => {
  expect(foeOf([...head, ...DATA])).toMatchObject({ ref: "Förderung!$A$1:$C$5", confidence: "high", value: 3 });
});

it("a first row of figures formatted as counts (2.025 | 2.026) is data, formatted as years the year row", () => {
  // The first row's label left blank: only the format tells the figures from years.
  const values: CellValue[][] = [["Instrument", "Ist", "Plan"], [null, 2025, 2026], ["Förderung beruflicher Weiterbildung", 1000, 1000], ["Eingliederungszuschuss", 1025, 1026]];
  expect(foeOf(values, values.map((r) => r.map(() => "#,##0")))).toMatchObject({ ref: "Förderung!$A$1:$C$4", value: 3 });
  expect(foeOf(values, values.map((r) => r.map(() => "0")))).toMatchObject({ ref: "Förderung!$A$1:$C$4", value: 2 });
});
