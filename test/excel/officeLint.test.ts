// The eslint.config.js block for src/excel: Microsoft's eslint-plugin-office-addins rules and the ban on
// array load paths (office-js#190) are active — each fires on a fixture that breaks it, and stays silent
// on the same code written the right way. The fixtures are linted as if they lived in src/excel.
import { ESLint } from "eslint";
import path from "node:path";

// The project's own flat config, required (ESLint's loader would import() it, which jest's vm does not allow).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../eslint.config.js");
const eslint = new ESLint({ cwd: path.resolve(__dirname, "../.."), overrideConfigFile: true, overrideConfig: config });

async function ruleIds(code: string, file = "src/excel/office/lintFixture.ts"): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(__dirname, "../..", file) });
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

test("reading a property that was never loaded fires office-addins/load-object-before-read", async () => {
  const bad = `export async function f(context: Excel.RequestContext) {
  const range = context.workbook.worksheets.getItem("A").getRange("A1");
  await context.sync();
  return range.values;
}
`;
  expect(await ruleIds(bad)).toContain("office-addins/load-object-before-read");
  const good = bad.replace('.getRange("A1");', '.getRange("A1").load("values");');
  expect(await ruleIds(good)).toEqual([]);
});

test("context.sync() in a loop fires office-addins/no-context-sync-in-loop", async () => {
  const bad = `export async function f(context: Excel.RequestContext, names: string[]) {
  for (const n of names) {
    context.workbook.worksheets.getItem(n).activate();
    await context.sync();
  }
}
`;
  expect(await ruleIds(bad)).toContain("office-addins/no-context-sync-in-loop");
});

test("a null object tested with === null fires office-addins/test-for-null-using-isNullObject", async () => {
  const bad = `export async function f(context: Excel.RequestContext) {
  const sheet = context.workbook.worksheets.getItemOrNullObject("A");
  await context.sync();
  if (sheet === null) return;
  sheet.activate();
}
`;
  expect(await ruleIds(bad)).toContain("office-addins/test-for-null-using-isNullObject");
});

test("an array load path fires no-restricted-syntax (office-js#190); the same paths as one string pass", async () => {
  const bad = `export async function f(context: Excel.RequestContext) {
  const sheets = context.workbook.worksheets.load(["items/name", "items/visibility"]);
  await context.sync();
  return sheets.items.map((s) => s.name);
}
`;
  expect(await ruleIds(bad)).toEqual(["no-restricted-syntax"]);
  expect(await ruleIds(bad.replace('["items/name", "items/visibility"]', '"items/name,items/visibility"'))).toEqual([]);
});

test("the block covers the adapter, not the fake Excel (which implements these objects)", async () => {
  const arrayLoad = `export function f(c: { load(p: string[]): void }) {
  c.load(["items/name"]);
}
`;
  expect(await ruleIds(arrayLoad, "src/excel/officeHost.ts")).toEqual(["no-restricted-syntax"]);
  expect(await ruleIds(arrayLoad, "src/excel/fake/lintFixture.ts")).toEqual([]);
});
