// What both readers of the mapper's input share (./readUsedCells.ts lean first, ./readUsedCellsExcelJs.ts):
// the limits, the result's shape, and reading a file's bytes with the German reasons.
import { readFileSync } from "node:fs";
import type { ExistingName, UsedCellsSnapshot } from "../core/mapper/types";
import { DEFAULT_LIMITS, WorkbookReadError } from "./readError";

export interface UsedCellsLimits {
  /** Largest total uncompressed size the archive declares (as for `aip check`). */
  maxUncompressedBytes: number;
  /** Largest uncompressed size of all worksheets and shared strings together: ExcelJS holds every cell as an object. */
  maxSheetBytes: number;
  /** Largest used range (rows × columns) of one sheet that is searched. */
  maxSheetCells: number;
}

export const DEFAULT_USED_CELLS_LIMITS: UsedCellsLimits = {
  maxUncompressedBytes: DEFAULT_LIMITS.maxUncompressedBytes,
  // Planning workbooks are a few MB of sheet XML; 40 MB is ~ 1 million cells, ~ 500 MB in ExcelJS.
  maxSheetBytes: 40 * 1024 * 1024,
  maxSheetCells: 2_000_000,
};

export interface UsedCellsRead {
  snapshot: UsedCellsSnapshot;
  /** Defined names of the file (built-in _xlnm.* left out), with scope and comment. */
  names: ExistingName[];
  /** Sheet names in workbook order (to check references given by the user). */
  sheetNames: string[];
}

/** The bytes of a file, with the German reasons of ./readWorkbook.ts for a file that cannot be read. */
export async function readBytes(path: string): Promise<Buffer> {
  try {
    // Synchronous: files are read one after the other, and fs/promises costs ≈ 1 ms more per file.
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new WorkbookReadError(
      code === "ENOENT" ? "Die Datei wurde nicht gefunden." :
      code === "EACCES" ? "Keine Berechtigung, die Datei zu lesen." :
      code === "EISDIR" ? "Das ist ein Ordner, keine Datei." :
      `Die Datei konnte nicht gelesen werden (${code ?? (e as Error).message}).`,
    );
  }
}
