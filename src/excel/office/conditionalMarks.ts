// Marks in the sheet: conditional formats (never fills), one per marked cell or range (../marks.ts).
//
// The add-in remembers every mark it sets — sheet, range and the conditional format's id — in the document
// setting aip.marks, and removes marks through that record. It never lists a sheet's conditional formats to
// read each rule's formula: reading a user's own rule can throw (office-js #5222, #6827, #6835: rules
// duplicated or stacked on one cell in Excel's UI), and a throwing read fails the whole sync. What it reads:
//  - by id, the format it created (its type and formula, to be sure the id still names our mark);
//  - where an id no longer resolves (ids are not documented to survive closing the file), the id and type
//    of the formats on the mark's own range, and the formula of the Custom ones among them only.
// A refused read on one sheet does not stop the others: the sheets are then read one by one (a per-sheet
// fallback sync each); what could not be removed stays in the record and is reported to the pane.
import type { Finding } from "../../core/finding";
import type { MarksResult, NotRemoved } from "../host";
import { isMarkFormula, MARK_FILL, markFormula, planMarks } from "../marks";
import { MARKS_KEY, type DocumentSettings, type OfficeHostDeps } from "./deps";
import { saveSettings } from "./documentSettings";

/** One mark as remembered in the document. */
export interface StoredMark {
  sheet: string;
  range: string;
  id?: string;
}

export function rememberedMarks(settings: DocumentSettings): StoredMark[] {
  const stored = settings.get(MARKS_KEY);
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (m): m is StoredMark =>
      typeof m === "object" && m !== null && typeof m.sheet === "string" && typeof m.range === "string" && (m.id === undefined || typeof m.id === "string"),
  );
}

async function remember(settings: DocumentSettings, marks: StoredMark[]): Promise<void> {
  if (marks.length) settings.set(MARKS_KEY, marks);
  else settings.remove(MARKS_KEY);
  await saveSettings(settings);
}

const ours = (cf: Excel.ConditionalFormat) =>
  cf.type === "Custom" && !cf.customOrNullObject.isNullObject && isMarkFormula(cf.customOrNullObject.rule.formula);

/**
 * Read syncs: the conditional formats that are our remembered marks (each once). 1 sync when every id still
 * resolves, 2 when some do not. Throws when Excel refuses a read (e.g. a user's rule it cannot read).
 */
async function findMarks(context: Excel.RequestContext, marks: StoredMark[]): Promise<Excel.ConditionalFormat[]> {
  const probes = marks.map((m) => {
    const formats = context.workbook.worksheets.getItem(m.sheet).getRange(m.range).conditionalFormats;
    const byId = m.id ? formats.getItemOrNullObject(m.id).load("id,type,customOrNullObject/rule/formula") : undefined;
    // Only id and type of the formats on the mark's range: the fallback for an id that no longer resolves.
    formats.load("items/id,items/type");
    return { formats, byId };
  });
  await context.sync();
  const found = new Map<string, Excel.ConditionalFormat>();
  const unresolved: Excel.ConditionalFormatCollection[] = [];
  for (const { formats, byId } of probes) {
    if (byId && !byId.isNullObject && ours(byId)) found.set(byId.id, byId);
    else unresolved.push(formats);
  }
  const candidates = new Map<string, Excel.ConditionalFormat>();
  for (const formats of unresolved) {
    for (const cf of formats.items) if (cf.type === "Custom" && !found.has(cf.id)) candidates.set(cf.id, cf);
  }
  if (candidates.size) {
    for (const cf of candidates.values()) cf.load("customOrNullObject/rule/formula");
    await context.sync();
    for (const [id, cf] of candidates) if (!cf.customOrNullObject.isNullObject && isMarkFormula(cf.customOrNullObject.rule.formula)) found.set(id, cf);
  }
  return [...found.values()];
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

interface Removal {
  removed: number;
  /** Marks left in the document because their sheet's reads or deletes failed. */
  kept: StoredMark[];
  notRemoved: NotRemoved[];
}

/**
 * Removes the remembered marks on existing sheets; `alsoQueue` adds further writes (applyMarks: the new
 * marks) to the same, single write sync. Reads go first for all sheets in one sync; if Excel refuses
 * them, sheet by sheet (a per-sheet fallback sync each), so one unreadable sheet keeps only its own marks.
 */
async function removeRemembered(context: Excel.RequestContext, marks: StoredMark[], sheetNames: string[], alsoQueue?: () => void): Promise<Removal> {
  const byLower = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
  // Marks on sheets that no longer exist went with their sheet.
  const present = marks.flatMap((m) => {
    const sheet = byLower.get(m.sheet.toLowerCase());
    return sheet ? [{ ...m, sheet }] : [];
  });
  const result: Removal = { removed: 0, kept: [], notRemoved: [] };
  let found: Excel.ConditionalFormat[] = [];
  try {
    found = present.length ? await findMarks(context, present) : [];
  } catch {
    for (const sheet of [...new Set(present.map((m) => m.sheet))]) {
      const onSheet = present.filter((m) => m.sheet === sheet);
      try {
        // One sheet at a time on purpose: a refused read must stay on its own sheet.
        found.push(...(await findMarks(context, onSheet)));
      } catch (e) {
        result.kept.push(...onSheet);
        result.notRemoved.push({ sheet, ranges: onSheet.map((m) => m.range), reason: errorText(e) });
      }
    }
  }
  for (const cf of found) cf.delete();
  alsoQueue?.();
  if (found.length || alsoQueue) await context.sync();
  result.removed = found.length;
  return result;
}

async function sheetNamesOf(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  return sheets.items.map((s) => s.name);
}

export async function applyMarks(deps: Pick<OfficeHostDeps, "run" | "documentSettings">, findings: Finding[]): Promise<MarksResult> {
  const planned = planMarks(findings);
  const previous = rememberedMarks(deps.documentSettings);
  const { removal, added } = await deps.run(async (context) => {
    const sheetNames = await sheetNamesOf(context);
    const byLower = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
    const added: { mark: StoredMark; cf: Excel.ConditionalFormat }[] = [];
    // The previous marks go and the current ones come in one write sync, so marks always show the last check.
    const removal = await removeRemembered(context, previous, sheetNames, () => {
      for (const mark of planned) {
        const sheet = byLower.get(mark.sheet.toLowerCase());
        if (!sheet) continue; // a finding on a sheet that no longer exists cannot be marked
        const cf = context.workbook.worksheets.getItem(sheet).getRange(mark.range).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
        cf.custom.rule.formula = markFormula(mark.severity);
        cf.custom.format.fill.color = MARK_FILL[mark.severity];
        cf.load("id");
        added.push({ mark: { sheet, range: mark.range }, cf });
      }
    });
    return { removal, added };
  });
  await remember(deps.documentSettings, [...removal.kept, ...added.map(({ mark, cf }) => ({ ...mark, id: cf.id }))]);
  return { marked: added.length, removed: removal.removed, notRemoved: removal.notRemoved };
}

export async function removeMarks(deps: Pick<OfficeHostDeps, "run" | "documentSettings">): Promise<MarksResult> {
  const previous = rememberedMarks(deps.documentSettings);
  if (!previous.length) return { marked: 0, removed: 0, notRemoved: [] };
  const removal = await deps.run(async (context) => removeRemembered(context, previous, await sheetNamesOf(context)));
  await remember(deps.documentSettings, removal.kept);
  return { marked: 0, removed: removal.removed, notRemoved: removal.notRemoved };
}
