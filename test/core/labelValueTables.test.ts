// Issue 10 §2: PER_VZAE_Bereiche and KUN_BG_Groesse with any number of rows, the label in the first text
// column and the value in the last number column (labels in B, values in D). The checks read the values
// from there: the VZÄ sum and the household shares are checked as on the example.
import { check } from "../../src/core/engine";
import type { CellValue, WorkbookSnapshot } from "../../src/core/snapshot";
import { example } from "../helpers/example";
import { placeTable } from "../helpers/tables";

const findings = (s: WorkbookSnapshot, rule: string) => check(s).filter((f) => f.rule === rule).map((f) => ({ messageId: f.messageId, data: f.data, cells: f.cells }));
const errors = (s: WorkbookSnapshot) => check(s).filter((f) => f.severity === "error");

/** Six VZÄ areas, labels in B, a merged/empty column C, values in D. */
const areas = (last: number): CellValue[][] => [
  ["Markt und Integration", null, 40.5],
  ["Leistung", null, 39.8],
  ["Eingangszone", null, 2],
  ["Sonstiges operatives Personal", null, 19.1],
  ["Sonstiges administratives Personal", null, 5.5],
  ["Weitere Bereiche", null, last],
];
const vzae = (last: number) => placeTable(example(), "PER_VZAE_Bereiche", "Personal 2024", "B4", areas(last)).snapshot();

describe("PER_VZAE_Bereiche in another shape", () => {
  it("six areas in B and D adding up to 115,0 give no finding and no error", () => {
    expect(findings(vzae(8.1), "abstimmung/vzae-summe")).toEqual([]);
    expect(errors(vzae(8.1))).toEqual([]);
  });

  it("six areas adding up to 115,1 give the exact finding, with the cells in D", () => {
    const SUM = areas(8.2).reduce((s, r) => s + (r[2] as number), 0); // summed in row order, as the rule does
    expect(findings(vzae(8.2), "abstimmung/vzae-summe")).toEqual([
      {
        messageId: "summe",
        // The figures read from column D; abstimmung/vzae-summe's other data (e.g. decimals) is its own test's.
        data: expect.objectContaining({ total: 115, sum: SUM, difference: 115 - SUM }),
        cells: ["Personal!B4", ...[4, 5, 6, 7, 8, 9].map((r) => `'Personal 2024'!D${r}`)],
      },
    ]);
  });
});

describe("KUN_BG_Groesse in another shape", () => {
  const bg = (shares: number[]) =>
    placeTable(example(), "KUN_BG_Groesse", "Kunden 2024", "A2", shares.map((x, i) => [i + 1, `${i + 1} Person(en)`, null, x])).snapshot();

  it("four sizes adding up to 100 % give no finding", () => {
    expect(findings(bg([0.5, 0.2, 0.2, 0.1]), "abstimmung/anteile-summe")).toEqual([]);
  });

  it("four sizes adding up to 90 % give the finding on the shares in D (the numbering in A is not the value)", () => {
    const f = findings(bg([0.5, 0.2, 0.1, 0.1]), "abstimmung/anteile-summe");
    expect(f).toHaveLength(1);
    expect(f[0].messageId).toBe("bgGroesse");
    expect(f[0].data).toMatchObject({ labels: ["1 Person(en)", "2 Person(en)", "3 Person(en)", "4 Person(en)"], shares: [0.5, 0.2, 0.1, 0.1] });
    expect(f[0].cells).toEqual(["'Kunden 2024'!D2", "'Kunden 2024'!D3", "'Kunden 2024'!D4", "'Kunden 2024'!D5"]);
  });
});
