// Loads the BUILT dist/functions.js the way Excel does – a JavaScript context with a global
// CustomFunctions – and checks that it registers exactly the functions of dist/functions.json, that the
// registered functions compute the golden values of issue 2, and that they never throw to Excel.
import vm from "vm";
import fc from "fast-check";
import { ERROR_CODE, FakeCustomFunctionsError } from "../support/customFunctionsRuntime";
import { readDistFile } from "../support/dist";


type CustomFunction = (...args: unknown[]) => unknown;

interface Loaded {
  registrations: [string, CustomFunction][];
  registered: Map<string, CustomFunction>;
  metadataIds: string[];
  germanIds: string[];
}

function loadBundle(): Loaded {
  const registrations: [string, CustomFunction][] = [];
  const CustomFunctions = {
    associate: (id: string, fn: CustomFunction) => registrations.push([id, fn]),
    Error: FakeCustomFunctionsError,
    ErrorCode: ERROR_CODE,
  };
  const context = vm.createContext({ CustomFunctions, console });
  vm.runInContext(readDistFile("functions.js"), context, { filename: "dist/functions.js" });
  const metadata = JSON.parse(readDistFile("functions.json")) as { functions: { id: string }[] };
  const german = JSON.parse(readDistFile("functions-de.json")) as { functions: { id: string }[] };
  return {
    registrations,
    registered: new Map(registrations),
    metadataIds: metadata.functions.map((fn) => fn.id),
    germanIds: german.functions.map((fn) => fn.id),
  };
}

let bundle: Loaded;
beforeAll(() => {
  bundle = loadBundle();
});

function call(id: string, ...args: unknown[]): unknown {
  const fn = bundle.registered.get(id);
  if (!fn) throw new Error(`${id} is not registered by dist/functions.js`);
  return fn(...args);
}

const column = (values: readonly unknown[]): unknown[][] => values.map((value) => [value]);

describe("registration", () => {
  test("dist/functions.json lists the twelve functions, and functions-de.json the same", () => {
    expect(bundle.metadataIds).toHaveLength(12);
    expect(bundle.germanIds).toEqual(bundle.metadataIds);
  });

  test("every id in dist/functions.json is associated, once, and nothing else", () => {
    const ids = bundle.registrations.map(([id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...bundle.metadataIds].sort());
  });
});

describe("golden values through the registered functions (arguments shaped as Excel passes them)", () => {
  test("AIP.IQ(750;4560) = 16.4474 %, also as AIP.INTEGRATIONSQUOTE", () => {
    expect(call("IQ", [[750]], [[4560]])).toBeCloseTo(0.164474, 6);
    expect(call("INTEGRATIONSQUOTE", [[750]], [[4560]])).toBeCloseTo(0.164474, 6);
  });

  test("AIP.VERAENDERUNG(0,16;750/4560) = -2.72 %", () => {
    expect(call("VERAENDERUNG", 0.16, 750 / 4560)).toBeCloseTo(-0.0272, 10);
  });

  test("AIP.SALDO reconciles the Verwaltungshaushalt and the Eingliederungsbudget", () => {
    expect(call("SALDO", 9994076, column([6593989, 1793645, 1606442]))).toBe(0);
    expect(call("SALDO", 2970357, column([1632294, 1338063]))).toBe(0);
    expect(call("ABGLEICH", 9994076, column([6593989, 1793645, 1606442]), null)).toBe(true);
  });

  test("AIP.KFA(10000000) = 1,520,000 (omitted satz arrives as null); with 16.1 % = 1,610,000", () => {
    expect(call("KFA", 10_000_000, null)).toBeCloseTo(1_520_000, 6);
    expect(call("KFA", 10_000_000)).toBeCloseTo(1_520_000, 6);
    expect(call("KFA", 10_000_000, 0.161)).toBeCloseTo(1_610_000, 6);
    // issue 15: from the federal share, the 2024 example's (6.593.989 + 1.793.645) × 15,2 / 84,8 = 1.503.444 €
    expect(call("KFA_AUS_BUND", 6_593_989 + 1_793_645, null)).toBeCloseTo(((6_593_989 + 1_793_645) * 0.152) / 0.848, 6);
    expect(Math.round(call("KFA_AUS_BUND", 8_387_634) as number)).toBe(1_503_444);
    expect(call("KFA_AUS_BUND", 8_480_000, 0.152)).toBeCloseTo(1_520_000, 6);
  });

  test("monthly ranges: 12 months give the scalar IQ; JFW to June by hand; JDW", () => {
    const integ = [50, 55, 60, 65, 70, 60, 58, 62, 66, 70, 64, 70];
    const elb = [4500, 4520, 4540, 4560, 4580, 4600, 4620, 4600, 4580, 4560, 4540, 4520];
    expect(call("IQ", column(integ), column(elb))).toBeCloseTo(750 / 4560, 12);
    expect(call("JFW", column(integ), column(elb), 6)).toBeCloseTo(360 / 4550, 12);
    expect(call("JDW", column(elb))).toBe(4560);
    expect(call("LZB_ZIEL", [[2560]], 0.063)).toBeCloseTo(2721.28, 8);
    expect(call("PPKT", 0.16, 0.164)).toBeCloseTo(-0.004, 12);
    expect(call("ANTEIL", 1, 4)).toBe(0.25);
  });
});

describe("errors arrive as CustomFunctions.Error", () => {
  function excelError(result: unknown): FakeCustomFunctionsError {
    expect(result).toBeInstanceOf(FakeCustomFunctionsError);
    return result as FakeCustomFunctionsError;
  }

  test("#DIV/0!, #NUM! and #N/A (the codes without a custom message get none)", () => {
    expect(excelError(call("IQ", [[750]], [[0]]))).toEqual({ code: "#DIV/0!", message: undefined });
    expect(excelError(call("JFW", column([1]), column([2]), 13)).code).toBe("#NUM!");
    const na = excelError(call("JDW", column([null, null])));
    expect(na.code).toBe("#N/A");
    expect(na.message).toMatch(/nichts zu berechnen/);
  });

  test("German-formatted text gives #VALUE! with a German message", () => {
    const error = excelError(call("SALDO", 9994076, column([6593989, 1793645, "1.606.442"])));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain("„1.606.442“");
  });

  test("an input error is passed through; #REF! (which a function may not return) becomes #VALUE! naming it", () => {
    expect(excelError(call("ANTEIL", { code: "#N/A" }, 1)).code).toBe("#N/A");
    const ref = excelError(call("ANTEIL", { type: "Error", basicValue: "#REF!" }, 1));
    expect(ref.code).toBe("#VALUE!");
    expect(ref.message).toContain("#REF!");
  });

  test("no registered function throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.constantFrom(...bundle.metadataIds), fc.array(fc.anything(), { maxLength: 4 }), (id, args) => {
        const result = call(id, ...args);
        const ok =
          typeof result === "number" || typeof result === "boolean" || result instanceof FakeCustomFunctionsError;
        if (!ok) throw new Error(`${id} returned ${String(result)}`);
      }),
      { numRuns: 500 },
    );
  });
});
