// Writes the real output of `aip check --example` (German and English) into README.md and docs/cli.md, where
// test/cli/docsOutput.test.ts compares them: run after a change to the rules or their messages.
// Usage: npm run build:cli && npx tsx scripts/write-docs-output.ts
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const aip = (...args: string[]) => execFileSync(process.execPath, [join(ROOT, "bin/aip.js"), ...args], { encoding: "utf8" });

/** Replace the first ```text block after `anchor` in `file` by `output`. */
function replaceBlock(file: string, anchor: string, output: string) {
  const path = join(ROOT, file);
  const text = readFileSync(path, "utf8");
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`${file}: "${anchor}" nicht gefunden`);
  const start = text.indexOf("```text\n", at) + "```text\n".length;
  const end = text.indexOf("```", start);
  writeFileSync(path, text.slice(0, start) + output + text.slice(end));
}

const de = aip("check", "--example");
const en = aip("check", "--example", "--lang", "en");
replaceBlock("README.md", "aip check --example", de);
replaceBlock("docs/cli.md", "aip check --example", de);
replaceBlock("docs/cli.md", "Ausgabe von `npx aip check --example --lang en`", en);
process.stdout.write("README.md und docs/cli.md: Ausgabe von aip check --example eingetragen\n");
