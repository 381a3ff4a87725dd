// The fake Excel's saved state: what an .xlsx would keep (cells, names, conditional formats, saved
// document settings). Pure data, JSON-serialisable, so a test can "save and reopen"
// a workbook and see exactly what survived. No Office.js, no Node-only imports: it runs in the browser demo.
import { cloneModel, type ModelSheet, type WorkbookModel } from "../../core/workbookModel";
import { parseRange, type CellRef } from "../../core/address";

/** One conditional format as the file stores it (Excel keeps no tag property, only type, range, rule, format). */
export interface FakeConditionalFormat {
  id: string;
  /** Range on its sheet, "B7" or "A3:E16". */
  range: string;
  type: string;
  /**
   * A rule Excel's API cannot read (made in Excel's UI, duplicated or stacked on a cell: office-js #5222,
   * #6827, #6835): id and type load, anything else fails the sync; delete fails too.
   */
  unreadable?: boolean;
  /** Custom rule formula (English syntax, leading "="), for type "Custom". */
  formula?: string;
  fillColor?: string;
  fontColor?: string;
}

/** An Excel table (ListObject) as the file keeps it. */
export interface FakeTable {
  name: string;
  /** Whole table on its sheet, header row included when shown, e.g. "A3:C16". */
  range: string;
  showHeaders?: boolean;
  showTotals?: boolean;
}

/** What an .xlsx keeps beside cells and names that the WorkbookModel does not describe. */
export interface FakeExtras {
  /** Merged areas per sheet name ("A1:C1"). */
  merged?: Record<string, string[]>;
  /** Excel tables per sheet name. */
  tables?: Record<string, FakeTable[]>;
  /** Sheets protected in Excel's UI (Überprüfen → Blatt schützen): Worksheet.protection.protected. */
  protectedSheets?: string[];
  /** Document settings saved in the file (Office.Settings persist with the document; a "Speichern unter" copy keeps them). */
  settings?: Record<string, unknown>;
}

/** A defined name with the comment Excel stores for it (NamedItem.comment, ExcelApi 1.4). */
export type FakeName = WorkbookModel["names"][number] & { comment?: string };

export interface FakeDocument {
  model: WorkbookModel;
  merged: Record<string, string[]>;
  tables: Record<string, FakeTable[]>;
  /** Names of the protected sheets (the file keeps the protection). */
  protectedSheets: string[];
  /** Conditional formats per sheet name, in priority order (index 0 = highest). */
  conditionalFormats: Record<string, FakeConditionalFormat[]>;
  /** Document settings as last saved with saveAsync. */
  settings: Record<string, unknown>;
  nextId: number;
  /** How often the file was opened: conditional format ids are per session (not documented to persist). */
  session: number;
}

export function newDocument(model: WorkbookModel, extras: FakeExtras = {}): FakeDocument {
  return {
    model: cloneModel(model),
    merged: structuredClone(extras.merged ?? {}),
    tables: structuredClone(extras.tables ?? {}),
    protectedSheets: [...(extras.protectedSheets ?? [])],
    conditionalFormats: {},
    settings: structuredClone(extras.settings ?? {}),
    nextId: 1,
    session: 1,
  };
}

/** What "save" writes: a JSON text, so nothing but data survives. */
export function serialiseDocument(doc: FakeDocument): string {
  return JSON.stringify(doc);
}

/** Opening the file again: a new session, so every conditional format gets a new id. */
export function restoreDocument(saved: string): FakeDocument {
  const doc = JSON.parse(saved) as FakeDocument;
  doc.session = (doc.session ?? 1) + 1;
  doc.merged ??= {};
  doc.tables ??= {};
  doc.protectedSheets ??= [];
  doc.nextId = 1;
  for (const list of Object.values(doc.conditionalFormats)) for (const cf of list) cf.id = newConditionalFormatId(doc);
  return doc;
}

export function newConditionalFormatId(doc: FakeDocument): string {
  return `{CF-${doc.session}-${doc.nextId++}}`;
}

export function isSheetProtected(doc: FakeDocument, sheet: string): boolean {
  return doc.protectedSheets.some((s) => s.toLowerCase() === sheet.toLowerCase());
}

export function findSheet(doc: FakeDocument, name: string): ModelSheet | undefined {
  const key = name.toLowerCase();
  return doc.model.sheets.find((s) => s.name.toLowerCase() === key);
}

/** The largest sheet Excel allows: a worksheet's whole range. */
export const WHOLE_SHEET = "A1:XFD1048576";

export interface Area {
  start: CellRef;
  end: CellRef;
}

export function area(range: string): Area {
  return parseRange(range.replace(/\$/g, ""));
}

export function intersects(a: Area, b: Area): boolean {
  return a.start.row <= b.end.row && b.start.row <= a.end.row && a.start.col <= b.end.col && b.start.col <= a.end.col;
}
