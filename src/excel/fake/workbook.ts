// The fake Excel's Workbook: the root the adapter reaches through context.workbook. The object model is
// split by what it fakes (names.ts, worksheets.ts, ranges.ts, conditionalFormats.ts); the behaviours and
// the documentation or issue each follows are listed in index.ts.
import { FakeNamedItemCollection } from "./names";
import { FakeContext, FakeObject } from "./proxy";
import { FakeWorksheetCollection } from "./worksheets";


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
