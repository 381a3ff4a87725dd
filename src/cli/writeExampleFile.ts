// Build step of `npm run build:cli`: writes the built-in example to build/example/beispiel-2024.xlsx with
// the project's writer (ExcelJS), so `aip check --example` reads it like a user's file (./exampleFile.ts).
// Generated, never committed (build/ is ignored).
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { buildExample2024 } from "../core/example";
import { writeWorkbookFile } from "../xlsx/writeWorkbook";
import { EXAMPLE_XLSX } from "./exampleFile";

async function main() {
  mkdirSync(dirname(EXAMPLE_XLSX), { recursive: true });
  await writeWorkbookFile(buildExample2024(), EXAMPLE_XLSX);
}

main().catch((e) => {
  process.stderr.write(`Beispielmappe konnte nicht geschrieben werden: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
