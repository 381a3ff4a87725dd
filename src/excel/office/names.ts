// Listing the workbook's defined names and its sheets (sync 1 of a snapshot and of "Vorlage anlegen").
import { quoteSheet, splitAddress } from "../../core/address";
import type { NameScope, SheetInfo } from "../../core/snapshot";
import { parseReference } from "../../core/workbookModel";

/**
 * Only what the snapshot needs: NamedItem.value evaluates the name's formula, which fails or even breaks
 * the sync for names built on user-defined functions or multi-area references (office-js#1446, #1357).
 * `scope` because Excel on the web lists the workbook's names in every worksheet.names too (office-js#1011).
 */
const NAME_PROPS = ["name", "type", "formula", "scope"];
const VISIBILITY: Record<string, SheetInfo["visibility"]> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

/* Load paths are one comma-separated string: office.js normalises "items/…" only in strings (office-js#190). */

/** Sync 1 failed on the nested names path: read again the long way. */
export class NestedNamesUnsupported extends Error {
  constructor(readonly original: unknown) {
    super("nested names load unsupported");
  }
}

export interface ListedName {
  item: Excel.NamedItem;
  scope: NameScope;
}

/**
 * Every name, workbook- and sheet-scoped (workbook.names lists only the former), and the sheets — sheet-scoped
 * names through the nested load path `items/names/items/…` in the same sync. Should an Excel reject that
 * path, the fallback (`nested` false) lists the sheets first and their names in a second sync.
 */
export interface ListExtras {
  /** More NamedItem properties, e.g. "comment" (ExcelApi 1.4) for Einrichten. */
  nameProps?: string[];
  /** More worksheet load paths in the same sync, e.g. "items/tables/items/name". */
  sheetPaths?: string[];
}

export async function listNames(
  context: Excel.RequestContext,
  nested: boolean,
  extras: ListExtras = {},
): Promise<{ sheetInfos: SheetInfo[]; listed: ListedName[]; sheets: Excel.WorksheetCollection }> {
  const props = [...NAME_PROPS, ...(extras.nameProps ?? [])];
  const namePaths = (prefix: string) => props.map((p) => `${prefix}${p}`).join(",");
  // "items/names/items/name" → names/name, as in the documented "items/tables/items/name".
  const wbNames = context.workbook.names.load(namePaths("items/"));
  const sheets = context.workbook.worksheets.load(
    ["items/name", "items/visibility", ...(nested ? [namePaths("items/names/items/")] : []), ...(extras.sheetPaths ?? [])].join(","),
  );
  try {
    await context.sync();
  } catch (e) {
    if (nested) throw new NestedNamesUnsupported(e);
    throw e;
  }
  if (!nested) {
    for (const s of sheets.items) s.names.load(namePaths("items/"));
    await context.sync();
  }
  const sheetInfos: SheetInfo[] = sheets.items.map((s) => ({ name: s.name, visibility: VISIBILITY[s.visibility] ?? "visible" }));
  let sheetScoped: ListedName[];
  try {
    sheetScoped = sheets.items.flatMap((s) =>
      s.names.items
        // office-js#1011: on Excel on the web a sheet's collection holds the workbook's names too; they are
        // listed once, from workbook.names, or every contract name would look defined twice.
        .filter((item) => item.scope === "Worksheet")
        .map((item) => ({ item, scope: { kind: "sheet", sheet: s.name } as NameScope })),
    );
  } catch (e) {
    // An Excel that accepted the nested path but loaded nothing: reading the names throws PropertyNotLoaded.
    if (nested) throw new NestedNamesUnsupported(e);
    throw e;
  }
  // Defensive, as for the sheets' collections: only names whose scope is Workbook are taken from workbook.names.
  const workbookScoped = wbNames.items.filter((item) => item.scope !== "Worksheet");
  const listed: ListedName[] = [...workbookScoped.map((item) => ({ item, scope: { kind: "workbook" } as NameScope })), ...sheetScoped];
  return { sheetInfos, listed, sheets };
}

/** "Sheet!$B$7" or "'My sheet'!B7:C9" (Range.address) → "=Sheet!$B$7" / "='My sheet'!$B$7:$C$9", as a name's formula reads in A1. */
function absoluteFormula(address: string): string {
  const { sheet, range } = splitAddress(address);
  return `=${quoteSheet(sheet)}!${range.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
}

/**
 * Each name's reference in A1 form. With the R1C1 reference style on, NamedItem.formula has been reported in
 * R1C1 form on Windows (office-js #1831): for a name of type Range whose formula is not an A1 reference, the
 * reference is taken from getRangeOrNullObject().address (A1 in every mode). That needs the names' items, so
 * it costs one more sync — only when such a name exists. Other names keep their formula.
 */
export async function formulasInA1(context: Excel.RequestContext, listed: ListedName[]): Promise<Map<Excel.NamedItem, string>> {
  const out = new Map<Excel.NamedItem, string>();
  const pending: { item: Excel.NamedItem; range: Excel.Range }[] = [];
  for (const { item } of listed) {
    const parsed = parseReference(item.formula);
    if (item.type === "Range" && "problem" in parsed && parsed.problem === "not-a-range") {
      pending.push({ item, range: item.getRangeOrNullObject().load("address") });
    } else out.set(item, item.formula);
  }
  if (!pending.length) return out;
  await context.sync();
  for (const { item, range } of pending) out.set(item, range.isNullObject ? item.formula : absoluteFormula(range.address));
  return out;
}

/** Run `batch` with the nested names path, and once more without it if this Excel refuses or ignores it. */
export async function withNames<T>(
  run: <R>(batch: (context: Excel.RequestContext) => Promise<R>) => Promise<R>,
  batch: (context: Excel.RequestContext, nested: boolean) => Promise<T>,
): Promise<T> {
  try {
    return await run((context) => batch(context, true));
  } catch (e) {
    if (!(e instanceof NestedNamesUnsupported)) throw e;
    return run((context) => batch(context, false));
  }
}
