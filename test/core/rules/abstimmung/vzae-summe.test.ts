// Tests of abstimmung/vzae-summe: rounding judged by the cells' formats (sum of their half-units), with
// toleranzen.vzae only for typed cells whose format does not fix the decimals.
import { abstimmungVzaeSumme, vzaeTolerance } from "../../../../src/core/rules/abstimmung/vzae-summe";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings";
import { changeExample, example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

// Five areas with two decimals, 499,97 in all (issue 8, case 2; the reviewer's figures).
const TWO_DECIMALS = [142.55, 139.81, 119.13, 55.47, 43.01];

/** The example with typed areas and a typed total, all in `format`. */
function vzae(total: number, areas: readonly number[], format: string, totalFormat = format) {
  const e = example().set("PER_Beschaeftigte", 560).set("PER_VZAE_Gesamt", total).setFormat("PER_VZAE_Gesamt", totalFormat);
  areas.forEach((x, i) => e.setTableCell("PER_VZAE_Bereiche", i, "vzae", x).setFormat("PER_VZAE_Bereiche", format, i, 1));
  return e.snapshot();
}

const names = ["PER_VZAE_Gesamt", "PER_VZAE_Bereiche"];

describe("vzaeTolerance", () => {
  it("adds the half-units of typed cells, counts formulas as exact, and falls back to the setting only without a rounding format", () => {
    const typed = (format: string | undefined) => ({ formula: false, format });
    expect(vzaeTolerance([typed("0.00"), typed("0.00"), typed("0.00")], 0.05)).toBeCloseTo(0.015, 12);
    expect(vzaeTolerance([{ formula: true, format: "0.0" }, typed("0.0"), typed("0.0")], 0.05)).toBeCloseTo(0.1, 12);
    expect(vzaeTolerance([typed("General"), typed("0.00")], 0.05)).toBe(0.05);
    expect(vzaeTolerance([typed(undefined), typed("0")], 0.05)).toBe(0.5);
    expect(vzaeTolerance([{ formula: true, format: undefined }], 0.05)).toBe(0);
  });
});

testRule(abstimmungVzaeSumme, {
  valid: [
    { name: "das Beispiel (115,0, Gesamt als Formel)", snapshot: () => example().snapshot() },
    { name: "Rundung 115,04", snapshot: () => changeExample({ PER_VZAE_Gesamt: 115.04 }) },
    // 0,0: total and five areas may each be off by 0,05 → 0,3 in all.
    { name: "0,0: Gesamt 115,3 eingetippt, Bereiche 115,0 (Rundung bis 0,3)", snapshot: () => changeExample({ PER_VZAE_Gesamt: 115.3 }) },
    { name: "0,0: Gesamt 114,7", snapshot: () => changeExample({ PER_VZAE_Gesamt: 114.7 }) },
    // 0,00: six cells of 0,005 → 0,03.
    { name: "0,00: 499,97 = Summe", snapshot: () => vzae(499.97, TWO_DECIMALS, "0.00") },
    { name: "0,00: Gesamt 500,00 bei Summe 499,97 (Rundung bis 0,03)", snapshot: () => vzae(500, TWO_DECIMALS, "0.00") },
    { name: "0,00: Gesamt 499,94", snapshot: () => vzae(499.94, TWO_DECIMALS, "0.00") },
    // A total typed as whole VZÄ (format 0) stands for 499,5 to 500,5.
    { name: "Gesamt als ganze VZÄ 500 (Format 0) bei Summe 499,97", snapshot: () => vzae(500, TWO_DECIMALS, "0.00", "0") },
    { name: "ohne festes Format: Differenz bis toleranzen.vzae (0,05)", snapshot: () => vzae(500.02, TWO_DECIMALS, "General") },
    {
      name: "ohne festes Format, toleranzen.vzae 0,1",
      snapshot: () => vzae(500.07, TWO_DECIMALS, "General"),
      settings: { ...DEFAULT_SETTINGS, toleranzen: { ...DEFAULT_SETTINGS.toleranzen, vzae: 0.1 } },
    },
  ],
  invalid: [
    {
      // The reviewer's case: with 0,00 everywhere, 0,05 is no rounding (it was, under the old max(0,05, …)).
      name: "0,00: Gesamt 500,02 bei Summe 499,97",
      snapshot: () => vzae(500.02, TWO_DECIMALS, "0.00"),
      findings: [
        {
          rule: "abstimmung/vzae-summe",
          severity: "error",
          messageId: "summe",
          data: { total: 500.02, sum: 499.97, difference: expect.closeTo(0.05, 9) as unknown as number, decimals: 2 },
          names,
          cells: ["Personal!B4", "Personal!B12", "Personal!B13", "Personal!B14", "Personal!B15", "Personal!B16"],
          message: "VZÄ gesamt (500,02 VZÄ) ≠ Summe der Bereiche (499,97 VZÄ), Differenz 0,05 VZÄ",
          messageEn: "Total FTE (500.02 FTE) ≠ sum of the areas (499.97 FTE), difference 0.05 FTE",
        },
      ],
    },
    {
      name: "0,00: Gesamt 499,93 bei Summe 499,97",
      snapshot: () => vzae(499.93, TWO_DECIMALS, "0.00"),
      findings: [{ rule: "abstimmung/vzae-summe", severity: "error", messageId: "summe", data: { total: 499.93, sum: 499.97, difference: expect.closeTo(-0.04, 9) as unknown as number, decimals: 2 }, names }],
    },
    {
      name: "0,0: Gesamt 115,4 (Differenz 0,4 über der Rundung von 0,3)",
      snapshot: () => changeExample({ PER_VZAE_Gesamt: 115.4 }),
      findings: [
        {
          rule: "abstimmung/vzae-summe",
          severity: "error",
          messageId: "summe",
          data: { total: 115.4, sum: 115, difference: expect.closeTo(0.4, 9) as unknown as number, decimals: 1 },
          names,
          message: "VZÄ gesamt (115,4 VZÄ) ≠ Summe der Bereiche (115,0 VZÄ), Differenz 0,4 VZÄ",
        },
      ],
    },
    {
      name: "Gesamt 116,0",
      snapshot: () => changeExample({ PER_VZAE_Gesamt: 116 }),
      findings: [
        {
          rule: "abstimmung/vzae-summe",
          severity: "error", messageId: "summe", data: { total: 116, sum: 115, difference: 1, decimals: 1 },
          names,
          message: "VZÄ gesamt (116,0 VZÄ) ≠ Summe der Bereiche (115,0 VZÄ), Differenz 1,0 VZÄ",
        },
      ],
    },
    {
      // The example's total is a formula (exact): only the five areas' 0,25 is rounding.
      name: "ein Bereich um 0,3 geändert, Gesamt als Formel",
      snapshot: () => example().setTableCell("PER_VZAE_Bereiche", 1, "vzae", 40.1).snapshot(),
      findings: [{ rule: "abstimmung/vzae-summe", severity: "error", messageId: "summe", data: { total: 115, sum: expect.closeTo(115.3, 9) as unknown as number, difference: expect.closeTo(-0.3, 9) as unknown as number, decimals: 1 }, names }],
    },
    {
      name: "ein Bereich geändert",
      snapshot: () => example().setTableCell("PER_VZAE_Bereiche", 1, "vzae", 40.8).snapshot(),
      findings: [{ rule: "abstimmung/vzae-summe", severity: "error", messageId: "summe", data: { total: 115, sum: 116, difference: -1, decimals: 1 }, names }],
    },
    {
      name: "ohne festes Format: Differenz 0,06 über toleranzen.vzae",
      snapshot: () => vzae(500.03, TWO_DECIMALS, "General"),
      findings: [{ rule: "abstimmung/vzae-summe", severity: "error", messageId: "summe", data: { total: 500.03, sum: 499.97, difference: expect.closeTo(0.06, 9) as unknown as number, decimals: 2 }, names }],
    },
  ],
});
