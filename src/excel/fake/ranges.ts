// Excel.Range, Excel.RangeAreas and the range format (bold, autofit) the adapter writes.
import { cellA1, quoteSheet, rangeA1 } from "../../core/address";
import type { ModelCell, ModelSheet } from "../../core/workbookModel";
import type { CellValue } from "../../core/snapshot";
import { area, intersects, type Area } from "./document";
import { FakeConditionalFormatCollection } from "./conditionalFormats";
import { FakeCollection, FakeContext, FakeObject, FakeOfficeError, supportsExcelApi } from "./proxy";


export interface Located {
  sheet: ModelSheet;
  area: Area;
}

const MAX_CELLS_IN_ONE_READ = 2_000_000; // far above the payload limit: refuse before building huge arrays

function cellValueOut(v: CellValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return v.error;
  return v;
}

function valueType(v: CellValue | undefined): string {
  if (v === null || v === undefined || v === "") return "Empty";
  if (typeof v === "object") return "Error";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

const ERROR_TEXTS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"];

/** What Excel stores when a value is entered through Range.values (as if typed). */
function enterValue(existing: ModelCell | undefined, input: unknown): ModelCell | undefined {
  if (input === null || input === undefined) return existing; // Office.js: null leaves the cell unchanged
  const keep = { ...(existing?.numberFormat ? { numberFormat: existing.numberFormat } : {}), ...(existing?.bold ? { bold: true } : {}) };
  if (typeof input === "number" || typeof input === "boolean") return { ...keep, value: input };
  if (typeof input !== "string") throw new FakeOfficeError("InvalidArgument", `Unsupported cell value ${JSON.stringify(input)}.`);
  if (input === "") return { ...keep, value: null };
  if (existing?.numberFormat === "@") return { ...keep, value: input }; // a Text cell keeps what is typed
  if (input.startsWith("'")) return { ...keep, value: input.slice(1) }; // the apostrophe is Excel's text prefix, not content
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(input.trim())) return { ...keep, value: Number(input) };
  if (/^(TRUE|FALSE)$/i.test(input)) return { ...keep, value: input.toUpperCase() === "TRUE" };
  if (ERROR_TEXTS.includes(input.toUpperCase())) return { ...keep, value: { error: input.toUpperCase() } };
  // Like typing: "=…" is a formula, and so are "+…", "-…", "@…" (Excel prepends "="). The fake does not calculate.
  if (input.length > 1 && /^[=+\-@]/.test(input)) {
    return { ...keep, value: null, formula: input.startsWith("=") ? input : `=${input}` };
  }
  return { ...keep, value: input };
}

function enterFormula(existing: ModelCell | undefined, input: unknown): ModelCell | undefined {
  if (typeof input === "string" && input.startsWith("=") && input.length > 1) {
    return { ...(existing?.numberFormat ? { numberFormat: existing.numberFormat } : {}), ...(existing?.bold ? { bold: true } : {}), value: null, formula: input };
  }
  return enterValue(existing, input);
}

export class FakeRange extends FakeObject {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(
    ctx: FakeContext,
    private readonly locateNow: () => Located | null,
  ) {
    super(ctx, () => locateNow() !== null);
    this.format = new FakeRangeFormat(ctx, this);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, () => this.located());
  }
  protected get typeName() {
    return "Range";
  }
  protected scalarNames() {
    return ["address", "values", "formulas", "numberFormat", "valueTypes", "rowCount", "columnCount", "cellCount"];
  }
  located(): Located {
    const at = this.locateNow();
    if (!at) throw new FakeOfficeError("ItemNotFound", "The range does not exist.");
    return at;
  }
  describe(): string {
    const { sheet, area: a } = this.located();
    return `${quoteSheet(sheet.name)}!${rangeA1(a.start, a.end)}`;
  }
  /** "=Sheet!$A$1:$B$2", as a name created from this range refers to it. */
  absoluteReference(): string {
    const { sheet, area: a } = this.located();
    const abs = rangeA1(a.start, a.end).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    return `=${quoteSheet(sheet.name)}!${abs}`;
  }
  private matrix<T>(cell: (c: ModelCell | undefined) => T): T[][] {
    const { sheet, area: a } = this.located();
    const cells = (a.end.row - a.start.row + 1) * (a.end.col - a.start.col + 1);
    if (cells > MAX_CELLS_IN_ONE_READ) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    const rows: T[][] = [];
    for (let r = a.start.row; r <= a.end.row; r++) {
      const row: T[] = [];
      for (let c = a.start.col; c <= a.end.col; c++) row.push(cell(sheet.cells[cellA1({ row: r, col: c })]));
      rows.push(row);
    }
    this.context.addResponse(rows);
    return rows;
  }
  protected readScalar(prop: string): unknown {
    const { area: a } = this.located();
    const rows = a.end.row - a.start.row + 1;
    const cols = a.end.col - a.start.col + 1;
    switch (prop) {
      case "address":
        return this.describe();
      case "rowCount":
        return rows;
      case "columnCount":
        return cols;
      case "cellCount":
        return rows * cols;
      case "values":
        return this.matrix((c) => cellValueOut(c?.value));
      case "formulas":
        return this.matrix((c) => c?.formula ?? cellValueOut(c?.value));
      case "numberFormat":
        return this.matrix((c) => c?.numberFormat ?? "General");
      case "valueTypes":
        return this.matrix((c) => valueType(c?.value));
    }
    return this.unknownProperty(prop);
  }
  protected override navigation(prop: string): FakeObject | undefined {
    if (prop === "format") return this.format;
    if (prop === "conditionalFormats") return this.conditionalFormats;
    return undefined;
  }
  get address(): string {
    return this.loaded("address");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get cellCount(): number {
    return this.loaded("cellCount");
  }
  get values(): unknown[][] {
    return this.loaded("values");
  }
  set values(v: unknown) {
    this.writeCells("range.values", v, enterValue);
  }
  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }
  set formulas(v: unknown) {
    this.writeCells("range.formulas", v, enterFormula);
  }
  get numberFormat(): unknown[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(v: unknown) {
    this.writeCells("range.numberFormat", v, (c, f) => {
      if (f === null || f === undefined) return c;
      const { numberFormat: _old, ...rest } = c ?? { value: null };
      return String(f) === "General" ? rest : { ...rest, numberFormat: String(f) };
    });
  }
  get valueTypes(): string[][] {
    return this.loaded("valueTypes");
  }

  /** Every cell write goes through here: shape check as Excel does it, then one log entry. */
  private writeCells(kind: string, input: unknown, enter: (c: ModelCell | undefined, v: unknown) => ModelCell | undefined) {
    const snapshot = structuredClone(input);
    this.context.write(kind, () => this.describe(), () => {
      const { sheet, area: a } = this.located();
      const rows = a.end.row - a.start.row + 1;
      const cols = a.end.col - a.start.col + 1;
      const scalar = !Array.isArray(snapshot);
      if (!scalar) {
        const m = snapshot as unknown[][];
        if (m.length !== rows || m.some((row) => !Array.isArray(row) || row.length !== cols)) {
          throw new FakeOfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`);
        }
      }
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const a1 = cellA1({ row: a.start.row + r, col: a.start.col + c });
          const v = scalar ? snapshot : (snapshot as unknown[][])[r][c];
          const next = enter(sheet.cells[a1], v);
          if (next) sheet.cells[a1] = next;
        }
      }
      return snapshot;
    });
  }

  /**
   * The merged areas whose top-left cell lies in this range (office-js#3611: by design), a null object when
   * there are none; ExcelApi 1.13 (docs: Range.getMergedAreasOrNullObject): an older Excel fails the sync.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const found = () => {
      if (!supportsExcelApi(this.context.session.options, "1.13")) {
        throw new FakeOfficeError("ApiNotFound", "The requested API (Range.getMergedAreasOrNullObject) is not supported.");
      }
      const { sheet, area: a } = this.located();
      const all = this.context.session.doc.merged[sheet.name] ?? [];
      // Range.getMergedAreasOrNullObject (docs): "If the count of merged areas exceeds 512, the API will fail".
      if (all.length > 512) throw new FakeOfficeError("GeneralException", "There were too many merged areas to return.");
      const inside = all.filter((m) => {
        const s = area(m).start;
        return intersects({ start: s, end: s }, a);
      });
      // Option mergedAreasAnchorsOnly: each merged area reported as its top-left cell only (office-js #1590).
      return this.context.session.options.mergedAreasAnchorsOnly ? inside.map((m) => m.replace(/\$/g, "").split(":")[0]) : inside;
    };
    return new FakeRangeAreas(this.context, () => this.located().sheet, () => found().join(","), () => found().length > 0).track();
  }

  select(): void {
    this.context.enqueue(() => {
      const { sheet, area: a } = this.located();
      this.context.session.view.activeSheet = sheet.name;
      this.context.session.view.selection = { sheet: sheet.name, address: rangeA1(a.start, a.end) };
      this.context.session.notify();
    });
  }
}

export class FakeRangeAreas extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => ModelSheet,
    private readonly addressText: string | (() => string),
    exists: () => boolean = () => true,
  ) {
    super(ctx, exists);
  }
  private get addresses(): string {
    return typeof this.addressText === "string" ? this.addressText : this.addressText();
  }
  protected get typeName() {
    return "RangeAreas";
  }
  protected scalarNames() {
    return ["address", "areaCount"];
  }
  private parts(): string[] {
    // Areas are separated by "," — or, option `listSeparatorSemicolon`, by the locale's ";" as German desktop
    // Excel wants it (office-js #1167, #1985): the other separator is refused with InvalidArgument.
    const wrong = this.context.session.options.listSeparatorSemicolon ? "," : ";";
    if (this.addresses.includes(wrong)) throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    return this.addresses.split(/[,;]/).map((p) => p.trim().replace(/\$/g, "")).filter(Boolean);
  }
  protected readScalar(prop: string): unknown {
    const name = quoteSheet(this.sheet().name);
    if (prop === "address") return this.parts().map((p) => `${name}!${p}`).join(",");
    if (prop === "areaCount") return this.parts().length;
    return this.unknownProperty(prop);
  }
  get address(): string {
    return this.loaded("address");
  }
  /** RangeAreas.areas (docs: RangeCollection of the areas), each with its address. */
  readonly areas: FakeAreaCollection = new FakeAreaCollection(this.context, () => this.parts().map((p) => `${quoteSheet(this.sheet().name)}!${p}`));
  protected override navigation(prop: string): FakeObject | undefined {
    return prop === "areas" ? this.areas : undefined;
  }
  select(): void {
    this.context.enqueue(() => {
      // RangeAreas.select is ExcelApi 1.18 (@types/office-js, Microsoft's reference): the client library has
      // the method everywhere, an older Excel fails the sync.
      if (!supportsExcelApi(this.context.session.options, "1.18")) throw new FakeOfficeError("ApiNotFound", "The requested API (RangeAreas.select) is not supported.");
      const sheet = this.sheet();
      this.parts().forEach((p) => area(p)); // invalid addresses fail like Excel
      this.context.session.view.activeSheet = sheet.name;
      this.context.session.view.selection = { sheet: sheet.name, address: this.parts().join(",") };
      this.context.session.notify();
    });
  }
}

export class FakeRangeFormat extends FakeObject {
  readonly font: FakeRangeFont;
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
    this.font = new FakeRangeFont(ctx, range);
  }
  protected get typeName() {
    return "RangeFormat";
  }
  protected scalarNames() {
    return [];
  }
  protected readScalar(prop: string): unknown {
    return this.unknownProperty(prop);
  }
  protected override navigation(prop: string): FakeObject | undefined {
    return prop === "font" ? this.font : undefined;
  }
  autofitColumns(): void {
    this.context.write("range.autofitColumns", () => this.range.describe(), () => undefined);
  }
}

class FakeRangeFont extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  protected get typeName() {
    return "RangeFont";
  }
  protected scalarNames() {
    return ["bold"];
  }
  protected readScalar(prop: string): unknown {
    if (prop !== "bold") return this.unknownProperty(prop);
    const { sheet, area: a } = this.range.located();
    return sheet.cells[cellA1(a.start)]?.bold === true;
  }
  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(on: boolean) {
    this.context.write("range.font.bold", () => this.range.describe(), () => {
      const { sheet, area: a } = this.range.located();
      for (let r = a.start.row; r <= a.end.row; r++) {
        for (let c = a.start.col; c <= a.end.col; c++) {
          const a1 = cellA1({ row: r, col: c });
          const { bold: _b, ...rest } = sheet.cells[a1] ?? { value: null };
          sheet.cells[a1] = on ? { ...rest, bold: true } : rest;
        }
      }
      return on;
    });
  }
}


/** RangeAreas.areas: one item per area, each loading `address` ("Sheet!A1:B2"). */
export class FakeAreaCollection extends FakeCollection<FakeAreaItem> {
  constructor(
    ctx: FakeContext,
    private readonly addresses: () => string[],
  ) {
    super(ctx);
  }
  protected get typeName() {
    return "RangeCollection";
  }
  protected currentKeys(): string[] {
    return this.addresses();
  }
  protected itemFor(key: string): FakeAreaItem {
    return new FakeAreaItem(this.context, key);
  }
}

export class FakeAreaItem extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly addressText: string,
  ) {
    super(ctx);
  }
  protected get typeName() {
    return "Range";
  }
  protected scalarNames() {
    return ["address"];
  }
  protected readScalar(prop: string): unknown {
    return prop === "address" ? this.addressText : this.unknownProperty(prop);
  }
  get address(): string {
    return this.loaded("address");
  }
}
