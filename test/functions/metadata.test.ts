// The German metadata (src/functions/functions-de.json, written by hand) must describe the same functions
// as the English metadata that custom-functions-metadata generates from the JSDoc in functions.ts:
// same ids, names and parameters (name, type, dimensionality, optional), same result types; help texts
// present in both languages. Generated here with the package's API, so no build is needed.
import path from "path";
import { generateCustomFunctionsMetadata, type IFunction, type ICustomFunctionsMetadata } from "custom-functions-metadata";
import german from "../../src/functions/functions-de.json";

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");
const EXPECTED_IDS = [
  "IQ",
  "INTEGRATIONSQUOTE",
  "JFW",
  "JDW",
  "VERAENDERUNG",
  "PPKT",
  "LZB_ZIEL",
  "ANTEIL",
  "SALDO",
  "ABGLEICH",
  "KFA",
];

let english: ICustomFunctionsMetadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(SOURCE, false);
  expect(generated.errors).toEqual([]);
  english = JSON.parse(generated.metadataJson) as ICustomFunctionsMetadata;
});

const germanMetadata = german as unknown as ICustomFunctionsMetadata & Record<string, unknown>;

/** What both languages must agree on: everything but the help texts. */
function signature(fn: IFunction) {
  return {
    id: fn.id,
    name: fn.name,
    result: { type: fn.result?.type ?? "any", dimensionality: fn.result?.dimensionality ?? "scalar" },
    parameters: fn.parameters.map((p) => ({
      name: p.name,
      type: p.type ?? "any",
      dimensionality: p.dimensionality ?? "scalar",
      optional: p.optional ?? false,
      repeating: p.repeating ?? false,
    })),
    options: fn.options ?? {},
  };
}

test("the generated metadata lists exactly the eleven AIP functions", () => {
  expect(english.functions.map((fn) => fn.id)).toEqual(EXPECTED_IDS);
});

test("functions-de.json has the same ids, in the same order", () => {
  expect(germanMetadata.functions.map((fn) => fn.id)).toEqual(english.functions.map((fn) => fn.id));
});

test.each(EXPECTED_IDS)("%s: same name, parameters and result in both languages", (id) => {
  const en = english.functions.find((fn) => fn.id === id);
  const de = germanMetadata.functions.find((fn) => fn.id === id);
  expect(en).toBeDefined();
  expect(de).toBeDefined();
  expect(signature(de as IFunction)).toEqual(signature(en as IFunction));
});

test("the top-level switches agree (e.g. allowCustomDataForDataTypeAny, allowErrorForDataTypeAny)", () => {
  const switches = (m: object) =>
    Object.fromEntries(Object.entries(m).filter(([key]) => key !== "functions" && key !== "enums"));
  expect(switches(germanMetadata)).toEqual(switches(english));
});

test.each([
  ["English", () => english],
  ["German", () => germanMetadata],
])("%s: every function and every parameter has a help text", (_language, metadata) => {
  // Collected as "where: text" so a failure names the function or parameter without help.
  const missing = metadata().functions.flatMap((fn) => [
    ...((fn.description ?? "").trim() === "" ? [fn.id] : []),
    ...fn.parameters.filter((p) => (p.description ?? "").trim() === "").map((p) => `${fn.id}.${p.name}`),
  ]);
  expect(missing).toEqual([]);
});

test("the German help is German, not a copy of the English", () => {
  for (const de of germanMetadata.functions) {
    const en = english.functions.find((fn) => fn.id === de.id) as IFunction;
    expect(de.description).not.toEqual(en.description);
    de.parameters.forEach((p, i) => expect(p.description).not.toEqual(en.parameters[i].description));
  }
});

test("only IQ breaks the three-character naming rule, and INTEGRATIONSQUOTE is its compliant twin", () => {
  const short = english.functions.filter((fn) => fn.id.length < 3 || fn.name.length < 3).map((fn) => fn.id);
  expect(short).toEqual(["IQ"]);
  const iq = signature(english.functions.find((fn) => fn.id === "IQ") as IFunction);
  const twin = signature(english.functions.find((fn) => fn.id === "INTEGRATIONSQUOTE") as IFunction);
  expect({ ...twin, id: "IQ", name: "IQ" }).toEqual(iq);
});

test("metadata stays far below the 1 MB Windows limit", () => {
  expect(JSON.stringify(english).length).toBeLessThan(1_000_000);
  expect(JSON.stringify(germanMetadata).length).toBeLessThan(1_000_000);
});
