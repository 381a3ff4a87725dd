// The engine boundary is enforced by lint, not only kept: eslint.config.js forbids src/core to import Office,
// file formats (also cfb), React/Fluent, any Node builtin (fs, path, child_process, node:*), a host, or a
// module loaded at run time (dynamic import()); this shows each restriction is active and that the core,
// as it is, obeys it.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";

const root = join(__dirname, "..", "..");
// The project's own config, required directly: ESLint's loader uses a dynamic import jest cannot run.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../eslint.config.js") as ESLint.Options["overrideConfig"];
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });

async function restricted(code: string, filePath = "src/core/probe.ts"): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-syntax").map((m) => m.message);
}

test.each([
  'import "@microsoft/office-js";',
  'import ExcelJS from "exceljs";',
  'import JSZip from "jszip";',
  'import { XMLParser } from "fast-xml-parser";',
  'import { useState } from "react";',
  'import type { FC } from "react";',
  'import { Button } from "@fluentui/react-components";',
  'import { readFileSync } from "node:fs";',
  'import { readFile } from "fs/promises";',
  'import type { WorkbookHost } from "../excel/host";',
  'import * as CFB from "cfb";',
  'import { join } from "node:path";',
  'import { join } from "path";',
  'import { execFileSync } from "node:child_process";',
  'import { execFileSync } from "child_process";',
  'import { createHash } from "crypto";',
  'import { Worker } from "node:worker_threads";',
  // A "node:" module this Node may not list yet.
  'import { DatabaseSync } from "node:sqlite";',
  'export { join } from "node:path";',
])("src/core may not: %s", async (line) => {
  expect(await restricted(`${line}\nexport const x = 1;\n`)).toHaveLength(1);
}, 30000);

test.each([
  'export const load = () => import("exceljs");',
  'export async function load(name: string) { return import(name); }',
])("src/core may not load modules at run time: %s", async (code) => {
  const messages = await restricted(`${code}\n`);
  expect(messages).toHaveLength(1);
  expect(messages[0]).toMatch(/dynamisches import/);
}, 30000);

test("the core block keeps the CSP restrictions of the whole project", async () => {
  expect(await restricted("export const f = new Function('return 1');\n")).toEqual(["new Function ist verboten (CSP)."]);
}, 30000);

test("the same imports stay allowed outside src/core, and the core's own imports pass", async () => {
  expect(await restricted('import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n', "src/xlsx/probe.ts")).toEqual([]);
  expect(await restricted('import { join } from "node:path";\nexport const load = () => import("node:fs");\nexport const x = join;\n', "src/cli/probe.ts")).toEqual([]);
  // A type in an import type position is no run-time load (src/core/mapper/index.ts uses one).
  expect(await restricted('export type T = import("./engine").CheckResult;\n')).toEqual([]);
  expect(await restricted('import { check } from "./engine";\nexport const x = check;\n')).toEqual([]);
  // Every file of the core, read here (ESLint's own file search needs a dynamic import jest cannot run).
  const files = (readdirSync(join(root, "src/core"), { recursive: true }) as string[]).filter((f) => f.endsWith(".ts"));
  expect(files.length).toBeGreaterThan(40);
  for (const f of files) {
    const path = join("src/core", f);
    expect({ path, restricted: await restricted(readFileSync(join(root, path), "utf8"), path) }).toEqual({ path, restricted: [] });
  }
}, 60000);
