// German number formatting for messages and the reading of number formats' rounding.
import {
  formatChangeDe,
  MAX_QUOTED_TEXT,
  quoteTextDe,
  formatCountDe,
  formatEuroDe,
  formatNumberDe,
  formatPercentDe,
  formatPointsDe,
  formatVzaeDe,
  halfUnitOf,
  printedPrecision,
} from "../../src/core/format";

describe("German formatting", () => {
  it.each([
    [formatPercentDe(0.16), "16,0 %"],
    [formatPercentDe(750 / 4560, 3), "16,447 %"],
    [formatEuroDe(9994076), "9.994.076 €"],
    [formatEuroDe(12.5), "12,50 €"],
    [formatEuroDe(-1), "−1 €"],
    [formatVzaeDe(115), "115,0 VZÄ"],
    [formatCountDe(458), "458"],
    [formatCountDe(4560), "4.560"],
    [formatCountDe(122.5), "122,5"],
    [formatCountDe(1 / 3), "0,333"],
    [formatCountDe(12.0000001), "12,0000001"],
    [formatCountDe(-0.0004), "−0,0004"],
    [formatCountDe(0.00041234), "0,0004"],
    [formatCountDe(12 + 2 ** -49), "12,000000000000002"],
    [formatCountDe(-1e-12), "−0,000000000001"],
    [formatChangeDe(-0.025), "−2,5 %"],
    [formatChangeDe(0.063), "+6,3 %"],
    [formatChangeDe(0), "0,0 %"],
    [formatChangeDe(-0.00001), "0,0 %"],
    [formatPointsDe(0.0022), "0,22 %-Pkt."],
    [formatNumberDe(-0.04, 1), "0,0"],
    [formatNumberDe(2558.16, 1), "2.558,2"],
  ])("%s", (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe("rounding of number formats", () => {
  it.each([
    ["0.0%", 0.0005],
    ["0.00%", 0.00005],
    ["+0.0%;-0.0%;0.0%", 0.0005],
    ["0.0", 0.05],
    ["#,##0", 0.5],
    ['#,##0 "€"', 0.5],
    ['#,##0.00 "€"', 0.005],
    ["0%", 0.005],
  ])("%s → %d", (format, half) => {
    expect(halfUnitOf(format)).toBeCloseTo(half, 12);
  });

  it.each(["General", "@", "dd.mm.yyyy", "", undefined])("%s says nothing about rounding", (format) => {
    expect(halfUnitOf(format)).toBeUndefined();
  });

  it("sees percent formats", () => {
    expect(printedPrecision("0.0%")).toEqual({ decimals: 1, percent: true });
    expect(printedPrecision('0.0 "%-Pkt."')).toEqual({ decimals: 1, percent: false });
  });
});

describe("quoteTextDe", () => {
  test("quotes short texts whole and cuts long ones to one line", () => {
    expect(quoteTextDe("GaBe")).toBe("„GaBe“");
    const quoted = quoteTextDe(`${"x".repeat(100)}\nmore`);
    expect(quoted).toHaveLength(MAX_QUOTED_TEXT + 2);
    expect(quoted.endsWith("…“")).toBe(true);
    expect(quoteTextDe("a\n b")).toBe("„a b“");
  });
});
