// Issue 5 §2: no custom function throws, whatever Excel hands it. Every exported function of
// src/functions/functions.ts (the source, with a fake global CustomFunctions as Excel's runtime has
// it) gets numbers incl. NaN and ±Infinity, numeric and German text, booleans, null, undefined, error
// values in each shape Excel uses, data-type objects and nested arrays of any shape, in any number.
// It must return a finite number, a boolean or a CustomFunctions.Error with a known code — and the
// safety net in excelResult (which turns an exception into "#VALUE! Interner Fehler") must never be
// what answered, so the property speaks for the Kennzahlen themselves.
// (test/functions/bundle.test.ts runs fc.anything() through the built bundle; this is the source side
// with Excel-shaped inputs and the stricter result check.)
import fc from "fast-check";
import { FakeCustomFunctionsError, installCustomFunctionsGlobal } from "../support/customFunctionsRuntime";

const RETURNABLE_CODES = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"];

installCustomFunctionsGlobal();

// Loaded after the global exists, as in Excel's runtime.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const functions = require("../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;

const errorCodes = fc.constantFrom("#DIV/0!", "#VALUE!", "#NUM!", "#N/A", "#NULL!", "#REF!", "#NAME?", "#SPILL!", "#GETTING_DATA");

/** One cell value or argument, in every form Excel (or a careless caller) may pass. */
const scalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(), // includes NaN, ±Infinity, -0, subnormals
  // Extremes, often enough that two meet in one call: their quotient, sum or product overflows.
  { arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e308, -1e308, 1e-308), weight: 4 },
  fc.integer({ min: -10_000_000, max: 10_000_000 }),
  fc.string({ maxLength: 10 }),
  fc.constantFrom("", " ", "1.606.442", "16,4 %", "16.4%", "1e400", "-0", "NaN", "Infinity", "TRUE", "#N/A", "=1+1", "0x10", "4 560"),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  errorCodes.map((code) => ({ code })), // CustomFunctions.Error-like
  errorCodes.map((code) => new FakeCustomFunctionsError(code)),
  errorCodes.map((basicValue) => ({ type: "Error", basicValue })), // Excel.ErrorCellValue-like
  fc.double().map((basicValue) => ({ type: "Double", basicValue })),
  fc.double().map((basicValue) => ({ type: "FormattedNumber", basicValue, numberFormat: "0.0%" })),
  fc.constantFrom({}, { type: "String" }, { basicValue: 5 }, new Date(0), Symbol.for("x") as unknown),
);

/** Nested arrays of any shape and depth, ragged or empty, with scalars at the leaves. */
const nested: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, tie("array")),
  array: fc.array(tie("value"), { maxLength: 14 }),
})).value;

/** A rectangular matrix, as Excel passes a range (1–14 cells in a row or column, or a block). */
const matrix: fc.Arbitrary<unknown[][]> = fc
  .tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 3 }))
  .chain(([rows, cols]) => fc.array(fc.array(scalar, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));

const argument = fc.oneof(scalar, matrix, nested);

const exported = Object.entries(functions).filter(([, fn]) => typeof fn === "function");

test("the functions module exports the twelve custom functions", () => {
  expect(exported.map(([name]) => name).sort()).toEqual(
    ["abgleich", "anteil", "integrationsquote", "iq", "jdw", "jfw", "kfa", "kfa_aus_bund", "lzb_ziel", "ppkt", "saldo", "veraenderung"].sort(),
  );
});

test.each(exported.map(([name, fn]) => [name, fn] as const))(
  "%s never throws and returns a finite number, a boolean or a CustomFunctions.Error",
  (name, fn) => {
    fc.assert(
      fc.property(fc.array(argument, { minLength: 0, maxLength: fn.length + 1 }), (args) => {
        let result: unknown;
        try {
          result = fn(...args);
        } catch (e) {
          throw new Error(`${name} threw ${String(e)}`);
        }
        if (result instanceof FakeCustomFunctionsError) {
          expect(RETURNABLE_CODES).toContain(result.code);
          expect(result.message ?? "").not.toMatch(/Interner Fehler/);
          return;
        }
        if (typeof result === "boolean") return;
        expect(typeof result).toBe("number");
        expect(Number.isFinite(result as number)).toBe(true);
      }),
      { numRuns: 400 },
    );
  },
);

/** The inputs whose combinations overflow or go undefined, each as Excel may pass it (scalar or 1×1 range). */
const EXTREMES: unknown[] = [Number.MAX_VALUE, -Number.MAX_VALUE, 1e-308, Number.MIN_VALUE, -0, 0, 1, -1, Number.NaN, Infinity];

/** Every argument list of `arity` drawn from `values` (the full grid, not a sample). */
function* grid(values: unknown[], arity: number): Generator<unknown[]> {
  if (arity === 0) {
    yield [];
    return;
  }
  for (const rest of grid(values, arity - 1)) for (const v of values) yield [...rest, v];
}

test.each(exported.map(([name, fn]) => [name, fn] as const))("%s: every combination of extreme numbers gives a finite number or an error", (name, fn) => {
  const shapes = EXTREMES.flatMap((x) => [x, [[x]], [[x], [x]]]);
  let calls = 0;
  for (const args of grid(shapes, fn.length)) {
    const result = fn(...args);
    calls++;
    const ok = result instanceof FakeCustomFunctionsError || typeof result === "boolean" || (typeof result === "number" && Number.isFinite(result));
    if (!ok) throw new Error(`${name}(${args.map((a) => JSON.stringify(a)).join("; ")}) = ${String(result)}`);
  }
  expect(calls).toBe(shapes.length ** fn.length);
});
