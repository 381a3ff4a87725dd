// Formula-injection guard: every formula trigger is neutralised, harmless text is left alone.
import { excelTextEntry, neutraliseFormulaText, startsLikeFormula } from "../../src/core/neutralise";

describe("neutraliseFormulaText", () => {
  test.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["+49 3677 123", "'+49 3677 123"],
    ["-2,5 %", "'-2,5 %"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
  ])("neutralises %j", (input, expected) => {
    expect(startsLikeFormula(input)).toBe(true);
    expect(neutraliseFormulaText(input)).toBe(expected);
  });

  test.each(["Planeintritte im Text (458) ≠ 869", "", "a=b", "Haushalt!B7", "'schon zitiert"])("leaves %j unchanged", (input) => {
    expect(startsLikeFormula(input)).toBe(false);
    expect(neutraliseFormulaText(input)).toBe(input);
  });
});

describe("excelTextEntry", () => {
  test("prefixes every text with Excel's text apostrophe", () => {
    expect(excelTextEntry("=cmd")).toBe("'=cmd");
    expect(excelTextEntry("Fehler")).toBe("'Fehler");
    expect(excelTextEntry("'x")).toBe("''x");
  });
});
