// The fake Excel for unit tests and the browser demo: `fakeExcel(model)` gives `run` (in place of
// Excel.run), document settings and Office.context.requirements over an in-memory workbook, plus what tests need to
// look inside: sync count, write log, the document (cells, names, conditional formats) and save/reopen.
// The adapter in ../officeHost.ts runs unchanged on it: only Excel.run is swapped.
import type { WorkbookModel } from "../../core/workbookModel";
import { newDocument, restoreDocument, serialiseDocument, type FakeDocument } from "./document";
import { FakeContext, type FakeOptions, type FakeSession, type FakeWrite } from "./proxy";
import { FakeSettings } from "./settings";
import { FakeWorkbook } from "./workbook";

export type { FakeDocument, FakeConditionalFormat } from "./document";
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
  /** Office.context.requirements: ExcelApi up to options.excelApi (default 1.18). */
  requirements: { isSetSupported(name: string, minVersion?: string): boolean };
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

function createFake(doc: FakeDocument, options: FakeOptions): FakeExcel {
  const listeners = new Set<() => void>();
  const session: FakeSession = {
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
    documentSettings: new FakeSettings(doc),
    requirements: {
      isSetSupported: (name: string, minVersion = "1.1") => name === "ExcelApi" && supportsExcelApi(options, minVersion),
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

/** A fake Excel with a copy of `model` open (the model itself is never changed). */
export function fakeExcel(model: WorkbookModel, options: FakeOptions = {}): FakeExcel {
  return createFake(newDocument(model), options);
}

/** "Reopen" a workbook saved with `fake.save()`: only what the file keeps comes back. */
export function reopenFakeExcel(saved: string, options: FakeOptions = {}): FakeExcel {
  return createFake(restoreDocument(saved), options);
}
