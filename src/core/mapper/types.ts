// The mapper's input and output. The input is host-neutral: the xlsx reader (src/xlsx/readUsedCells.ts)
// and the Excel host (Office.js: worksheet.getUsedRange() values / numberFormat / formulas, getMergedAreas,
// tables) both build a UsedCellsSnapshot; nothing here knows a file format or Office.js.
import type { CellValue, NameScope } from "../snapshot";

/** An Excel table (ListObject) on a sheet. */
export interface SheetTable {
  name: string;
  /** A1 range of the whole table without sheet and "$", header row included when shown, e.g. "A3:C16". */
  range: string;
  /** The first row of `range` is the header row (ListObject.showHeaders); default true. */
  showHeaders?: boolean;
  /** The last row of `range` is a totals row (ListObject.showTotals); default false. */
  showTotals?: boolean;
}

/** The used cells of one sheet: a dense block starting at `origin` (the used range's top-left). */
export interface SheetCells {
  name: string;
  visibility?: "visible" | "hidden" | "veryHidden";
  /** Top-left cell of `values` as an A1 address ("A1" when the used range starts there). */
  origin: string;
  /** Row-major values of the used range; dates as 1900-system serials, blanks as null (or ""). */
  values: CellValue[][];
  /** Number format per cell, same shape as `values`; missing rows/cells count as "General". */
  numberFormats?: string[][];
  /** Whether a cell holds a formula, same shape as `values` (optional: only used in reasons). */
  hasFormula?: boolean[][];
  /**
   * Formula text per cell, same shape as `values` ("" or missing: no formula), in invariant syntax with ","
   * as Office.js `formulas` and the file give it ("=B4/B5", "=AIP.IQ(B4,B5)", "=_xldudf_AIP_IQ(B4,B5)").
   * Optional: used as evidence (a quotient of integrations and ELB is the IQ).
   */
  formulas?: string[][];
  /** Merged areas as A1 ranges ("A1:C1"); the value sits in the top-left cell. */
  merged?: string[];
  /** Excel tables on the sheet. */
  tables?: SheetTable[];
  /** Set when the host could not read the sheet (too large, protected…): a German reason. The sheet is then not searched. */
  skipped?: string;
}

/**
 * The workbook's own wording for a contract name (issue 13 §3, ./learned.ts; remembered from an assignment
 * by hand or an accepted proposal): the label is a synonym for that figure (./findLearned.ts).
 */
export interface LearnedLabel {
  name: string;
  label: string;
  /** Sheet or section the label stood in (kept for the user; not needed to match). */
  context?: string;
}

export interface MapperOptions {
  /** The workbook's own words (document setting aip.labels, or an imported file): extra labels for their name. */
  learnedLabels?: readonly LearnedLabel[];
}

export interface UsedCellsSnapshot {
  /** A file name, or "Excel" for the open workbook. */
  source: string;
  sheets: SheetCells[];
}

/** A defined name as the host lists it (only its name and scope matter to the mapper). */
export interface ExistingName {
  name: string;
  scope?: NameScope;
  refersTo?: string;
  /** The name's comment (the add-in marks its own names, ./marker.ts). */
  comment?: string;
}

export type Confidence = "high" | "low";

/** Why a proposal is only "low", or why a name got none; stable ids for hosts and tests. */
export type ReasonId =
  | "mehrdeutig" // several candidates
  | "beschriftung" // the label holds words of other figures or several unknown words
  | "kontext" // the sheet or section does not say which figure it is
  | "typ" // the value does not have the contract's type (text instead of a number, not whole, …)
  | "spalte" // several numbers in the row and no header telling which one is meant
  | "jahr" // the header year or the label does not tell planning year from previous year
  | "summenzeile" // taken from a table's total row, not from a labelled cell
  | "tabelle" // a table that lacks part of what identifies it (total row, header)
  | "ohne-beschriftung" // a cell holding the value itself, without a label
  | "nicht-gefunden" // no label found
  | "kein-wert" // label found, but no value of the right kind beside or below it
  | "prozent-einheit" // a share or change typed in percent units (−2,5 for −2,5 %)
  | "zahl-als-text"; // a figure typed as text ("11.482.300 ", "'2.146.000", "59,4 %"): read as its number, reported by the check

export interface Proposal {
  name: string;
  /** Absolute reference as Excel writes it: "'Budget 2024'!$B$3", "Förderung!$A$3:$C$16". */
  ref: string;
  confidence: Confidence;
  /** The label text as in the cell (for a table: its header). */
  label: string;
  /** Absolute address of the label cell (for a table: the header's first cell). */
  labelCell: string;
  /** The value found (for a table: its number of data rows). */
  value: CellValue;
  /** Only on "low" proposals. */
  reasonId?: ReasonId;
  /** German reason, only on "low" proposals. */
  reason?: string;
  /**
   * A remark on a proposal that holds nonetheless (a share typed in percent units): the check reports
   * it itself, so the proposal stays "high"; hosts show it, the JSON output does not carry it. On a "low"
   * proposal the note is joined into `reason` and only `noteId` is kept.
   */
  noteId?: ReasonId;
  note?: string;
}

export interface MissingName {
  name: string;
  reasonId: ReasonId;
  /** German reason, e.g. "Das Planjahr steht in keiner Zelle als Zahl (nur in Überschriften: 2024)." */
  reason: string;
}

export interface MappingResult {
  /** In contract order. */
  proposals: Proposal[];
  /** Contract names already defined workbook-scoped (left alone), in contract order. */
  existing: string[];
  /** Contract names with neither a definition nor a proposal, in contract order. */
  missing: string[];
  /** Why each missing name got no proposal (same order as `missing`). */
  missingReasons: MissingName[];
  /** The planning year the mapper assumed and where it came from (for the reasons and hosts). */
  planningYear?: { year: number; from: string };
  /**
   * German remarks for the user: sheets that were not searched (host could not read them), each with its
   * reason, and found labels that use an outdated term (FAV, Arbeitslosengeld II, …; src/core/outdatedTerms.ts).
   */
  notes: string[];
}

