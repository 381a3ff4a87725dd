// The one interface the task pane talks to. `officeHost.ts` implements it with Office.js (Excel.run);
// the browser demo and the tests implement it with the same code running against the fake Excel.
import type { Finding } from "../core/finding";
import type { Lang } from "../core/format";
import type { WorkbookSnapshot } from "../core/snapshot";
import type { LearnedLabel } from "../core/mapper/types";
import type { ApplyNamesResult, MappingUses, NameWrite } from "./office/definedNames";
import type { SetupReadResult } from "./office/usedCells";
import type { ProgrammeTable } from "../core/document/programmeTables";
import type { TablesSheetResult } from "./office/programmeTables";

export type { TablesSheetResult } from "./office/programmeTables";

export type { ApplyNamesResult, MappingUses, NameWrite } from "./office/definedNames";
export type { NotEditableReason, SetupReadResult } from "./office/usedCells";

/** Result of the last "Mappe prüfen", stored in the document so the next person sees it. */
export interface LastCheckStatus {
  /** ISO timestamp. */
  at: string;
  errors: number;
  warnings: number;
  infos: number;
  /** Add-in version that ran the check. */
  version: string;
}

/** The labels remembered in the document (aip.labels); `problem` when the stored value is broken (then not used). */
export interface StoredLabels {
  labels: LearnedLabel[];
  problem?: string;
}

/** Everything the Prüfprotokoll sheet shows. */
export interface ProtocolReport {
  at: Date;
  version: string;
  /** Settings used, as JSON-serialisable data. */
  settings: unknown;
  /** Findings already rendered in this language; the sheet is written in it and says which. */
  findings: Finding[];
  lang: Lang;
}

export type TemplateResult =
  | { created: true; names: number }
  /** existingSheets: sheets of the template that already exist (the template would clash with them). */
  | { created: false; existingNames: string[]; existingSheets?: string[] };

export type VerlaufSheetResult =
  | { created: true; names: number }
  /** Nothing written: the structure is protected, the workbook has no contract name, or the sheet "Verlauf" or MON_ names exist already. */
  | { created: false; structureProtected?: boolean; noContract?: boolean; existingNames: string[]; sheetExists: boolean };

/** Marks the add-in could not remove from one sheet (they stay in the sheet and in its record). */
export interface SelectionResult {
  /** Only the first area was selected; the number of areas on that sheet. */
  onlyFirstArea?: number;
}

export interface NotRemoved {
  sheet: string;
  /** Ranges on that sheet, "B7" or "A3:E16". */
  ranges: string[];
  /** Excel's message. */
  reason: string;
}

export interface MarksResult {
  /** Marks set now (applyMarks). */
  marked: number;
  /** Previous marks removed. */
  removed: number;
  notRemoved: NotRemoved[];
  /** Sheets Excel would not let mark (applyMarks; e.g. a protected sheet), with the ranges left unmarked. */
  notMarked: NotRemoved[];
  /**
   * Why the record of the marks (document setting aip.marks) could not be saved: the marks are in the workbook,
   * this session still knows them and saves the record with the next save.
   */
  recordNotSaved?: string;
}

export interface WorkbookHost {
  /** Read every defined name and its cells: at most 2 context.sync() calls; writes nothing. */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /**
   * Activate the sheet of the first cell and select the cells ("Sheet!A1" addresses); says when Excel selected
   * only the first of several areas (below ExcelApi 1.18, or an Excel that refuses both list separators).
   */
  selectCells(cells: string[]): Promise<SelectionResult | undefined>;
  /**
   * Mark findings' cells with tagged conditional formats, one colour per severity, replacing the previous marks;
   * one write sync, or one per sheet when Excel refuses it (a sheet that refuses is reported in `notMarked`).
   */
  applyMarks(findings: Finding[]): Promise<MarksResult>;
  /** Remove exactly the conditional formats this add-in added (remembered in the document); says what it could not remove. */
  removeMarks(): Promise<MarksResult>;
  /** Create or replace the sheet "Prüfprotokoll" (text starting with = + - @ written as text). */
  writeProtocol(report: ProtocolReport): Promise<void>;
  /**
   * "Tabellen für das AIP": write the programme's tables to the add-in's sheet "AIP-Tabellen" (known by its
   * marker name, never a user's sheet of that name); 2 read syncs, 1 write sync; refuses protected structure.
   */
  writeProgrammeTables(tables: readonly ProgrammeTable[]): Promise<TablesSheetResult>;
  /** Create the contract's sheets and names on an empty workbook; refuses when contract names exist. */
  createTemplate(): Promise<TemplateResult>;
  /** "Verlaufsblatt anlegen": add the monthly tracking sheet with its MON_ names (snapshot 2 syncs, then 1 read and 1 write sync). */
  createVerlaufSheet(): Promise<VerlaufSheetResult>;

  // Einrichten (issue 10 §3): bring an existing workbook under the checks.
  /**
   * The mapper's input (used cells of every sheet, merged areas with ExcelApi 1.13, tables) and every name
   * with its comment; whether the workbook may be changed. 3 syncs, +1 per further 20,000 used cells; writes nothing.
   */
  readSetup(): Promise<SetupReadResult>;
  /** Define names workbook-scoped with the add-in's comment: 1 read sync, then 1 write sync for all; refuses (writes nothing) if one exists and is not to be replaced. */
  applyNames(names: NameWrite[]): Promise<ApplyNamesResult>;
  /** The user's selection as an absolute reference ("'Budget'!$B$3"); 1 sync. */
  readSelectionAddress(): Promise<string>;
  /** Which formulas use the add-in's names (before removing them): 2 syncs + 1 per 20,000 used cells; writes nothing. */
  findMappingUses(): Promise<MappingUses>;
  /** Whether any contract name is defined (the pane starts on Einrichten when none is); 1 sync. */
  hasContractNames(): Promise<boolean>;
  /** Delete exactly the names carrying the add-in's comment and define again what they replaced (`restored`): 1 read, 1 write sync. */
  removeMapping(): Promise<{ removed: string[]; restored?: string[] }>;

  /** Document settings (saved with the workbook). */
  loadCheckSettings(): Promise<unknown | undefined>;
  saveCheckSettings(settings: unknown): Promise<void>;
  loadLastCheck(): Promise<LastCheckStatus | undefined>;
  saveLastCheck(status: LastCheckStatus): Promise<void>;
  /** The workbook's own words (document setting aip.labels, issue 13 §3). */
  loadLearnedLabels(): Promise<StoredLabels>;
  /** Change the remembered labels (read, `change`, write, saveAsync); returns what is stored now. */
  updateLearnedLabels(change: (labels: LearnedLabel[]) => LearnedLabel[]): Promise<LearnedLabel[]>;
  /**
   * "Übersicht beim Öffnen zeigen": document setting aip.startPage (saved) and Office.addin.setStartupBehavior
   * (load / none); the pane then shows itself on the Übersicht from the next opening.
   */
  getShowOverviewOnOpen(): Promise<boolean>;
  setShowOverviewOnOpen(on: boolean): Promise<void>;
}
