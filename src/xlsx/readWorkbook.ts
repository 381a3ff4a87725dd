// Reads an .xlsx file into the engine's WorkbookSnapshot: first the lean reader (./lean/: only the parts
// and rows the names need, no JSZip, no ExcelJS), and for any file it does not recognise the full reader
// (./readWorkbookExcelJs.ts, loaded only then), which also words every error the user sees. Both give the
// same snapshot (test/xlsx/leanReader.test.ts). A file that cannot be read ends in a WorkbookReadError with
// a one-line German reason, never a crash.
import { readFileSync } from "node:fs";
import type { WorkbookSnapshot } from "../core/snapshot";
import { readWorkbookLean } from "./lean/readWorkbookLean";
import { DEFAULT_LIMITS, WorkbookReadError, type ReadLimits } from "./readError";

export { WorkbookReadError, DEFAULT_LIMITS, type ReadLimits } from "./readError";

/** Read .xlsx bytes into a snapshot; `source` names the file in findings and notes. */
export async function readWorkbook(bytes: Uint8Array, source: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<WorkbookSnapshot> {
  try {
    return await readWorkbookLean(bytes, source, limits);
  } catch {
    // Not recognised (LeanUnsupported) or damaged: the full reader reads it or says in German why it cannot.
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand; import() would stay native ESM under tsx/cjs
  const { readWorkbookExcelJs } = (require("./readWorkbookExcelJs") as typeof import("./readWorkbookExcelJs"));
  return readWorkbookExcelJs(bytes, source, limits);
}

/** Read an .xlsx file from disk; a missing or unreadable file is a WorkbookReadError too. */
export async function readWorkbookFile(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<WorkbookSnapshot> {
  let bytes: Buffer;
  try {
    // Synchronous: a batch reads one file after the other, and fs/promises costs ≈ 1 ms more per file.
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "Die Datei wurde nicht gefunden." :
      code === "EACCES" ? "Keine Berechtigung, die Datei zu lesen." :
      code === "EISDIR" ? "Das ist ein Ordner, keine Datei." :
      `Die Datei konnte nicht gelesen werden (${code ?? (e as Error).message}).`;
    throw new WorkbookReadError(reason);
  }
  return readWorkbook(bytes, path, limits);
}
