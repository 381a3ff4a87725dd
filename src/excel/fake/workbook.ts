// The fake Excel object model: the subset of Excel's JavaScript API that src/excel/officeHost.ts uses
// (workbook names, worksheets and their names, ranges, conditional formats, selection), over a
// FakeDocument. Property names, value shapes and null-object behaviour follow Office.js, so the adapter
// cannot tell it from Excel — only the breadth is smaller. Anything not modelled throws, never guesses.
import { cellA1, quoteSheet, rangeA1 } from "../../core/address";
import { parseReference, type ModelCell, type ModelName, type ModelSheet } from "../../core/workbookModel";
import type { CellValue, NameScope } from "../../core/snapshot";
import { area, findSheet, intersects, WHOLE_SHEET, type Area, type FakeConditionalFormat, type FakeDocument } from "./document";
import { FakeCollection, FakeContext, FakeObject, FakeOfficeError } from "./proxy";

const VISIBILITY_TO_EXCEL = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

const doc = (ctx: FakeContext): FakeDocument => ctx.session.doc;

function requireSheet(ctx: FakeContext, name: string): ModelSheet {
  const sheet = findSheet(doc(ctx), name);
  if (!sheet) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (worksheet '${name}').`);
  return sheet;
}

// ---------------------------------------------------------------- names

function sameScope(a: NameScope | undefined, b: NameScope): boolean {
  const x = a ?? { kind: "workbook" };
  if (x.kind !== b.kind) return false;
  return x.kind === "workbook" || (b.kind === "sheet" && x.sheet.toLowerCase() === b.sheet.toLowerCase());
}

/** How Excel classifies a name's formula (NamedItem.type). */
function nameType(d: FakeDocument, refersTo: string): string {
  const ref = parseReference(refersTo);
  if (!("problem" in ref)) return findSheet(d, ref.sheet) ? "Range" : "Error";
  if (ref.problem === "ref-error") return "Error";
  if (ref.problem === "external") return "Range";
  const text = refersTo.replace(/^=/, "").trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return Number.isInteger(Number(text)) ? "Integer" : "Double";
  if (/^(TRUE|FALSE)$/i.test(text)) return "Boolean";
  if (/^".*"$/.test(text)) return "String";
  return "Error";
}

class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  constructor(
    ctx: FakeContext,
    private readonly scope: () => NameScope,
  ) {
    super(ctx);
  }
  protected get typeName() {
    return "NamedItemCollection";
  }
  private inScope(): ModelName[] {
    const scope = this.scope();
    return doc(this.context).model.names.filter((n) => sameScope(n.scope, scope));
  }
  private find(name: string): ModelName | undefined {
    return this.inScope().find((n) => n.name.toLowerCase() === name.toLowerCase());
  }
  protected currentKeys(): string[] {
    return this.inScope().map((n) => n.name);
  }
  protected itemFor(key: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.find(key));
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => {
      const found = this.find(name);
      if (!found) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (name '${name}').`);
      return found;
    }).track();
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.find(name)).track();
  }
  /** Like NamedItemCollection.add: reference is a Range or a formula text. */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    this.context.write(
      "names.add",
      () => name,
      () => {
        if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
          throw new FakeOfficeError("InvalidArgument", `The name '${name}' is not valid.`);
        }
        if (this.find(name)) throw new FakeOfficeError("ItemAlreadyExists", `A name '${name}' already exists in this scope.`);
        const refersTo = typeof reference === "string" ? (reference.startsWith("=") ? reference : `=${reference}`) : reference.absoluteReference();
        const scope = this.scope();
        doc(this.context).model.names.push({ name, refersTo, ...(scope.kind === "sheet" ? { scope } : {}) });
        return { refersTo, ...(comment ? { comment } : {}) };
      },
    );
    return new FakeNamedItem(this.context, () => this.find(name));
  }
}

export class FakeNamedItem extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly lookup: () => ModelName | undefined,
  ) {
    super(ctx, () => lookup() !== undefined);
  }
  protected get typeName() {
    return "NamedItem";
  }
  protected scalarNames() {
    return ["name", "type", "value", "formula", "visible", "scope", "comment"];
  }
  private entry(): ModelName {
    const n = this.lookup();
    if (!n) throw new FakeOfficeError("ItemNotFound", "The named item no longer exists.");
    return n;
  }
  protected readScalar(prop: string): unknown {
    const n = this.entry();
    switch (prop) {
      case "name":
        return n.name;
      case "formula":
        return n.refersTo;
      case "type":
        return nameType(doc(this.context), n.refersTo);
      case "value": {
        const type = nameType(doc(this.context), n.refersTo);
        if (type === "Error") return "#REF!";
        const text = n.refersTo.replace(/^=/, "");
        return type === "String" ? text.slice(1, -1) : text;
      }
      case "visible":
        return true;
      case "scope":
        return n.scope?.kind === "sheet" ? "Worksheet" : "Workbook";
      case "comment":
        return "";
    }
    return this.unknownProperty(prop);
  }
  get name(): string {
    return this.loaded("name");
  }
  get type(): string {
    return this.loaded("type");
  }
  get value(): unknown {
    return this.loaded("value");
  }
  get formula(): string {
    return this.loaded("formula");
  }
  get visible(): boolean {
    return this.loaded("visible");
  }
  get scope(): string {
    return this.loaded("scope");
  }
  /** A null object unless the name refers to a range of an existing sheet of this workbook. */
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, () => {
      const n = this.lookup();
      if (!n) return null;
      const ref = parseReference(n.refersTo);
      if ("problem" in ref) return null;
      const sheet = findSheet(doc(this.context), ref.sheet);
      return sheet ? { sheet, area: area(ref.range) } : null;
    }).track();
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const n = this.entry();
      const ref = parseReference(n.refersTo);
      if ("problem" in ref) throw new FakeOfficeError("InvalidOperation", `The name '${n.name}' does not refer to a range.`);
      return { sheet: requireSheet(this.context, ref.sheet), area: area(ref.range) };
    });
  }
  delete(): void {
    this.context.write(
      "names.delete",
      () => this.entry().name,
      () => {
        const names = doc(this.context).model.names;
        names.splice(names.indexOf(this.entry()), 1);
      },
    );
  }
}

// ---------------------------------------------------------------- worksheets

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
        if (findSheet(doc(this.context), name)) throw new FakeOfficeError("ItemAlreadyExists", `A worksheet '${name}' already exists.`);
        if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeOfficeError("InvalidArgument", `Invalid worksheet name '${name}'.`);
        doc(this.context).model.sheets.push({ name, cells: {} });
      },
    );
    return new FakeWorksheet(this.context, name, false);
  }
}

/** A navigation Excel accepts in a load path but answers with nothing (FakeOptions.nestedNamesLoad "ignored"). */
const IGNORED_LOAD = { applyLoad: () => undefined } as unknown as FakeObject;

export class FakeWorksheet extends FakeObject {
  readonly names: FakeNamedItemCollection;
  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    strict: boolean,
  ) {
    super(ctx, () => (strict ? requireSheet(ctx, sheetName) !== undefined : findSheet(doc(ctx), sheetName) !== undefined));
    this.names = new FakeNamedItemCollection(ctx, () => ({ kind: "sheet", sheet: this.sheet().name }));
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
  get position(): number {
    return this.loaded("position");
  }
  /** The whole sheet without an address, as in Office.js. */
  getRange(address?: string): FakeRange {
    const a1 = (address ?? WHOLE_SHEET).replace(/\$/g, "");
    if (a1.includes("!") || a1.includes(",")) throw new FakeOfficeError("InvalidArgument", `Worksheet.getRange takes a plain address, not '${a1}'.`);
    return new FakeRange(this.context, () => ({ sheet: this.sheet(), area: area(a1) }));
  }
  /** Several areas, "A1, C3:D4" (RangeAreas, ExcelApi 1.9). */
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => this.sheet(), address);
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
        const d = doc(this.context);
        const sheet = this.sheet();
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

// ---------------------------------------------------------------- ranges

interface Located {
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
    private readonly addresses: string,
  ) {
    super(ctx);
  }
  protected get typeName() {
    return "RangeAreas";
  }
  protected scalarNames() {
    return ["address", "areaCount"];
  }
  private parts(): string[] {
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
  select(): void {
    this.context.enqueue(() => {
      // Like an Excel without ExcelApi 1.9: the client library has the method, the sync fails.
      if (this.context.session.options.rangeAreas === false) throw new FakeOfficeError("ApiNotFound", "The requested API (RangeAreas) is not supported.");
      const sheet = this.sheet();
      this.parts().forEach((p) => area(p)); // invalid addresses fail like Excel
      this.context.session.view.activeSheet = sheet.name;
      this.context.session.view.selection = { sheet: sheet.name, address: this.parts().join(",") };
      this.context.session.notify();
    });
  }
}

class FakeRangeFormat extends FakeObject {
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

// ---------------------------------------------------------------- conditional formats

/** A sheet's conditional formats; `forWrite` creates the list, reads never change the document. */
function formatsOf(d: FakeDocument, sheet: ModelSheet, forWrite = false): FakeConditionalFormat[] {
  if (forWrite) return (d.conditionalFormats[sheet.name] ??= []);
  return d.conditionalFormats[sheet.name] ?? [];
}

class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat_> {
  constructor(
    ctx: FakeContext,
    private readonly at: () => Located,
  ) {
    super(ctx);
  }
  protected get typeName() {
    return "ConditionalFormatCollection";
  }
  protected currentKeys(): string[] {
    const { sheet, area: a } = this.at();
    return formatsOf(doc(this.context), sheet)
      .filter((cf) => intersects(area(cf.range), a))
      .map((cf) => cf.id);
  }
  protected itemFor(id: string): FakeConditionalFormat_ {
    return new FakeConditionalFormat_(this.context, () => this.at().sheet, id);
  }
  getItemOrNullObject(id: string): FakeConditionalFormat_ {
    return new FakeConditionalFormat_(this.context, () => this.at().sheet, id).track();
  }
  /** Adds at the top priority, like Excel. */
  add(type: string): FakeConditionalFormat_ {
    const d = doc(this.context);
    const id = `{CF-${d.nextId++}}`;
    this.context.write(
      "conditionalFormats.add",
      () => `${this.at().sheet.name}!${rangeA1(this.at().area.start, this.at().area.end)}`,
      () => {
        const { sheet, area: a } = this.at();
        formatsOf(d, sheet, true).unshift({ id, range: rangeA1(a.start, a.end), type });
        return { id, type };
      },
    );
    return new FakeConditionalFormat_(this.context, () => this.at().sheet, id);
  }
}

/** Excel.ConditionalFormat (underscore: the interface name is taken by the stored form). */
class FakeConditionalFormat_ extends FakeObject {
  readonly custom: FakeCustomConditionalFormat;
  readonly customOrNullObject: FakeCustomConditionalFormat;
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => ModelSheet,
    readonly cfId: string,
  ) {
    super(ctx, () => this.find() !== undefined);
    this.custom = new FakeCustomConditionalFormat(ctx, () => this.stored(), true);
    this.customOrNullObject = new FakeCustomConditionalFormat(ctx, () => this.stored(), false);
  }
  protected get typeName() {
    return "ConditionalFormat";
  }
  protected scalarNames() {
    return ["id", "type", "priority", "stopIfTrue"];
  }
  private find(): FakeConditionalFormat | undefined {
    return formatsOf(doc(this.context), this.sheet()).find((cf) => cf.id === this.cfId);
  }
  stored(): FakeConditionalFormat {
    const cf = this.find();
    if (!cf) throw new FakeOfficeError("ItemNotFound", `Conditional format ${this.cfId} does not exist.`);
    return cf;
  }
  protected readScalar(prop: string): unknown {
    const cf = this.stored();
    switch (prop) {
      case "id":
        return cf.id;
      case "type":
        return cf.type;
      case "priority":
        return formatsOf(doc(this.context), this.sheet()).indexOf(cf);
      case "stopIfTrue":
        return false;
    }
    return this.unknownProperty(prop);
  }
  protected override navigation(prop: string): FakeObject | undefined {
    if (prop === "custom") return this.custom;
    if (prop === "customOrNullObject") return this.customOrNullObject;
    return undefined;
  }
  get id(): string {
    return this.loaded("id");
  }
  get type(): string {
    return this.loaded("type");
  }
  get priority(): number {
    return this.loaded("priority");
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.sheet(), area: area(this.stored().range) }));
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, () => {
      const cf = this.find();
      return cf ? { sheet: this.sheet(), area: area(cf.range) } : null;
    }).track();
  }
  delete(): void {
    this.context.write(
      "conditionalFormat.delete",
      () => `${this.sheet().name}!${this.stored().range}`,
      () => {
        const d = doc(this.context);
        const list = formatsOf(d, this.sheet());
        list.splice(list.indexOf(this.stored()), 1);
        if (!list.length) delete d.conditionalFormats[this.sheet().name]; // a file keeps no empty list
        return { id: this.cfId };
      },
    );
  }
}

/** CustomConditionalFormat with its rule and format; `strict` is `.custom`, otherwise `.customOrNullObject`. */
class FakeCustomConditionalFormat extends FakeObject {
  readonly rule: FakeConditionalFormatRule;
  readonly format: FakeConditionalRangeFormat;
  constructor(
    ctx: FakeContext,
    stored: () => FakeConditionalFormat,
    strict: boolean,
  ) {
    super(ctx, () => {
      const isCustom = stored().type === "Custom";
      if (strict && !isCustom) throw new FakeOfficeError("InvalidOperation", "The conditional format is not of type Custom.");
      return isCustom;
    });
    this.rule = new FakeConditionalFormatRule(ctx, stored);
    this.format = new FakeConditionalRangeFormat(ctx, stored);
  }
  protected get typeName() {
    return "CustomConditionalFormat";
  }
  protected scalarNames() {
    return [];
  }
  protected readScalar(prop: string): unknown {
    return this.unknownProperty(prop);
  }
  protected override navigation(prop: string): FakeObject | undefined {
    if (prop === "rule") return this.rule;
    if (prop === "format") return this.format;
    return undefined;
  }
}

class FakeConditionalFormatRule extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly stored: () => FakeConditionalFormat,
  ) {
    super(ctx);
  }
  protected get typeName() {
    return "ConditionalFormatRule";
  }
  protected scalarNames() {
    return ["formula"];
  }
  protected readScalar(prop: string): unknown {
    if (prop === "formula") return this.stored().formula ?? "";
    return this.unknownProperty(prop);
  }
  get formula(): string {
    return this.loaded("formula");
  }
  set formula(f: string) {
    this.context.write("conditionalFormat.rule.formula", () => this.stored().id, () => {
      if (!f.startsWith("=")) throw new FakeOfficeError("InvalidArgument", "A conditional format formula must start with '='.");
      this.stored().formula = f;
      return f;
    });
  }
}

class FakeConditionalRangeFormat extends FakeObject {
  readonly fill: FakeColorPart;
  readonly font: FakeColorPart;
  constructor(ctx: FakeContext, stored: () => FakeConditionalFormat) {
    super(ctx);
    this.fill = new FakeColorPart(ctx, stored, "fillColor", "conditionalFormat.fill.color");
    this.font = new FakeColorPart(ctx, stored, "fontColor", "conditionalFormat.font.color");
  }
  protected get typeName() {
    return "ConditionalRangeFormat";
  }
  protected scalarNames() {
    return [];
  }
  protected readScalar(prop: string): unknown {
    return this.unknownProperty(prop);
  }
  protected override navigation(prop: string): FakeObject | undefined {
    if (prop === "fill") return this.fill;
    if (prop === "font") return this.font;
    return undefined;
  }
}

/** ConditionalRangeFill / ConditionalRangeFont: only `color` is modelled. */
class FakeColorPart extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly stored: () => FakeConditionalFormat,
    private readonly key: "fillColor" | "fontColor",
    private readonly kind: string,
  ) {
    super(ctx);
  }
  protected get typeName() {
    return this.key === "fillColor" ? "ConditionalRangeFill" : "ConditionalRangeFont";
  }
  protected scalarNames() {
    return ["color"];
  }
  protected readScalar(prop: string): unknown {
    if (prop === "color") return this.stored()[this.key] ?? null;
    return this.unknownProperty(prop);
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(c: string) {
    this.context.write(this.kind, () => this.stored().id, () => {
      this.stored()[this.key] = c;
      return c;
    });
  }
}

// ---------------------------------------------------------------- workbook

export class FakeWorkbook extends FakeObject {
  readonly names: FakeNamedItemCollection;
  readonly worksheets: FakeWorksheetCollection;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.names = new FakeNamedItemCollection(ctx, () => ({ kind: "workbook" }));
    this.worksheets = new FakeWorksheetCollection(ctx);
  }
  protected get typeName() {
    return "Workbook";
  }
  protected scalarNames() {
    return [];
  }
  protected readScalar(prop: string): unknown {
    return this.unknownProperty(prop);
  }
  protected override navigation(prop: string): FakeObject | undefined {
    if (prop === "names") return this.names;
    if (prop === "worksheets") return this.worksheets;
    return undefined;
  }
}
