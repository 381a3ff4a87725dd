// Golden values from the AIP 2024 source and every error case of the Kennzahlen functions (issue 2),
// on the pure module: blank cells as null (Excel on the web), 0 (desktop) and "" all mean "no value".
import {
  abgleich,
  anteil,
  inputError,
  integrationsquote,
  isKennzahlError,
  jahresdurchschnittswert,
  jahresfortschrittswert,
  jfwOfSeries,
  kommunalerFinanzierungsanteil,
  kommunalerFinanzierungsanteilAusBund,
  lzbZiel,
  prozentpunkte,
  saldo,
  veraenderung,
  type ExcelErrorCode,
  type Result,
} from "../../src/core/kennzahlen";

const BLANKS: readonly [string, unknown][] = [
  ["null", null],
  ["0", 0],
  ['""', ""],
];

/** A column range as Excel hands it to a matrix parameter. */
const column = (values: readonly unknown[]): unknown[][] => values.map((value) => [value]);
const row = (values: readonly unknown[]): unknown[][] => [[...values]];

function value<T>(result: Result<T>): T {
  if (isKennzahlError(result)) throw new Error(`expected a value, got ${result.code}: ${result.message}`);
  return result;
}

function errorCode<T>(result: Result<T>): ExcelErrorCode {
  if (!isKennzahlError(result)) throw new Error(`expected an error, got ${String(result)}`);
  expect(result.message.length).toBeGreaterThan(0);
  return result.code;
}

// 12 months: integrations summing to 750, ELB stocks averaging 4,560 (2024 source: IQ 16,4 %).
const INTEGRATIONEN = [50, 55, 60, 65, 70, 60, 58, 62, 66, 70, 64, 70];
const ELB = [4500, 4520, 4540, 4560, 4580, 4600, 4620, 4600, 4580, 4560, 4540, 4520];

describe("golden values", () => {
  test("the monthly fixtures add up to the source's figures", () => {
    expect(INTEGRATIONEN.reduce((a, b) => a + b, 0)).toBe(750);
    expect(ELB.reduce((a, b) => a + b, 0) / 12).toBe(4560);
  });

  test("IQ(750; 4560) = 16.4474 %", () => {
    expect(value(integrationsquote(750, 4560))).toBeCloseTo(0.164474, 6);
    expect(value(integrationsquote([[750]], [[4560]]))).toBeCloseTo(0.164474, 6);
  });

  test("IQ over 12 monthly values equals the scalar form, as a column and as a row", () => {
    expect(value(integrationsquote(column(INTEGRATIONEN), column(ELB)))).toBeCloseTo(750 / 4560, 12);
    expect(value(integrationsquote(row(INTEGRATIONEN), row(ELB)))).toBeCloseTo(750 / 4560, 12);
  });

  test("the BA's month lag: ELB of December to November passed one row earlier gives SUM / MEAN of those months", () => {
    // 13 ELB stocks from the previous December; the BA's IQ uses the first 12 of them for Jan–Dec integrations.
    const elb13 = [4480, ...ELB];
    const lagged = elb13.slice(0, 12);
    const expected = 750 / (lagged.reduce((a, b) => a + b, 0) / 12);
    expect(value(integrationsquote(column(INTEGRATIONEN), column(lagged)))).toBeCloseTo(expected, 12);
    expect(value(jahresfortschrittswert(column(INTEGRATIONEN), column(lagged), 12))).toBeCloseTo(expected, 12);
    // and it differs from the unlagged reading, so the help text's advice matters
    expect(Math.abs(expected - 750 / 4560)).toBeGreaterThan(1e-5);
  });

  test("VERAENDERUNG(0.16; 750/4560) = -2.72 % (the source prints -2.5 %)", () => {
    expect(value(veraenderung(0.16, 750 / 4560))).toBeCloseTo(-0.0272, 10);
  });

  test("SALDO of the Verwaltungshaushalt and the Eingliederungsbudget is 0", () => {
    expect(value(saldo(9994076, column([6593989, 1793645, 1606442])))).toBe(0);
    expect(value(saldo(2970357, column([1632294, 1338063])))).toBe(0);
  });

  test("KFA(10,000,000) = 1,520,000 and with 16.1 % = 1,610,000", () => {
    expect(value(kommunalerFinanzierungsanteil(10_000_000))).toBeCloseTo(1_520_000, 6);
    expect(value(kommunalerFinanzierungsanteil(10_000_000, 0.161))).toBeCloseTo(1_610_000, 6);
  });

  test("JFW for month 6, by hand", () => {
    const integrations = 50 + 55 + 60 + 65 + 70 + 60; // 360
    const elbMean = (4500 + 4520 + 4540 + 4560 + 4580 + 4600) / 6; // 4550
    const expected = integrations / elbMean;
    expect(expected).toBeCloseTo(0.079121, 6);
    expect(value(jahresfortschrittswert(column(INTEGRATIONEN), column(ELB), 6))).toBeCloseTo(expected, 12);
    // Without a month: the last reported month, one with an ELB stock (here June, the rest not yet reported).
    const halfYear = [...INTEGRATIONEN.slice(0, 6), null, null, null, null, null, null];
    const halfYearElb = [...ELB.slice(0, 6), null, null, null, null, null, null];
    expect(value(jahresfortschrittswert(column(halfYear), column(halfYearElb)))).toBeCloseTo(expected, 12);
    // In December the JFW is the year's IQ.
    expect(value(jahresfortschrittswert(column(INTEGRATIONEN), column(ELB), 12))).toBeCloseTo(750 / 4560, 12);
  });

  test("IQ with fewer months is the Jahresfortschrittswert", () => {
    expect(value(integrationsquote(column(INTEGRATIONEN.slice(0, 6)), column(ELB.slice(0, 6))))).toBeCloseTo(360 / 4550, 12);
  });

  test("JDW, PPKT, LZB_ZIEL, ANTEIL, ABGLEICH", () => {
    expect(value(jahresdurchschnittswert(column(ELB)))).toBe(4560);
    expect(value(prozentpunkte(0.16, 0.164))).toBeCloseTo(-0.004, 12);
    expect(value(lzbZiel(2560, 0.063))).toBeCloseTo(2721.28, 8);
    expect(value(lzbZiel(column(ELB), 0.1))).toBeCloseTo(5016, 8);
    expect(value(anteil(1606442, 9994076))).toBeCloseTo(0.160739, 6); // the source's 16.1 %
    expect(value(abgleich(9994076, column([6593989, 1793645, 1606442])))).toBe(true);
    expect(value(abgleich(9994076, column([6593989, 1793645, 1606441])))).toBe(false);
    expect(value(abgleich(9994076, column([6593989, 1793645, 1606441]), 1))).toBe(true);
    expect(value(abgleich(100, column([99.6])))).toBe(true);
  });
});

describe.each(BLANKS)("blank cells arriving as %s", (_label, blank) => {
  test("are ignored inside monthly ranges (IQ, JFW, JDW)", () => {
    const integ = [...INTEGRATIONEN.slice(0, 6), blank, blank, blank, blank, blank, blank];
    const elb = [...ELB.slice(0, 6), blank, blank, blank, blank, blank, blank];
    expect(value(integrationsquote(column(integ), column(elb)))).toBeCloseTo(360 / 4550, 12);
    expect(value(jahresfortschrittswert(column(integ), column(elb)))).toBeCloseTo(360 / 4550, 12);
    expect(value(jahresdurchschnittswert(column([4500, blank, 4600])))).toBe(4550);
  });

  // A month counts when its ELB stock is present; blank integrations in such a month are a real 0
  // (desktop Excel passes both an empty cell and a typed 0 as 0, so they cannot be told apart).
  test.each([
    ["JFW up to month 2 with none in month 2", () => jahresfortschrittswert([[60, blank]], [[4500, 4600]], 2), 60 / 4550],
    ["IQ: no integrations at all", () => integrationsquote([[blank, blank]], [[4560, 4560]]), 0],
    ["JFW: the default month is the last with integrations > 0", () => jahresfortschrittswert([[60, blank, blank]], [[4500, 4600, blank]]), 60 / 4500],
    ["IQ: a year with ELB throughout", () => integrationsquote(column([...INTEGRATIONEN.slice(0, 6), blank, blank, blank, blank, blank, blank]), column(ELB)), 360 / 4560],
  ])("in a month with an ELB stock count as 0 integrations (%s)", (_name, compute, expected) => {
    expect(value(compute())).toBeCloseTo(expected, 12);
  });

  test("are ignored among the parts of SALDO and ABGLEICH", () => {
    expect(value(saldo(2970357, column([1632294, blank, 1338063])))).toBe(0);
    expect(value(abgleich(2970357, column([blank, 1632294, 1338063])))).toBe(true);
  });

  test("all blank: nothing to compute gives #N/A", () => {
    const blanks = column(Array(12).fill(blank));
    expect(errorCode(integrationsquote(blanks, blanks))).toBe("#N/A");
    expect(errorCode(integrationsquote(column(INTEGRATIONEN), blanks))).toBe("#N/A");
    expect(errorCode(jahresfortschrittswert(blanks, blanks))).toBe("#N/A");
    expect(errorCode(jahresdurchschnittswert(blanks))).toBe("#N/A");
    expect(errorCode(saldo(100, column([blank, blank])))).toBe("#N/A");
    expect(errorCode(lzbZiel(blanks, 0.05))).toBe("#N/A");
  });

  test("an omitted or blank optional argument takes its default", () => {
    if (blank === 0) return; // a single 0 is a real value (a 0 % rate), tested below
    expect(value(kommunalerFinanzierungsanteil(10_000_000, blank))).toBeCloseTo(1_520_000, 6);
    expect(value(abgleich(100, column([99.6]), blank))).toBe(true);
    expect(value(jahresfortschrittswert(column(INTEGRATIONEN), column(ELB), blank))).toBeCloseTo(750 / 4560, 12);
  });
});

describe("single values: blank is #N/A, 0 is a real zero", () => {
  test.each([null, undefined, ""])("a blank single value (%p) gives #N/A", (blank) => {
    expect(errorCode(integrationsquote(blank, 4560))).toBe("#N/A");
    expect(errorCode(veraenderung(0.16, blank))).toBe("#N/A");
    expect(errorCode(prozentpunkte(blank, 0.16))).toBe("#N/A");
    expect(errorCode(anteil(1, blank))).toBe("#N/A");
    expect(errorCode(kommunalerFinanzierungsanteil(blank))).toBe("#N/A");
    expect(errorCode(lzbZiel(2560, blank))).toBe("#N/A");
    expect(errorCode(saldo(blank, column([1, 2])))).toBe("#N/A");
  });

  test("0 as a single value is a number", () => {
    expect(value(integrationsquote(0, 4560))).toBe(0);
    expect(value(kommunalerFinanzierungsanteil(10_000_000, 0))).toBe(0);
    expect(value(lzbZiel(2560, 0))).toBe(2560);
  });
});

describe("errors like Excel's own", () => {
  test("division by zero gives #DIV/0!", () => {
    expect(errorCode(integrationsquote(750, 0))).toBe("#DIV/0!");
    expect(errorCode(veraenderung(0.16, 0))).toBe("#DIV/0!");
    expect(errorCode(anteil(5, 0))).toBe("#DIV/0!");
  });

  test.each([
    ["German-formatted text", "1.606.442"],
    ["text", "viele"],
    ["a percentage typed as text", "16,4 %"],
    ["a logical", true],
    ["an object that is no value", { foo: 1 }],
  ])("%s gives #VALUE!", (_label, bad) => {
    expect(errorCode(integrationsquote(bad, 4560))).toBe("#VALUE!");
    expect(errorCode(veraenderung(bad, 1))).toBe("#VALUE!");
    expect(errorCode(saldo(9994076, column([6593989, bad])))).toBe("#VALUE!");
    expect(errorCode(kommunalerFinanzierungsanteil(bad))).toBe("#VALUE!");
    expect(errorCode(kommunalerFinanzierungsanteil(100, bad))).toBe("#VALUE!");
    expect(errorCode(abgleich(1, column([1]), bad))).toBe("#VALUE!");
    expect(errorCode(jahresfortschrittswert(column(INTEGRATIONEN), column(ELB), bad))).toBe("#VALUE!");
  });

  test("mixed input in a monthly range gives #VALUE!, with a German message naming the text", () => {
    const mixed = column([50, "1.606.442", 60]);
    const result = integrationsquote(mixed, column([4500, 4520, 4540]));
    expect(errorCode(result)).toBe("#VALUE!");
    expect(isKennzahlError(result) && result.message).toContain("„1.606.442“");
    expect(isKennzahlError(result) && result.message).toContain("Tausenderpunkte");
    expect(errorCode(jahresdurchschnittswert(row([4500, false])))).toBe("#VALUE!");
  });

  test("a block instead of a row or column gives #VALUE!", () => {
    const block = [
      [1, 2],
      [3, 4],
    ];
    expect(errorCode(integrationsquote(block, block))).toBe("#VALUE!");
    expect(errorCode(jahresdurchschnittswert(block))).toBe("#VALUE!");
    expect(errorCode(veraenderung(block, 1))).toBe("#VALUE!");
  });

  test("negative counts or stocks give #NUM!", () => {
    expect(errorCode(integrationsquote(-750, 4560))).toBe("#NUM!");
    expect(errorCode(integrationsquote(750, -4560))).toBe("#NUM!");
    expect(errorCode(integrationsquote(column([50, -5]), column([4500, 4520])))).toBe("#NUM!");
    expect(errorCode(jahresfortschrittswert(column([50, 55]), column([4500, -4520])))).toBe("#NUM!");
    expect(errorCode(jahresdurchschnittswert(column([4500, -1])))).toBe("#NUM!");
    expect(errorCode(lzbZiel(-2560, 0.05))).toBe("#NUM!");
    expect(errorCode(lzbZiel(2560, -1.5))).toBe("#NUM!");
    expect(errorCode(kommunalerFinanzierungsanteil(-1))).toBe("#NUM!");
  });

  test.each([0, 13, 6.5, -1])("month %p outside 1–12 gives #NUM!", (month) => {
    expect(errorCode(jahresfortschrittswert(column(INTEGRATIONEN), column(ELB), month))).toBe("#NUM!");
  });

  test("a month beyond the ranges' length gives #NUM!", () => {
    expect(errorCode(jahresfortschrittswert(column([50, 55, 60]), column([4500, 4520, 4540]), 4))).toBe("#NUM!");
  });

  test("ranges of different length give #NUM!", () => {
    expect(errorCode(integrationsquote(column(INTEGRATIONEN), column(ELB.slice(0, 11))))).toBe("#NUM!");
    expect(errorCode(integrationsquote(750, column(ELB)))).toBe("#NUM!");
    expect(errorCode(jahresfortschrittswert(column([1, 2]), column([3, 4, 5])))).toBe("#NUM!");
  });

  test("more than 12 monthly values give #NUM!", () => {
    expect(errorCode(jahresdurchschnittswert(column([...ELB, 4500])))).toBe("#NUM!");
    expect(errorCode(integrationsquote(column([...INTEGRATIONEN, 1]), column([...ELB, 1])))).toBe("#NUM!");
  });

  test("out-of-range rate or tolerance gives #NUM!", () => {
    expect(errorCode(kommunalerFinanzierungsanteil(100, 15.2))).toBe("#NUM!");
    expect(errorCode(abgleich(1, column([1]), -0.5))).toBe("#NUM!");
  });

  test("non-finite numbers give #NUM!", () => {
    expect(errorCode(anteil(Number.POSITIVE_INFINITY, 1))).toBe("#NUM!");
    expect(errorCode(jahresdurchschnittswert(column([Number.NaN])))).toBe("#NUM!");
  });
});

describe("an error passed in is passed through as that error", () => {
  const asCustomFunctionsError = (code: string) => ({ code, message: "" });
  const asErrorCellValue = (code: string) => ({ type: "Error", basicValue: code, errorType: "Div0" });

  test.each(["#DIV/0!", "#N/A", "#NUM!", "#VALUE!", "#NULL!", "#REF!", "#NAME?"])("%s", (code) => {
    for (const shape of [asCustomFunctionsError(code), asErrorCellValue(code)]) {
      expect(inputError(shape)).toBe(code);
      expect(errorCode(integrationsquote(shape, 4560))).toBe(code);
      expect(errorCode(integrationsquote(column([50, shape]), column([4500, 4520])))).toBe(code);
      expect(errorCode(saldo(100, column([1, shape])))).toBe(code);
      expect(errorCode(kommunalerFinanzierungsanteil(100, shape))).toBe(code);
      expect(errorCode(jahresfortschrittswert(column([1]), column([2]), shape))).toBe(code);
    }
  });

  test("text that reads like an error is text, not an error", () => {
    expect(inputError("#N/A")).toBeUndefined();
    expect(errorCode(anteil("#N/A", 1))).toBe("#VALUE!");
  });

  test("a formatted number data type counts as its number", () => {
    const formatted = { type: "Double", basicValue: 750, numberFormat: "#,##0" };
    expect(value(integrationsquote(formatted, 4560))).toBeCloseTo(750 / 4560, 12);
  });
});

// Issue 15: the documented layout =AIP.JFW(C3:C14;B2:B13), B2 the previous December. Each BA release brings the
// ELB stock and the integrations of the same month, so with data up to month m the ELB range holds m + 1 stocks
// (December … month m) and the integration range m values: the newest stock pairs with a month not yet reported.
describe("AIP.JFW in the documented layout", () => {
  const ELB13 = [4480, ...ELB]; // previous December, then January … December
  const layout = (months: number, blank: unknown): { integ: unknown[]; elb: unknown[] } => ({
    integ: Array.from({ length: 12 }, (_, i) => (i < months ? INTEGRATIONEN[i] : blank)),
    elb: Array.from({ length: 12 }, (_, i) => (i <= months ? ELB13[i] : blank)),
  });
  const byHand = (months: number): number =>
    INTEGRATIONEN.slice(0, months).reduce((a, b) => a + b, 0) / (ELB13.slice(0, months).reduce((a, b) => a + b, 0) / months);

  describe.each(BLANKS)("blanks passed as %s", (_name, blank) => {
    test.each(Array.from({ length: 12 }, (_, i) => i + 1))("data up to month %i: the default month is that month", (months) => {
      const { integ, elb } = layout(months, blank);
      expect(value(jahresfortschrittswert(column(integ), column(elb)))).toBeCloseTo(byHand(months), 12);
      expect(value(jahresfortschrittswert(column(integ), column(elb), months))).toBeCloseTo(byHand(months), 12);
    });
  });

  test("June's data: the old default (last month with an ELB stock) would have computed month 7", () => {
    const { integ, elb } = layout(6, null);
    expect(value(jahresfortschrittswert(column(integ), column(elb)))).not.toBeCloseTo(byHand(6) * 6 / 7, 6);
    expect(value(jfwOfSeries(integ as (number | null)[], elb as (number | null)[], { blankDiffersFromZero: false }))).toEqual({
      value: byHand(6),
      month: 6,
    });
  });

  test("a trailing month with a true 0 needs «monat» where blank and 0 look alike", () => {
    const integ = [...INTEGRATIONEN.slice(0, 5), 0, ...Array(6).fill(0)];
    const elb = [...ELB13.slice(0, 7), ...Array(5).fill(0)];
    expect(value(jahresfortschrittswert(column(integ), column(elb)))).toBeCloseTo(byHand(5), 12);
    const withZeroJune = INTEGRATIONEN.slice(0, 5).reduce((a, b) => a + b, 0) / (ELB13.slice(0, 6).reduce((a, b) => a + b, 0) / 6);
    expect(value(jahresfortschrittswert(column(integ), column(elb), 6))).toBeCloseTo(withZeroJune, 12);
    // where cells are read (blank ≠ 0), the reported 0 counts and the default is June
    const cells = [...INTEGRATIONEN.slice(0, 5), 0, ...Array(6).fill(null)];
    const result = value(jfwOfSeries(cells, [...ELB13.slice(0, 7), ...Array(5).fill(null)], { blankDiffersFromZero: true }));
    expect(result.month).toBe(6);
    expect(result.value).toBeCloseTo(withZeroJune, 12);
  });

  test("integrations in a month without an ELB stock give #N/A with the reason", () => {
    const result = jahresfortschrittswert(column([50, 55, 60]), column([4480, 4500, null]));
    expect(errorCode(result)).toBe("#N/A");
    expect(isKennzahlError(result) && result.message).toMatch(/Monat 3 hat 60 Integrationen, aber keinen ELB-Bestand/);
    expect(errorCode(jfwOfSeries([50, null], [null, 4500], { month: 2, blankDiffersFromZero: true }))).toBe("#N/A");
  });

  test("the ELB series may reach further than the integrations", () => {
    expect(value(jfwOfSeries([50, 55], ELB13, { blankDiffersFromZero: true })).value).toBeCloseTo(byHand(2), 12);
  });

  // The check reads cells (blank ≠ 0) and the custom function cannot tell them apart: both must agree whenever
  // the last reported month's integrations are > 0. Seeded pseudo-random series, every length 1–12.
  test("AIP.JFW and the check's reading agree when the last reported month has integrations > 0", () => {
    let seed = 15;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let compared = 0;
    for (let run = 0; run < 200; run++) {
      const months = 1 + Math.floor(random() * 12);
      const cells: (number | null)[] = Array.from({ length: 12 }, (_, i) =>
        i < months ? (i === months - 1 ? 1 + Math.floor(random() * 80) : Math.floor(random() * 3) === 0 ? 0 : Math.floor(random() * 80)) : null,
      );
      const stocks: (number | null)[] = Array.from({ length: 12 }, (_, i) => (i <= months ? 4000 + Math.floor(random() * 1000) : null));
      const checked = value(jfwOfSeries(cells, stocks, { blankDiffersFromZero: true }));
      const asDesktopPasses = column(cells.map((cell) => cell ?? 0));
      expect(value(jahresfortschrittswert(asDesktopPasses, column(stocks.map((stock) => stock ?? 0))))).toBeCloseTo(checked.value, 12);
      expect(checked.month).toBe(months);
      compared++;
    }
    expect(compared).toBe(200);
  });
});

describe("AIP.KFA_AUS_BUND (issue 15)", () => {
  test("federal share × 15,2 / 84,8: the 2024 example's federal part gives 1.503.444 €", () => {
    expect(Math.round(value(kommunalerFinanzierungsanteilAusBund(6593989 + 1793645)))).toBe(1503444);
    expect(value(kommunalerFinanzierungsanteilAusBund(8_480_000))).toBeCloseTo(1_520_000, 6);
    // consistent with AIP.KFA: the municipal share of the whole is satz
    const federal = 8_000_000;
    const municipal = value(kommunalerFinanzierungsanteilAusBund(federal, 0.2));
    expect(value(kommunalerFinanzierungsanteil(federal + municipal, 0.2))).toBeCloseTo(municipal, 6);
  });

  test.each([
    ["negative federal share", -1, undefined, "#NUM!"],
    ["satz 100 %", 1000, 1, "#NUM!"],
    ["satz negative", 1000, -0.1, "#NUM!"],
    ["text", "1.000", undefined, "#VALUE!"],
    ["blank", null, undefined, "#N/A"],
  ])("%s gives an error", (_name, federal, rate, code) => {
    expect(errorCode(kommunalerFinanzierungsanteilAusBund(federal, rate))).toBe(code);
  });
});
