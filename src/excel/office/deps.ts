// What the adapter needs from Office, injected so the same code runs on Excel (Excel.run, the real
// document settings, Office.context.requirements) and on the fake Excel in the demo and the tests.

export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

export interface OfficeHostDeps {
  /** Excel.run, or the fake's run. */
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** Office.context.document.settings (or the fake's). */
  documentSettings: DocumentSettings;
  /** Office.context.requirements; without it only what every supported Excel has is used. */
  requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  version: string;
  /** Office.context.document.mode ("ReadOnly" / "ReadWrite"), read when Einrichten opens. */
  documentMode?: () => string | undefined;
  /** Cells read per sync (payload limit ~5 MB: values, formulas, number formats and value types per cell). */
  cellsPerSync?: number;
  /** Larger names are not read at all but reported as too large. */
  maxCellsPerName?: number;
  /** A sheet whose used range has more cells is not scanned by Einrichten (named in the snapshot). */
  maxScanCells?: number;
}

export const SETTINGS_KEY = "aip.settings";
export const LAST_CHECK_KEY = "aip.lastCheck";
/** Where the marks this add-in set are remembered (sheet, range, conditional format id). */
export const MARKS_KEY = "aip.marks";
/** The workbook's own words (issue 13 §3): labels the user tied to names, src/core/mapper/learned.ts. */
export { LABELS_SETTING_KEY as LABELS_KEY } from "../../core/mapper/learned";
export const AUTO_SHOW_KEY = "Office.AutoShowTaskpaneWithDocument";
export const PROTOCOL_SHEET = "Prüfprotokoll";
