// What both readers of the mapper's input share (./readUsedCells.ts lean first, ./readUsedCellsExcelJs.ts):
// the limits, the result's shape, one sheet's dense block from its used cells, and reading a file's bytes
// with the German reasons.
import { readFileSync } from "node:fs";
import { cellA1 } from "../core/address";
import type { ExistingName, SheetCells, SheetTable, UsedCellsSnapshot } from "../core/mapper/types";
import type { CellValue } from "../core/snapshot";
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

/** A used cell as a reader found it (0-based row and column). */
export interface UsedCell {
  r: number;
  c: number;
  value: CellValue;
  fmt: string;
  formula: boolean;
  /** The formula text with "=" (invariant syntax, as the file holds it), "" for none. */
  text: string;
}

/**
 * One sheet's mapper input from its used cells: the dense block from the top-left to the bottom-right used
 * cell, or a `skipped` reason when that block exceeds the cell limit. Both readers build it here, so they
 * cannot differ in it.
 */
export function sheetFromCells(
  base: { name: string; visibility?: SheetCells["visibility"] },
  cells: readonly UsedCell[],
  limits: UsedCellsLimits,
  merged: readonly string[],
  tables: readonly SheetTable[],
): SheetCells {
  if (cells.length === 0) return { ...base, origin: "A1", values: [] };
  let [r0, c0, r1, c1] = [Infinity, Infinity, -1, -1];
  for (const cell of cells) {
    r0 = Math.min(r0, cell.r);
    c0 = Math.min(c0, cell.c);
    r1 = Math.max(r1, cell.r);
    c1 = Math.max(c1, cell.c);
  }
  const area = (r1 - r0 + 1) * (c1 - c0 + 1);
  if (area > limits.maxSheetCells) {
    return {
      ...base,
      origin: cellA1({ row: r0, col: c0 }),
      values: [],
      skipped: `der benutzte Bereich umfasst ${area.toLocaleString("de-DE")} Zellen (Grenze ${limits.maxSheetCells.toLocaleString("de-DE")})`,
    };
  }
  const width = c1 - c0 + 1;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const hasFormula: boolean[][] = [];
  // Formula text as the file holds it (invariant syntax; a user-defined function may read "_xldudf_AIP_IQ(…)").
  const formulas: string[][] = [];
  for (let r = r0; r <= r1; r++) {
    formulas.push(new Array<string>(width).fill(""));
    values.push(new Array<CellValue>(width).fill(null));
    numberFormats.push(new Array<string>(width).fill("General"));
    hasFormula.push(new Array<boolean>(width).fill(false));
  }
  for (const cell of cells) {
    values[cell.r - r0][cell.c - c0] = cell.value;
    numberFormats[cell.r - r0][cell.c - c0] = cell.fmt;
    hasFormula[cell.r - r0][cell.c - c0] = cell.formula;
    formulas[cell.r - r0][cell.c - c0] = cell.text;
  }
  return {
    ...base,
    origin: cellA1({ row: r0, col: c0 }),
    values,
    numberFormats,
    hasFormula,
    ...(cells.some((c) => c.text) ? { formulas } : {}),
    ...(merged.length ? { merged: [...merged] } : {}),
    ...(tables.length ? { tables: [...tables] } : {}),
  };
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
