// Excel.WorksheetCollection and Excel.Worksheet.
import { parseReference, type ModelSheet } from "../../core/workbookModel";
import { doc, requireSheet } from "./access";
import { area, findSheet, isSheetProtected, WHOLE_SHEET } from "./document";
import { FakeNamedItemCollection } from "./names";
import { FakeCollection, FakeContext, FakeObject, FakeOfficeError, supportsExcelApi } from "./proxy";
import { FakeRange, FakeRangeAreas } from "./ranges";
import { FakeTableCollection } from "./tables";
import { cellA1, parseCell } from "../../core/address";

const VISIBILITY_TO_EXCEL = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;


export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected get typeName() {
    return "WorksheetCollection";
  }
  protected currentKeys(): string[] {
    return doc(this.context).model.sheets.map((s) => s.name);
  }
  protected itemFor(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, key, false);
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, name, true).track();
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, name, false).track();
  }
  add(name: string): FakeWorksheet {
    this.context.write(
      "worksheets.add",
      () => name,
      () => {
        refuseIfStructureProtected(this.context);
        if (findSheet(doc(this.context), name)) throw new FakeOfficeError("ItemAlreadyExists", `A worksheet '${name}' already exists.`);
        if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeOfficeError("InvalidArgument", `Invalid worksheet name '${name}'.`);
        doc(this.context).model.sheets.push({ name, cells: {} });
      },
    );
    return new FakeWorksheet(this.context, name, false);
  }
}

/**
 * Structure protection (Überprüfen → Arbeitsmappe schützen) forbids inserting, deleting, hiding and renaming
 * sheets (Excel help, "Protect a workbook"); option `structureProtected`. The error code for the API is not
 * documented: AccessDenied, as for a protected sheet. Defined names are not refused: whether Excel refuses
 * them under structure protection is documented neither way (assumption of this fake).
 */
function refuseIfStructureProtected(context: FakeContext): void {
  if (context.session.options.structureProtected) throw new FakeOfficeError("AccessDenied", "The workbook structure is protected.");
}

/** A navigation Excel accepts in a load path but answers with nothing (FakeOptions.nestedNamesLoad "ignored"). */
const IGNORED_LOAD = { applyLoad: () => undefined } as unknown as FakeObject;

export class FakeWorksheet extends FakeObject {
  readonly names: FakeNamedItemCollection;
  readonly tables: FakeTableCollection;
  readonly protection: FakeWorksheetProtection;
  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    strict: boolean,
  ) {
    super(ctx, () => (strict ? requireSheet(ctx, sheetName) !== undefined : findSheet(doc(ctx), sheetName) !== undefined));
    this.names = new FakeNamedItemCollection(ctx, () => ({ kind: "sheet", sheet: this.sheet().name }));
    this.tables = new FakeTableCollection(ctx, () => this.sheet().name);
    this.protection = new FakeWorksheetProtection(ctx, () => this.sheet().name);
  }
  protected get typeName() {
    return "Worksheet";
  }
  protected scalarNames() {
    return ["name", "visibility", "position", "id"];
  }
  private sheet(): ModelSheet {
    return requireSheet(this.context, this.sheetName);
  }
  protected readScalar(prop: string): unknown {
    const sheet = this.sheet();
    switch (prop) {
      case "name":
      case "id":
        return sheet.name;
      case "visibility":
        return VISIBILITY_TO_EXCEL[sheet.visibility ?? "visible"];
      case "position":
        return doc(this.context).model.sheets.indexOf(sheet);
    }
    return this.unknownProperty(prop);
  }
  protected override navigation(prop: string): FakeObject | undefined {
    if (prop === "tables") return this.tables; // "items/tables/items/name" is the documented nested load
    if (prop === "protection") return this.protection;
    if (prop !== "names") return undefined;
    const nested = this.context.session.options.nestedNamesLoad;
    if (nested === false) {
      throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format (names in a load path).");
    }
    if (nested === "ignored") return IGNORED_LOAD;
    return this.names;
  }
  get name(): string {
    return this.loaded("name");
  }
  get visibility(): string {
    return this.loaded("visibility");
  }
  /** Hiding and showing a sheet: refused under structure protection like adding and deleting (Excel help). */
  set visibility(value: string) {
    this.context.write(
      "worksheet.visibility",
      () => `${this.sheetName}=${value}`,
      () => {
        refuseIfStructureProtected(this.context);
        const to = Object.entries(VISIBILITY_TO_EXCEL).find(([, v]) => v === value)?.[0] as ModelSheet["visibility"] | undefined;
        if (!to) throw new FakeOfficeError("InvalidArgument", `Invalid visibility '${value}'.`);
        this.sheet().visibility = to;
      },
    );
  }
  get position(): number {
    return this.loaded("position");
  }
  /** The whole sheet without an address, as in Office.js. */
  getRange(address?: string): FakeRange {
    const a1 = (address ?? WHOLE_SHEET).replace(/\$/g, "");
    if (a1.includes("!") || a1.includes(",")) throw new FakeOfficeError("InvalidArgument", `Worksheet.getRange takes a plain address, not '${a1}'.`);
    return new FakeRange(this.context, () => ({ sheet: this.sheet(), area: area(a1) }));
  }
  /**
   * The bounding box of the cells holding a value or formula (valuesOnly) or also a number format; a null
   * object on an empty sheet (docs: Worksheet.getUsedRangeOrNullObject, ExcelApi 1.4).
   */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.sheet();
      let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
      for (const [a1, cell] of Object.entries(sheet.cells)) {
        const used = cell.formula !== undefined || (cell.value !== null && cell.value !== "") || (!valuesOnly && (cell.numberFormat !== undefined || cell.bold));
        if (!used) continue;
        const { row, col } = parseCell(a1);
        r0 = Math.min(r0, row); c0 = Math.min(c0, col); r1 = Math.max(r1, row); c1 = Math.max(c1, col);
      }
      if (r1 < 0) return null;
      return { sheet, area: area(`${cellA1({ row: r0, col: c0 })}:${cellA1({ row: r1, col: c1 })}`) };
    }).track();
  }
  /** Several areas, "A1, C3:D4" (RangeAreas, ExcelApi 1.9). */
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      if (!supportsExcelApi(this.context.session.options, "1.9")) throw new FakeOfficeError("ApiNotFound", "The requested API (Worksheet.getRanges) is not supported.");
      return this.sheet();
    }, address);
  }
  activate(): void {
    this.context.enqueue(() => {
      this.context.session.view.activeSheet = this.sheet().name;
      this.context.session.notify();
    });
  }
  delete(): void {
    this.context.write(
      "worksheet.delete",
      () => this.sheetName,
      () => {
        refuseIfStructureProtected(this.context);
        const d = doc(this.context);
        const sheet = this.sheet();
        // Excel refuses to delete a very hidden sheet, by design (office-js #365: GeneralException); it has to be made visible or hidden first.
        if (sheet.visibility === "veryHidden") throw new FakeOfficeError("GeneralException", "There was an internal error while processing the request (very hidden worksheet).");
        if (d.model.sheets.filter((s) => s !== sheet && (s.visibility ?? "visible") === "visible").length === 0) {
          throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
        }
        d.model.sheets.splice(d.model.sheets.indexOf(sheet), 1);
        delete d.conditionalFormats[sheet.name];
        // Like Excel: names into the deleted sheet turn into #REF!, names scoped to it disappear.
        d.model.names = d.model.names.filter((n) => !(n.scope?.kind === "sheet" && n.scope.sheet.toLowerCase() === sheet.name.toLowerCase()));
        for (const n of d.model.names) {
          const ref = parseReference(n.refersTo);
          if (!("problem" in ref) && ref.sheet.toLowerCase() === sheet.name.toLowerCase()) n.refersTo = "=#REF!";
        }
        if (this.context.session.view.activeSheet === sheet.name) this.context.session.view.activeSheet = d.model.sheets[0].name;
      },
    );
  }
}


/** Worksheet.protection (ExcelApi 1.2): only `protected` is read; set in the file (FakeExtras.protectedSheets). */
class FakeWorksheetProtection extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheetName: () => string,
  ) {
    super(ctx);
  }
  protected get typeName() {
    return "WorksheetProtection";
  }
  protected scalarNames() {
    return ["protected"];
  }
  protected readScalar(prop: string): unknown {
    if (prop === "protected") return isSheetProtected(doc(this.context), this.sheetName());
    return this.unknownProperty(prop);
  }
  get protected(): boolean {
    return this.loaded("protected");
  }
}
