// The build switch AIP_NO_SHORT_IQ=1 (docs/functions.md, "Naming"; docs/bereitstellung.md): metadata
// without IQ in both languages, and no CustomFunctions.associate("IQ", …) in functions.js, so Excel is never
// asked to register an id its metadata lacks. And a translation table that does not fit fails the build.
// Each case runs webpack with the project's own config, reduced to the functions entry (the pages do not
// matter here), into a temporary directory of its own.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";
import webpack from "webpack";
import { ERROR_CODE, FakeCustomFunctionsError } from "../support/customFunctionsRuntime";

const ROOT = path.resolve(__dirname, "../..");

interface Built {
  dir: string;
  errors: string[];
}

/** webpack.config.js with only the functions entry and the metadata plugins, built into a fresh temp dir. */
async function buildFunctions(env: Record<string, string>, patch?: (config: webpack.Configuration) => void): Promise<Built> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    // Not isolated: the generator's loader, which webpack loads through this same module registry, must
    // see the plugin instance the config created. The config reads the environment when called.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configure = require(path.join(ROOT, "webpack.config.js")) as (env: object, options: object) => Promise<webpack.Configuration>;
    const config = await configure({ WEBPACK_BUILD: true }, { mode: "production" });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aip-functions-"));
    config.entry = { functions: (config.entry as Record<string, string>).functions };
    config.plugins = (config.plugins ?? []).filter((p) => /MetadataPlugin$/.test(p?.constructor.name ?? ""));
    config.output = { ...config.output, path: dir };
    config.devtool = false;
    config.context = ROOT;
    patch?.(config);
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(config, (err, result) => (err || !result ? reject(err ?? new Error("no stats")) : resolve(result))),
    );
    return { dir, errors: stats.compilation.errors.map((e) => e.message) };
  } finally {
    process.env = saved;
  }
}

function registrations(dir: string): string[] {
  const ids: string[] = [];
  const CustomFunctions = { associate: (id: string) => ids.push(id), Error: FakeCustomFunctionsError, ErrorCode: ERROR_CODE };
  vm.runInContext(fs.readFileSync(path.join(dir, "functions.js"), "utf8"), vm.createContext({ CustomFunctions, console }));
  return ids;
}

const idsOf = (dir: string, file: string) =>
  (JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as { functions: { id: string }[] }).functions.map((fn) => fn.id);

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

test("default build: IQ and INTEGRATIONSQUOTE in both metadata files, both registered", async () => {
  const built = await buildFunctions({ AIP_NO_SHORT_IQ: "" });
  dirs.push(built.dir);
  expect(built.errors).toEqual([]);
  const ids = idsOf(built.dir, "functions.json");
  expect(ids).toContain("IQ");
  expect(ids).toContain("INTEGRATIONSQUOTE");
  expect(idsOf(built.dir, "functions-de.json")).toEqual(ids);
  expect(registrations(built.dir).sort()).toEqual([...ids].sort());
}, 120_000);

test("AIP_NO_SHORT_IQ=1: no IQ in functions.json, functions-de.json or the registrations; INTEGRATIONSQUOTE stays", async () => {
  const built = await buildFunctions({ AIP_NO_SHORT_IQ: "1" });
  dirs.push(built.dir);
  expect(built.errors).toEqual([]);
  const ids = idsOf(built.dir, "functions.json");
  expect(ids).toHaveLength(11);
  expect(ids).not.toContain("IQ");
  expect(ids).toContain("INTEGRATIONSQUOTE");
  expect(idsOf(built.dir, "functions-de.json")).toEqual(ids);
  const registered = registrations(built.dir);
  expect(registered).not.toContain("IQ");
  expect(registered.sort()).toEqual([...ids].sort());
}, 120_000);

test("a translation table that misses a function fails the build, naming it", async () => {
  const built = await buildFunctions({ AIP_NO_SHORT_IQ: "" }, (config) => {
    const plugin = config.plugins?.find((p) => p?.constructor.name === "AipFunctionsMetadataPlugin") as unknown as {
      options: { table: Record<string, unknown> };
    };
    const table = { ...plugin.options.table };
    delete table.KFA;
    plugin.options.table = table;
  });
  dirs.push(built.dir);
  expect(built.errors.join("\n")).toMatch(/translations-de\.json passt nicht zu functions\.ts:[\s\S]*KFA: no German entry/);
  expect(fs.existsSync(path.join(built.dir, "functions-de.json"))).toBe(false);
}, 120_000);
