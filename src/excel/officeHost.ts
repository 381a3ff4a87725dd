// The Office.js adapter: the only code that calls Excel. It implements WorkbookHost over an Excel.run-like
// function and the document settings, so the same code runs in Excel (Excel.run) and in the demo and tests
// (the fake's run). Each kind of Office call has its module in ./office/:
//   names.ts            workbook and worksheet names (sync 1 of a snapshot and of the template)
//   snapshot.ts         the cells of every name (sync 2, row blocks for large ranges)
//   selection.ts        selecting a finding's cells (RangeAreas only with ExcelApi 1.18)
//   conditionalMarks.ts marks as conditional formats, remembered in the document
//   protocol.ts         the Prüfprotokoll sheet
//   programmeTables.ts  the sheet "AIP-Tabellen" (Tabellen für das AIP), known by its marker name
//   template.ts         "Vorlage anlegen"
//   verlaufSheet.ts     "Verlaufsblatt anlegen"
//   documentSettings.ts settings, last check, "Übersicht beim Öffnen zeigen"
//   usedCells.ts        Einrichten's read: used cells, merged areas, tables, names with comments
//   definedNames.ts     Einrichten's writes: names with the marker comment, removal, the selection
//   apiSets.ts          members used (Einrichten; all above ExcelApi 1.7) with their requirement set and fallback
import type { WorkbookHost } from "./host";
import { applyMarks, removeMarks } from "./office/conditionalMarks";
import type { OfficeHostDeps } from "./office/deps";
import { documentSettingsHost } from "./office/documentSettings";
import { settingsStore } from "./office/settingsStore";
import { withNames } from "./office/names";
import { writeProtocol } from "./office/protocol";
import { writeProgrammeTablesSheet } from "./office/programmeTables";
import { DEFAULT_CELLS_PER_SYNC, DEFAULT_MAX_CELLS_PER_NAME, readSnapshotWith } from "./office/snapshot";
import { selectCells } from "./office/selection";
import { createTemplate } from "./office/template";
import { createVerlaufSheet } from "./office/verlaufSheet";
import { applyNames, findMappingUses, hasContractNames, readSelectionAddress, removeMapping } from "./office/definedNames";
import { DEFAULT_MAX_SCAN_CELLS, readSetup } from "./office/usedCells";

export type { OfficeHostDeps } from "./office/deps";
export { FORCE_REFRESH_KEY, LABELS_KEY, LAST_CHECK_KEY, LEGACY_AUTO_SHOW_KEY, MARKS_KEY, PROTOCOL_SHEET, SETTINGS_KEY, START_PAGE_KEY, TRUST_KEY } from "./office/deps";
export { assertCanAddSheet, queueStructureCheck, StructureProtected } from "./office/sheetGuard";
export { settingsStore, SettingsNotStored, type SettingsStore, type SettingsView } from "./office/settingsStore";
export { DEFAULT_CELLS_PER_SYNC, DEFAULT_MAX_CELLS_PER_NAME } from "./office/snapshot";

/** For Excel: the adapter over the real Office.js globals (call inside Office.onReady). */
export function createExcelHost(version: string): WorkbookHost {
  return createOfficeHost({
    run: Excel.run,
    documentSettings: Office.context.document.settings,
    requirements: Office.context.requirements,
    addin: {
      setStartupBehavior: (b) => Office.addin.setStartupBehavior(b === "load" ? Office.StartupBehavior.load : Office.StartupBehavior.none),
    },
    // Replaced at build time (webpack DefinePlugin): "1" only in a release built with AIP_FORCE_REFRESH_FUNCTIONS=1.
    forceRefreshFunctions: process.env.AIP_FORCE_REFRESH_FUNCTIONS === "1",
    documentMode: () => (Office.context.document.mode === Office.DocumentMode.ReadOnly ? "ReadOnly" : "ReadWrite"),
    version,
  });
}

export function createOfficeHost(deps: OfficeHostDeps): WorkbookHost {
  const limits = { cellsPerSync: deps.cellsPerSync ?? DEFAULT_CELLS_PER_SYNC, maxCellsPerName: deps.maxCellsPerName ?? DEFAULT_MAX_CELLS_PER_NAME };
  // One store per host: every document-setting key goes through it (co-authoring refresh, trust flag, pending saves).
  const store = settingsStore(deps.documentSettings, { documentMode: deps.documentMode, forceRefreshFunctions: deps.forceRefreshFunctions });
  const withStore = { ...deps, store };
  const readSnapshot = () => withNames(deps.run, (context, nested) => readSnapshotWith(context, nested, limits));
  const scan = { cellsPerSync: limits.cellsPerSync, maxScanCells: deps.maxScanCells ?? DEFAULT_MAX_SCAN_CELLS };
  return {
    readSnapshot,
    selectCells: (cells) => selectCells(deps, cells),
    applyMarks: (findings) => applyMarks(withStore, findings),
    removeMarks: () => removeMarks(withStore),
    writeProtocol: (report) => writeProtocol(deps.run, report),
    writeProgrammeTables: (tables) => writeProgrammeTablesSheet(deps.run, tables),
    createTemplate: () => createTemplate(deps.run),
    createVerlaufSheet: async () => createVerlaufSheet(deps.run, await readSnapshot()),
    readSetup: () => readSetup(deps, scan),
    applyNames: (names) => applyNames(deps, names),
    readSelectionAddress: () => readSelectionAddress(deps),
    findMappingUses: () => findMappingUses(deps, scan),
    removeMapping: () => removeMapping(deps),
    hasContractNames: () => hasContractNames(deps),
    ...documentSettingsHost(store, deps.addin),
  };
}
