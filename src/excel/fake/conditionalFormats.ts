// Excel.ConditionalFormatCollection, Excel.ConditionalFormat and its custom rule and format.
import { rangeA1 } from "../../core/address";
import type { ModelSheet } from "../../core/workbookModel";
import { doc } from "./access";
import { area, intersects, isSheetProtected, newConditionalFormatId, type FakeConditionalFormat, type FakeDocument } from "./document";
import { FakeCollection, FakeContext, FakeObject, FakeOfficeError, supportsExcelApi } from "./proxy";
import { FakeRange, type Located } from "./ranges";

/**
 * A protected sheet refuses adding and deleting conditional formats. Which code Excel gives is not
 * documented for this case; AccessDenied is the Excel.ErrorCodes member for a refused change (Excel.ErrorCodes,
 * and office-js#6784 shows it for protection operations). The adapter does not branch on the code.
 */
function refuseIfProtected(d: FakeDocument, sheet: ModelSheet): void {
  if (isSheetProtected(d, sheet.name)) {
    throw new FakeOfficeError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet ('${sheet.name}').`);
  }
}

/** A sheet's conditional formats; `forWrite` creates the list, reads never change the document. */
function formatsOf(d: FakeDocument, sheet: ModelSheet, forWrite = false): FakeConditionalFormat[] {
  if (forWrite) return (d.conditionalFormats[sheet.name] ??= []);
  return d.conditionalFormats[sheet.name] ?? [];
}

export class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat_> {
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
  /** ExcelApi 1.14 (@types/office-js "[Api set: ExcelApi 1.14]"): an older Excel fails the sync. */
  getItemOrNullObject(id: string): FakeConditionalFormat_ {
    this.context.enqueue(() => {
      if (!supportsExcelApi(this.context.session.options, "1.14")) {
        throw new FakeOfficeError("ApiNotFound", "The requested API (ConditionalFormatCollection.getItemOrNullObject) is not supported.");
      }
    });
    const byPosition = this.context.session.options.cfIdIsPriority === true;
    return new FakeConditionalFormat_(this.context, () => this.at().sheet, id, byPosition).track();
  }
  /** Adds at the top priority, like Excel. */
  add(type: string): FakeConditionalFormat_ {
    const d = doc(this.context);
    const id = newConditionalFormatId(d);
    this.context.write(
      "conditionalFormats.add",
      () => `${this.at().sheet.name}!${rangeA1(this.at().area.start, this.at().area.end)}`,
      () => {
        const { sheet, area: a } = this.at();
        refuseIfProtected(d, sheet);
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
    /** Option cfIdIsPriority: `cfId` came from the API and is a position in the sheet's formats. */
    private readonly byPosition = false,
  ) {
    super(ctx, () => this.find() !== undefined);
    this.custom = new FakeCustomConditionalFormat(ctx, () => this.readable(), true);
    this.customOrNullObject = new FakeCustomConditionalFormat(ctx, () => this.readable(), false);
  }
  protected get typeName() {
    return "ConditionalFormat";
  }
  protected scalarNames() {
    return ["id", "type", "priority", "stopIfTrue"];
  }
  private find(): FakeConditionalFormat | undefined {
    const list = formatsOf(doc(this.context), this.sheet());
    if (this.byPosition) return /^\d+$/.test(this.cfId) ? list[Number(this.cfId)] : undefined;
    return list.find((cf) => cf.id === this.cfId);
  }
  stored(): FakeConditionalFormat {
    const cf = this.find();
    if (!cf) throw new FakeOfficeError("ItemNotFound", `Conditional format ${this.cfId} does not exist.`);
    return cf;
  }
  /** Rule, format, range and priority of a rule the API cannot read fail the sync (office-js #6827, #6835). */
  readable(): FakeConditionalFormat {
    const cf = this.stored();
    if (cf.unreadable) throw new FakeOfficeError("GeneralException", `There was an internal error while processing the request (conditional format ${cf.id}).`);
    return cf;
  }
  protected readScalar(prop: string): unknown {
    const cf = this.stored();
    switch (prop) {
      case "id":
        // Option cfIdIsPriority: the API reference calls ConditionalFormat.id "the priority of the conditional
        // format in the current ConditionalFormatCollection" — a position, which shifts when formats come and go.
        return this.context.session.options.cfIdIsPriority ? String(formatsOf(doc(this.context), this.sheet()).indexOf(cf)) : cf.id;
      case "type":
        return cf.type;
      case "priority":
        return formatsOf(doc(this.context), this.sheet()).indexOf(this.readable());
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
    return new FakeRange(this.context, () => ({ sheet: this.sheet(), area: area(this.readable().range) }));
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, () => {
      const cf = this.find();
      return cf ? { sheet: this.sheet(), area: area(this.readable().range) } : null;
    }).track();
  }
  delete(): void {
    this.context.write(
      "conditionalFormat.delete",
      () => `${this.sheet().name}!${this.stored().range}`,
      () => {
        const d = doc(this.context);
        refuseIfProtected(d, this.sheet());
        const list = formatsOf(d, this.sheet());
        // office-js#5222: deleting a rule stacked on a cell in Excel's UI fails with ItemNotFound.
        if (this.stored().unreadable) throw new FakeOfficeError("ItemNotFound", "Item Not Found.");
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

