// The engine's only input: a read-only picture of a workbook's defined names and the cells they cover.
// Hosts (Excel via Office.js, the xlsx reader, the fake Excel) build it; nothing here knows a file format.

/** An Excel error value in a cell, e.g. `{ error: "#DIV/0!" }`. */
export interface CellError {
  error: string;
}

/**
 * One cell's value. Dates arrive as Excel serial numbers of the 1900 date system (./excelDate.ts; a host
 * reading a 1904-system workbook converts real dates, and leaves other numbers as stored; the number
 * format tells they are dates), blanks as `null`, error cells as {@link CellError}.
 */
export type CellValue = number | string | boolean | null | CellError;

/** Why a defined name could not be resolved to cells of this workbook. */
export type NameProblem =
  | "ref-error" // the name refers to #REF! (its target was deleted)
  | "external" // the name points into another file, e.g. [1]Tabelle1!A1
  | "not-a-range" // a constant or formula, not a cell reference
  | "sheet-missing" // the referenced sheet does not exist
  | "too-large" // the range exceeds the host's read limit; values were not read
  | "unreadable"; // any other reason the host could not read it (see problemDetail)

export type NameScope = { kind: "workbook" } | { kind: "sheet"; sheet: string };

/** One defined name as found in the workbook, duplicates and broken names included. */
export interface NameEntry {
  /** The name as defined (case preserved). */
  name: string;
  scope: NameScope;
  /** What the name refers to, as the host shows it, e.g. "=Haushalt!$B$7" or "=#REF!". */
  refersTo: string;
  /** Sheet of the resolved range (absent when unresolved). */
  sheet?: string;
  /** Resolved range as "Sheet!A1" or "Sheet!A1:C3", without $ (absent when unresolved). */
  address?: string;
  /** Row-major cell values of the resolved range. */
  values?: CellValue[][];
  /** Formula text per cell ("=SUM(B4:B8)") or null where the cell holds a constant. */
  formulas?: (string | null)[][];
  /** Number format per cell ("General", "0.0%", …). */
  numberFormats?: string[][];
  /**
   * For names of table kind (FOE_Tabelle, PER_VZAE_Bereiche, KUN_BG_Groesse): the values of up to
   * {@link ROWS_BELOW_TABLES} rows directly below the range, same columns, so the check can tell that rows were
   * added under a named table (next year's copy) and offer to extend the name. Absent when the host did not read it.
   */
  belowValues?: CellValue[][];
  /** Set when the name could not be resolved or read. */
  problem?: NameProblem;
  problemDetail?: string;
}

/** How many rows below a table name hosts read into {@link NameEntry.belowValues}. */
export const ROWS_BELOW_TABLES = 3;

export interface SheetInfo {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookSnapshot {
  /** Where the snapshot comes from: a file name, or "Excel" for the open workbook. */
  source: string;
  sheets: SheetInfo[];
  /** Every defined name, workbook- and sheet-scoped, in the order the host lists them. */
  names: NameEntry[];
  /** Host remarks worth showing, e.g. that a large range was read in chunks. */
  notes?: string[];
  /**
   * Check as of this month (1–12, `aip check --month`): the monthly tracking sheet's (MON_*) cells of later
   * months read as blank (src/core/verlauf/read.ts). Absent: every month.
   */
  asOfMonth?: number;
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}
