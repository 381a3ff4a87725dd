// The German metadata is built from the English metadata that custom-functions-metadata generates from
// the JSDoc in functions.ts plus the table src/functions/translations-de.json (scripts/functions-metadata.js,
// run by webpack): the table must name exactly the functions and parameters of functions.ts, and the
// result has the same ids, names and parameters (name, type, dimensionality, optional), the same result
// types and German help texts. Generated here with the package's API, so no build is needed; the built
// files are checked in bundle.test.ts and noShortIq.test.ts.
import path from "path";
import { generateCustomFunctionsMetadata, type IFunction, type ICustomFunctionsMetadata } from "custom-functions-metadata";
import table from "../../src/functions/translations-de.json";

type Table = Record<string, { name?: string; description: string; parameters: Record<string, string> }>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require("../../scripts/functions-metadata") as {
  tableProblems: (english: ICustomFunctionsMetadata, table: Table, options?: { ignore?: string[] }) => string[];
  germanMetadata: (english: ICustomFunctionsMetadata, table: Table, options?: { ignore?: string[] }) => ICustomFunctionsMetadata;
  withoutShortIq: (metadata: ICustomFunctionsMetadata) => ICustomFunctionsMetadata;
  noShortIqRequested: (env: Record<string, string | undefined>) => boolean;
};
const TABLE = table as Table;

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
  "KFA_AUS_BUND",
];

let english: ICustomFunctionsMetadata;
let germanMetadata: ICustomFunctionsMetadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(SOURCE, false);
  expect(generated.errors).toEqual([]);
  english = JSON.parse(generated.metadataJson) as ICustomFunctionsMetadata;
  germanMetadata = build.germanMetadata(english, TABLE);
});

const copy = (t: Table): Table => JSON.parse(JSON.stringify(t)) as Table;

describe("the translation table", () => {
  test("names exactly the functions and parameters of functions.ts", () => {
    expect(build.tableProblems(english, TABLE)).toEqual([]);
  });

  test("a missing or extra function, a missing, extra or empty parameter text fails, each named", () => {
    const missing = copy(TABLE);
    delete missing.JDW;
    expect(build.tableProblems(english, missing)).toEqual(["JDW: no German entry"]);
    const extra = copy(TABLE);
    extra.GIBTSNICHT = { description: "x", parameters: {} };
    expect(build.tableProblems(english, extra)).toEqual(["GIBTSNICHT: not a function"]);
    const params = copy(TABLE);
    delete params.JFW.parameters.monat;
    params.JFW.parameters.jahr = "Jahr";
    params.KFA.parameters.satz = " ";
    params.SALDO.description = "";
    expect(build.tableProblems(english, params).sort()).toEqual(
      ["JFW.monat: no German description", "JFW.jahr: not a parameter of JFW", "KFA.satz: no German description", "SALDO: no German description"].sort(),
    );
    expect(() => build.germanMetadata(english, params)).toThrow(/translations-de\.json passt nicht[\s\S]*JFW\.jahr/);
  });

  test("a build without IQ accepts the table's IQ entry, and only that one", () => {
    const withoutIq = build.withoutShortIq(english);
    expect(withoutIq.functions.map((fn) => fn.id)).toEqual(EXPECTED_IDS.filter((id) => id !== "IQ"));
    expect(build.tableProblems(withoutIq, TABLE)).toEqual(["IQ: not a function"]);
    expect(build.tableProblems(withoutIq, TABLE, { ignore: ["IQ"] })).toEqual([]);
    expect(build.germanMetadata(withoutIq, TABLE, { ignore: ["IQ"] }).functions.map((fn) => fn.id)).not.toContain("IQ");
  });

  test("AIP_NO_SHORT_IQ switches it on with 1 or true, nothing else", () => {
    expect(build.noShortIqRequested({ AIP_NO_SHORT_IQ: "1" })).toBe(true);
    expect(build.noShortIqRequested({ AIP_NO_SHORT_IQ: "true" })).toBe(true);
    expect(build.noShortIqRequested({ AIP_NO_SHORT_IQ: "0" })).toBe(false);
    expect(build.noShortIqRequested({})).toBe(false);
  });
});

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

test("the generated metadata lists exactly the twelve AIP functions", () => {
  expect(english.functions.map((fn) => fn.id)).toEqual(EXPECTED_IDS);
});

test("the German metadata has the same ids, in the same order", () => {
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
  expect((english as unknown as Record<string, unknown>).allowCustomDataForDataTypeAny).toBe(true);
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
