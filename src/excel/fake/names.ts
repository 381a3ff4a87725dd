// Excel.NamedItemCollection and Excel.NamedItem (workbook.names and worksheet.names).
import { columnIndex } from "../../core/address";
import { parseReference, type ModelName } from "../../core/workbookModel";
import type { NameScope } from "../../core/snapshot";
import { doc, requireSheet } from "./access";
import { area, findSheet, type FakeDocument, type FakeName } from "./document";
import { FakeCollection, FakeContext, FakeObject, FakeOfficeError, type FakeOptions } from "./proxy";
import { FakeRange } from "./ranges";


function sameScope(a: NameScope | undefined, b: NameScope): boolean {
  const x = a ?? { kind: "workbook" };
  if (x.kind !== b.kind) return false;
  return x.kind === "workbook" || (b.kind === "sheet" && x.sheet.toLowerCase() === b.sheet.toLowerCase());
}

/**
 * A name's formula as this Excel shows it: option `namesFormulaR1C1` — with the R1C1 reference style on,
 * NamedItem.value/formula have been reported in R1C1 form on Windows (office-js #1831), "=Sheet1!R1C1:R5C3";
 * option `germanErrorTexts` — German Excel writes #BEZUG! where English Excel writes #REF! (Excel help, error
 * values by language).
 */
function localised(options: FakeOptions, refersTo: string): string {
  let text = refersTo;
  if (options.namesFormulaR1C1) {
    const bang = text.lastIndexOf("!");
    // Absolute references as R7C2; relative ones relative to A1 as R[6]C[1] (Excel uses the active cell).
    text =
      text.slice(0, bang + 1) +
      text
        .slice(bang + 1)
        .replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)/g, (_, c$: string, col: string, r$: string, row: string) =>
          `R${r$ ? row : `[${Number(row) - 1}]`}C${c$ ? columnIndex(col) + 1 : `[${columnIndex(col)}]`}`,
        );
  }
  if (options.germanErrorTexts) text = text.replace(/#REF!/g, "#BEZUG!");
  return text;
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

export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
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
    const names = doc(this.context).model.names;
    const own = names.filter((n) => sameScope(n.scope, scope));
    // office-js#1011 (Excel on the web): a worksheet's names collection lists the workbook's names too.
    if (scope.kind === "sheet" && this.context.session.options.sheetNamesIncludeWorkbook) {
      return [...own, ...names.filter((n) => sameScope(n.scope, { kind: "workbook" }))];
    }
    return own;
  }
  private find(name: string): ModelName | undefined {
    return this.inScope().find((n) => n.name.toLowerCase() === name.toLowerCase());
  }
  // Keyed by position, not by name: with sheetNamesIncludeWorkbook a sheet's collection can hold a
  // sheet-scoped name and its workbook-scoped twin, which are two items.
  protected currentKeys(): string[] {
    return this.inScope().map((_, i) => String(i));
  }
  protected itemFor(key: string): FakeNamedItem {
    const entry = this.inScope()[Number(key)];
    return new FakeNamedItem(this.context, () => (doc(this.context).model.names.includes(entry) ? entry : undefined));
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
        // A name's comment is at most 255 characters (Excel VBA reference, Name.Comment); Excel refuses longer ones.
        if (comment !== undefined && comment.length > 255) throw new FakeOfficeError("InvalidArgument", "The comment of a name cannot exceed 255 characters.");
        const refersTo = typeof reference === "string" ? (reference.startsWith("=") ? reference : `=${reference}`) : reference.absoluteReference();
        const scope = this.scope();
        const entry: FakeName = { name, refersTo, ...(scope.kind === "sheet" ? { scope } : {}), ...(comment ? { comment } : {}) };
        doc(this.context).model.names.push(entry);
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
        return localised(this.context.session.options, n.refersTo);
      case "type":
        return nameType(doc(this.context), n.refersTo);
      case "value": {
        const type = nameType(doc(this.context), n.refersTo);
        if (type === "Error") return this.context.session.options.germanErrorTexts ? "#BEZUG!" : "#REF!";
        const text = localised(this.context.session.options, n.refersTo).replace(/^=/, "");
        return type === "String" ? text.slice(1, -1) : text;
      }
      case "visible":
        return true;
      case "scope":
        return n.scope?.kind === "sheet" ? "Worksheet" : "Workbook";
      case "comment":
        return (n as FakeName).comment ?? "";
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
  get comment(): string {
    return this.loaded("comment");
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

