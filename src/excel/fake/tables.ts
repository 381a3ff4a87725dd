// Excel.TableCollection and Excel.Table (worksheet.tables, ExcelApi 1.1): only what the mapper's read needs —
// name, showHeaders, showTotals and getRange().
import { doc, requireSheet } from "./access";
import { area, type FakeTable } from "./document";
import { FakeCollection, FakeContext, FakeObject } from "./proxy";
import { FakeRange } from "./ranges";

export class FakeTableCollection extends FakeCollection<FakeTableItem> {
  constructor(
    ctx: FakeContext,
    private readonly sheetName: () => string,
  ) {
    super(ctx);
  }
  protected get typeName() {
    return "TableCollection";
  }
  private list(): FakeTable[] {
    const sheet = requireSheet(this.context, this.sheetName());
    return doc(this.context).tables[sheet.name] ?? [];
  }
  protected currentKeys(): string[] {
    return this.list().map((t) => t.name);
  }
  protected itemFor(key: string): FakeTableItem {
    return new FakeTableItem(this.context, this.sheetName, () => this.list().find((t) => t.name === key));
  }
}

export class FakeTableItem extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheetName: () => string,
    private readonly lookup: () => FakeTable | undefined,
  ) {
    super(ctx, () => lookup() !== undefined);
  }
  protected get typeName() {
    return "Table";
  }
  protected scalarNames() {
    return ["name", "showHeaders", "showTotals"];
  }
  private table(): FakeTable {
    const t = this.lookup();
    if (!t) throw new Error("table vanished");
    return t;
  }
  protected readScalar(prop: string): unknown {
    const t = this.table();
    if (prop === "name") return t.name;
    if (prop === "showHeaders") return t.showHeaders ?? true;
    if (prop === "showTotals") return t.showTotals ?? false;
    return this.unknownProperty(prop);
  }
  get name(): string {
    return this.loaded("name");
  }
  get showHeaders(): boolean {
    return this.loaded("showHeaders");
  }
  get showTotals(): boolean {
    return this.loaded("showTotals");
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: requireSheet(this.context, this.sheetName()), area: area(this.table().range) }));
  }
}
