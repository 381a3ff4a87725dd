// The fake Excel for unit tests and the browser demo: `fakeExcel(model)` gives `run` (in place of
// Excel.run), document settings and Office.context.requirements over an in-memory workbook, plus what tests
// need to look inside: sync count, write log, the document (cells, names, conditional formats), save/reopen.
// The adapter (../officeHost.ts) runs unchanged on it. It must be at least as strict as Excel; each
// behaviour and what it follows ("docs" = Microsoft's Office.js reference / articles on learn.microsoft.com):
//
//  proxy.ts — requests
//  - Calls only queue commands; context.sync() runs them in order; commands before a failing one stay
//    applied (docs: "Application-specific API model", sync and batching).
//  - Reading a property, `items` or `isNullObject` before load + sync throws PropertyNotLoaded (docs: load()
//    "You must call context.sync() before reading the properties").
//  - `load(["items/a"])`: office.js strips a leading "items/" only from string paths, array elements reach
//    Excel unchanged and load nothing, so the read throws PropertyNotLoaded (office-js#190).
//  - A response above ~5 MB fails the whole sync with code RequestPayloadSizeLimitExceeded (docs: "Resource
//    limits and performance optimization", 5 MB for requests and responses in Excel on the web; the code from
//    "Error handling with the application-specific JavaScript APIs", error table, office-js-docs-pr#2278).
//  names.ts — workbook.names lists workbook-scoped names only, worksheet.names that sheet's (docs:
//    Workbook.names, Worksheet.names); option `sheetNamesIncludeWorkbook`: Excel on the web lists the
//    workbook's names in every worksheet.names too (office-js#1011). NamedItem.type is "Error" for #REF!;
//    getRangeOrNullObject gives a null object for anything that is not a range (docs: NamedItem).
//    A name's comment longer than 255 characters is refused (Excel VBA reference, Name.Comment: "cannot exceed
//    255 characters"; Office.js NamedItem.comment is the same property).
//  worksheets.ts — getItem of a missing sheet fails the sync with ItemNotFound, getItemOrNullObject gives a
//    null object (docs: "*OrNullObject methods"); deleting a sheet turns names into it into #REF!; the
//    nested load "items/names/items/name" can be refused or ignored (option `nestedNamesLoad`: not in the
//    typed load options, so not assumed).
//  ranges.ts — Range.values entries behave as typed ("=", "+", "-", "@" start formulas, a leading apostrophe
//    makes text, null leaves a cell unchanged; docs: Range.values, office-js#6687 for the quote prefix);
//    shape mismatches fail (docs: "Set values or formulas"); Worksheet.getRanges needs ExcelApi 1.9 and
//    RangeAreas.select() ExcelApi 1.18 (docs: RangeAreas, @types/office-js "[Api set: ExcelApi 1.18]"),
//    option `excelApi` (default "1.18"), also answered by `requirements.isSetSupported`.
//  conditionalFormats.ts — add() puts a format at the top priority (docs: ConditionalFormatCollection.add);
//    `custom` of a non-Custom format fails, `customOrNullObject` is null (office-js#2180); ids are per
//    session, new after reopening (docs describe getItem(id) but no persistence); a rule made in Excel's UI
//    can be unreadable (stored `unreadable`): id and type load, its rule, format, range and priority fail
//    the sync (office-js #6827, #6835), deleting it fails with ItemNotFound (office-js#5222);
//    getItemOrNullObject(id) is ExcelApi 1.14 (@types/office-js "[Api set: ExcelApi 1.14]"): an older Excel
//    fails the sync with ApiNotFound; on a protected sheet (Worksheet.protection.protected, ExcelApi 1.2;
//    FakeExtras.protectedSheets) add and delete fail the sync with AccessDenied (the code is not documented
//    for this case: Excel.ErrorCodes.accessDenied, seen for protection in office-js#6784).
//  settings.ts — document settings persist only after saveAsync, and with the file (docs: Settings).
//  names.ts — NamedItemCollection.add(name, reference, comment) keeps the comment, NamedItem.comment reads it
//    (docs: NamedItemCollection.add, NamedItem.comment, ExcelApi 1.4); a second name in one scope fails
//    with ItemAlreadyExists.
//  worksheets.ts — getUsedRangeOrNullObject(valuesOnly): bounding box of cells with a value or formula (or
//    also a format), null object on an empty sheet (docs: Worksheet.getUsedRangeOrNullObject, ExcelApi 1.4).
//  ranges.ts — getMergedAreasOrNullObject lists only merged areas whose top-left cell is in the range
//    (office-js#3611, "by design") and fails the sync below ExcelApi 1.13 (docs: Range, "[Api set: ExcelApi 1.13]").
//  tables.ts — worksheet.tables items with name/showHeaders/showTotals and getRange (docs: Table, ExcelApi 1.1);
//    reachable through the nested load "items/tables/items/name" (docs: "load" examples).
//  workbook.ts — Workbook.readOnly needs ExcelApi 1.8 (docs), WorkbookProtection.protected ExcelApi 1.7 (docs);
//    getSelectedRange gives the selection's single area and fails for several (docs: use getSelectedRanges);
//    option `readOnly`: every write fails the sync with AccessDenied.
//
//  Issue 14 (the shared workbook in real Excel) — each an option, off by default:
//  settings.ts — per-pane in-memory settings copy, saveAsync writes the whole bag, refreshAsync reloads it
//    (docs: Office.Settings.refreshAsync, "useful in Excel … coauthoring scenarios"; "Coauthoring in Excel
//    add-ins"). `coAuthorSaves` (proxy.ts): a co-author's saved keys land in the document after a given sync;
//    `fake.coAuthor()`: a second pane on the same document. `settingsRefresh: false`: no refreshAsync (in no
//    requirement set). `settingsSaveFails`: saveAsync reports failed, code 5001, saves nothing (office-js #761,
//    #1456); with `readOnly` saveAsync fails as well.
//  proxy.ts — `requestPayloadLimit`: a sync with more queued operations is refused as a whole with
//    RequestPayloadSizeLimitExceeded (docs: "Resource limits and performance optimization", 5 MB request limit
//    of Excel on the web; counted in operations here).
//  ranges.ts — `listSeparatorSemicolon`: Worksheet.getRanges wants ";" between areas and refuses "," with
//    InvalidArgument (German desktop Excel, office-js #1167, #1985, "known issue"); without it ";" is refused.
//    getMergedAreasOrNullObject fails with more than 512 merged areas (docs: Range.getMergedAreasOrNullObject,
//    "will fail"); `mergedAreasAnchorsOnly`: each merged area reported as its anchor cell (office-js #1590).
//    RangeAreas.areas lists the areas with their addresses (docs: RangeAreas.areas).
//  names.ts — `namesFormulaR1C1`: NamedItem.formula/value in R1C1 form, absolute R7C2, relative R[6]C[1]
//    (office-js #1831); `germanErrorTexts`: #BEZUG! where English Excel writes #REF!.
//  conditionalFormats.ts — `cfIdIsPriority`: ConditionalFormat.id is the format's position on its sheet and
//    shifts when formats are added or deleted (docs: ConditionalFormat.id, "the priority of the conditional
//    format in the current ConditionalFormatCollection").
//  worksheets.ts — `structureProtected`: adding, deleting and hiding sheets fail with AccessDenied (Excel help,
//    "Protect a workbook": structure protection forbids inserting, deleting, hiding, renaming sheets; the code
//    is not documented). Deleting a very hidden sheet fails, by design (office-js #365: GeneralException;
//    documented since office-js-docs-pr #754, "Work with worksheets").
//  index.ts — `fake.addin`: Office.addin.setStartupBehavior("load" | "none") as this document keeps it (docs:
//    "Run code in your Office Add-in when the document opens").
//
// Not modelled (throws if used): fills, borders, column widths, events, calculation; on a protected sheet
// only conditional-format add/delete are refused (cell writes there are not, the pane makes none). Whether
// Excel refuses defined names under structure protection is documented neither way: the fake assumes it does
// not (names.add works under `structureProtected`).
import type { WorkbookModel } from "../../core/workbookModel";
import { newDocument, restoreDocument, serialiseDocument, type FakeDocument, type FakeExtras } from "./document";
import { FakeContext, type FakeOptions, type FakeSession, type FakeWrite } from "./proxy";
import { FakeSettings } from "./settings";
import { FakeWorkbook } from "./workbook";

export type { FakeDocument, FakeConditionalFormat, FakeExtras, FakeTable, FakeName } from "./document";
export { FakeOfficeError, PAYLOAD_LIMIT_BYTES, type FakeOptions, type FakeWrite } from "./proxy";
import { supportsExcelApi } from "./proxy";

export interface FakeView {
  activeSheet: string;
  /** Last selection made through the API (address without sheet, "B7" or "B7,C9"). */
  selection: { sheet: string; address: string } | null;
}

export interface FakeExcel {
  /** Same shape as Excel.run's simplest overload. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  documentSettings: FakeSettings;
  /** Office.addin's startup behaviour for this document (setStartupBehavior). */
  addin: FakeAddin;
  /**
   * A co-author: another pane on the same open document (same cells, names, formats and saved settings),
   * with its own in-memory settings copy taken now; `options` default to this fake's.
   */
  coAuthor(options?: FakeOptions): FakeExcel;
  /** Office.context.requirements: ExcelApi up to options.excelApi (default 1.18). */
  requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  /** Office.context.document.mode: "ReadOnly" with options.readOnly. */
  readonly documentMode: "ReadOnly" | "ReadWrite";
  /** context.sync() calls so far, over all runs. */
  readonly syncCount: number;
  /** Every write that reached the workbook, in order. */
  readonly writeLog: FakeWrite[];
  /** The live document: cells and names (model), conditional formats, saved settings. */
  readonly document: FakeDocument;
  readonly model: WorkbookModel;
  readonly view: FakeView;
  /** "Save": the document as JSON text. */
  save(): string;
  /** Called after every sync that wrote something and after select/activate (the demo grid re-renders). */
  subscribe(listener: () => void): () => void;
}

/** Office.addin.setStartupBehavior as far as the fake keeps it: what this document would do on its next opening. */
export interface FakeAddin {
  startupBehavior: "load" | "none";
  setStartupBehavior(behavior: "load" | "none"): Promise<void>;
}

function fakeAddin(): FakeAddin {
  const addin: FakeAddin = {
    startupBehavior: "none",
    async setStartupBehavior(behavior) {
      addin.startupBehavior = behavior;
    },
  };
  return addin;
}

function createFake(doc: FakeDocument, options: FakeOptions, addin: FakeAddin = fakeAddin()): FakeExcel {
  const listeners = new Set<() => void>();
  const session: FakeSession & { addin: FakeAddin } = {
    addin,
    doc,
    syncCount: 0,
    writeLog: [],
    view: { activeSheet: doc.model.sheets[0]?.name ?? "", selection: null },
    options,
    notify: () => listeners.forEach((l) => l()),
  };
  return {
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const context = new FakeContext(session);
      context.workbook = new FakeWorkbook(context);
      return batch(context as unknown as Excel.RequestContext);
    },
    documentSettings: new FakeSettings(() => session.doc, options),
    addin: session.addin,
    coAuthor: (coOptions = options) => createFake(session.doc, coOptions, session.addin),
    requirements: {
      isSetSupported: (name: string, minVersion = "1.1") => name === "ExcelApi" && supportsExcelApi(options, minVersion),
    },
    get documentMode() {
      return options.readOnly ? ("ReadOnly" as const) : ("ReadWrite" as const);
    },
    get syncCount() {
      return session.syncCount;
    },
    get writeLog() {
      return session.writeLog;
    },
    get document() {
      return session.doc;
    },
    get model() {
      return session.doc.model;
    },
    get view() {
      return session.view;
    },
    save: () => serialiseDocument(session.doc),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A fake Excel with a copy of `model` open (the model itself is never changed); `extras`: merged areas, tables. */
export function fakeExcel(model: WorkbookModel, options: FakeOptions = {}, extras: FakeExtras = {}): FakeExcel {
  return createFake(newDocument(model, extras), options);
}

/** "Reopen" a workbook saved with `fake.save()`: only what the file keeps comes back. */
export function reopenFakeExcel(saved: string, options: FakeOptions = {}): FakeExcel {
  return createFake(restoreDocument(saved), options);
}
