// The fake Excel's Workbook: the root the adapter reaches through context.workbook. The object model is
// split by what it fakes (names.ts, worksheets.ts, ranges.ts, conditionalFormats.ts); the behaviours and
// the documentation or issue each follows are listed in index.ts.
import { FakeNamedItemCollection } from "./names";
import { FakeContext, FakeObject, FakeOfficeError, supportsExcelApi } from "./proxy";
import { findSheet, area } from "./document";
import { FakeRange } from "./ranges";
import { FakeWorksheetCollection } from "./worksheets";


export class FakeWorkbook extends FakeObject {
  readonly names: FakeNamedItemCollection;
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeWorkbookProtection;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.names = new FakeNamedItemCollection(ctx, () => ({ kind: "workbook" }));
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
  }
  protected get typeName() {
    return "Workbook";
  }
  protected scalarNames() {
    return ["readOnly"];
  }
  protected readScalar(prop: string): unknown {
    // Workbook.readOnly is ExcelApi 1.8 (docs): an older Excel cannot answer it.
    if (prop === "readOnly") {
      if (!supportsExcelApi(this.context.session.options, "1.8")) throw new FakeOfficeError("ApiNotFound", "The requested API (Workbook.readOnly) is not supported.");
      return this.context.session.options.readOnly === true;
    }
    return this.unknownProperty(prop);
  }
  protected override navigation(prop: string): FakeObject | undefined {
    if (prop === "names") return this.names;
    if (prop === "worksheets") return this.worksheets;
    if (prop === "protection") return this.protection;
    return undefined;
  }
  get readOnly(): boolean {
    return this.loaded("readOnly");
  }
  /** The selection's one area (docs: Workbook.getSelectedRange, ExcelApi 1.1; several areas fail, as in Excel). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const view = this.context.session.view;
      const sheet = findSheet(this.context.session.doc, view.selection?.sheet ?? view.activeSheet);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", "No active worksheet.");
      const address = view.selection && view.selection.sheet === sheet.name ? view.selection.address : "A1";
      if (address.includes(",")) throw new FakeOfficeError("InvalidOperation", "The selection has several areas (use getSelectedRanges).");
      return { sheet, area: area(address) };
    });
  }
}

/** Workbook.protection (ExcelApi 1.7): only `protected` is read. */
class FakeWorkbookProtection extends FakeObject {
  protected get typeName() {
    return "WorkbookProtection";
  }
  protected scalarNames() {
    return ["protected"];
  }
  protected readScalar(prop: string): unknown {
    if (prop === "protected") return this.context.session.options.structureProtected === true;
    return this.unknownProperty(prop);
  }
  get protected(): boolean {
    return this.loaded("protected");
  }
}
