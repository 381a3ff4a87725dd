// German number formatting for messages and the reading of number formats' rounding.
import fc from "fast-check";
import {
  formatChangeDe,
  MAX_QUOTED_TEXT,
  quoteTextDe,
  formatCountDe,
  formatEuroDe,
  formatNumber,
  formatNumberDe,
  formatPercentDe,
  formatPointsDe,
  formatVzaeDe,
  halfUnitOf,
  printedPrecision,
} from "../../src/core/format";

// formatNumber does without Intl (its first use costs ≈ 25 ms of ICU set-up in every `aip check`); it must
// print exactly what Intl.NumberFormat prints for the same locale and number of decimals.
describe("formatNumber = Intl.NumberFormat", () => {
  const intl = (x: number, decimals: number, lang: "de" | "en") => {
    const text = new Intl.NumberFormat(lang === "en" ? "en-GB" : "de-DE", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(x);
    return /^-0([.,]0*)?$/.test(text) ? text.slice(1) : text.replace("-", "\u2212");
  };
  const decimals = fc.integer({ min: 0, max: 6 });
  const lang = fc.constantFrom<"de" | "en">("de", "en");

  it.each([
    [0, 0], [-0, 1], [0.5, 0], [1.5, 0], [2.5, 0], [-2.5, 0], [1.005, 2], [0.125, 2], [-0.0004, 3], [999.9996, 3],
    [1234567.891, 2], [-9994076, 0], [1e20, 0], [123456789012345680000, 1], [0.045, 1], [16.447, 1],
  ])("%p with %p decimals", (x, d) => {
    for (const l of ["de", "en"] as const) expect(formatNumber(x, d, l)).toBe(intl(x, d, l));
  });

  it("for random doubles, integers, amounts with cents and tiny fractions", () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }),
      fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
      fc.integer({ min: -100_000_000, max: 100_000_000 }).map((c) => c / 100),
      fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 1000 + 0.0005),
    );
    fc.assert(fc.property(numbers, decimals, lang, (x, d, l) => formatNumber(x, d, l) === intl(x, d, l)), { numRuns: 20_000 });
  });
});

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
