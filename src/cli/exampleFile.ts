// The built-in example as an .xlsx file. The build (`npm run build:cli`, which `npm ci` runs as `prepare`)
// writes it once to build/example/ (./writeExampleFile.ts), so `aip check --example` only reads it, through
// the same reader as a user's file, instead of writing and deflating an archive on every run. Run from
// the sources (tsx, jest) there is no such file next to this module: the example is then written in memory.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { WorkbookSnapshot } from "../core/snapshot";
import { EXAMPLE_SOURCE } from "../core/example/source";
import { readWorkbook } from "../xlsx/readWorkbook";

/** build/example/beispiel-2024.xlsx seen from build/cli/ (from src/cli/ the path does not exist). */
export const EXAMPLE_XLSX = join(__dirname, "..", "example", "beispiel-2024.xlsx");

/** The example's .xlsx bytes: the built file, or written now when running from the sources. */
export async function exampleXlsxBytes(): Promise<Uint8Array> {
  try {
    return readFileSync(EXAMPLE_XLSX);
  } catch {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand; import() would stay native ESM under tsx/cjs
    const [{ buildExample2024 }, { writeWorkbookBuffer }] = [(require("../core/example") as typeof import("../core/example")), (require("../xlsx/writeWorkbook") as typeof import("../xlsx/writeWorkbook"))];
    return writeWorkbookBuffer(buildExample2024());
  }
}

/** The built-in example goes through the same reader as a user's file. */
export async function exampleSnapshotViaXlsx(): Promise<WorkbookSnapshot> {
  return readWorkbook(await exampleXlsxBytes(), EXAMPLE_SOURCE);
}
