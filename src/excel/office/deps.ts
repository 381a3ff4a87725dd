// What the adapter needs from Office, injected so the same code runs on Excel (Excel.run, the real
// document settings, Office.context.requirements) and on the fake Excel in the demo and the tests.

import type { DocumentSettings } from "./settingsStore";

export type { DocumentSettings } from "./settingsStore";

/** Office.addin as far as "Übersicht beim Öffnen zeigen" needs it (SharedRuntime 1.1). */
export interface AddinStartup {
  setStartupBehavior(behavior: "load" | "none"): Promise<void>;
}

export interface OfficeHostDeps {
  /** Excel.run, or the fake's run. */
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** Office.context.document.settings (or the fake's). */
  documentSettings: DocumentSettings;
  /** Write Office.ForceRefreshCustomFunctionsCache with every save (build switch AIP_FORCE_REFRESH_FUNCTIONS=1). */
  forceRefreshFunctions?: boolean;
  /** Office.addin (setStartupBehavior); absent in the demo. */
  addin?: AddinStartup;
  /** Office.context.requirements; without it only what every supported Excel has is used. */
  requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  version: string;
  /** Office.context.document.mode ("ReadOnly" / "ReadWrite"), read when Einrichten opens. */
  documentMode?: () => string | undefined;
  /** Cells read per sync (payload limit ~5 MB: values, formulas, number formats and value types per cell). */
  cellsPerSync?: number;
  /** Operations per sync when marks are read and written (Excel on the web's 5 MB request limit). */
  markOpsPerSync?: number;
  /** Larger names are not read at all but reported as too large. */
  maxCellsPerName?: number;
  /** A sheet whose used range has more cells is not scanned by Einrichten (named in the snapshot). */
  maxScanCells?: number;
}

export const SETTINGS_KEY = "aip.settings";
export const LAST_CHECK_KEY = "aip.lastCheck";
/** Where the marks this add-in set are remembered (sheet, range, conditional format id). */
export const MARKS_KEY = "aip.marks";
/** Which page the pane opens with the workbook ("overview"); with Office.addin.setStartupBehavior(load). */
export const START_PAGE_KEY = "aip.startPage";
/** Set by 0.x builds for the earlier auto-open design; removed when the switch is used. */
export const LEGACY_AUTO_SHOW_KEY = "Office.AutoShowTaskpaneWithDocument";
export { FORCE_REFRESH_KEY, TRUST_KEY } from "./settingsStore";
/** The workbook's own words (issue 13 §3): labels the user tied to names, src/core/mapper/learned.ts. */
export { LABELS_SETTING_KEY as LABELS_KEY } from "../../core/mapper/learned";
export const PROTOCOL_SHEET = "Prüfprotokoll";
