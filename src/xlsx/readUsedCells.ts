// Reads every used cell of an .xlsx into the mapper's input (../core/mapper/types.ts), with the defined
// names already there: first the lean reader (./lean/readUsedCellsLean.ts: no JSZip, no ExcelJS), and for
// any file it does not recognise the full reader (./readUsedCellsExcelJs.ts, loaded only then), which also
// words every error the user sees. Both give the same result (test/xlsx/leanReader.test.ts).
import { readUsedCellsLean } from "./lean/readUsedCellsLean";
import { DEFAULT_USED_CELLS_LIMITS, readBytes, type UsedCellsLimits, type UsedCellsRead } from "./usedCellsTypes";

export { DEFAULT_USED_CELLS_LIMITS, readBytes, type UsedCellsLimits, type UsedCellsRead } from "./usedCellsTypes";

/** Read all used cells of .xlsx bytes, for the mapper. */
export async function readUsedCells(bytes: Uint8Array, source: string, limits: UsedCellsLimits = DEFAULT_USED_CELLS_LIMITS): Promise<UsedCellsRead> {
  try {
    return await readUsedCellsLean(bytes, source, limits);
  } catch {
    // Not recognised (LeanUnsupported) or damaged: the full reader reads it or says in German why it cannot.
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand; import() would stay native ESM under tsx/cjs
  const { readUsedCellsExcelJs } = (require("./readUsedCellsExcelJs") as typeof import("./readUsedCellsExcelJs"));
  return readUsedCellsExcelJs(bytes, source, limits);
}

/** Read a file from disk; a missing or unreadable file is a WorkbookReadError. */
export async function readUsedCellsFile(path: string, limits: UsedCellsLimits = DEFAULT_USED_CELLS_LIMITS): Promise<UsedCellsRead> {
  return readUsedCells(await readBytes(path), path, limits);
}
