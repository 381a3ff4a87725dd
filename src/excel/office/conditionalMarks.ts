// Marks in the sheet: conditional formats (never fills), one per marked cell or range (../marks.ts).
//
// The add-in remembers every mark it sets — sheet, range and the conditional format's id — in the document
// setting aip.marks, and removes marks through that record. It never lists a sheet's conditional formats to
// read each rule's formula: reading a user's own rule can throw (office-js #5222, #6827, #6835: rules
// duplicated or stacked on one cell in Excel's UI), and a throwing read fails the whole sync. What it reads:
//  - by id, the format it created (its type and formula, to be sure the id still names our mark) — only with
//    ExcelApi 1.14, where ConditionalFormatCollection.getItemOrNullObject exists (@types/office-js
//    "[Api set: ExcelApi 1.14]"; the manifest asks for 1.7);
//  - where an id no longer resolves (ids are not documented to survive closing the file) or before 1.14,
//    the id and type of the formats on the mark's own range, and the formula of the Custom ones only.
// A refused read on one sheet does not stop the others: the sheets are then read one by one (a per-sheet
// fallback sync each). The same for the write: old marks go and new ones come in one write sync; if Excel
// refuses it (e.g. a protected sheet), each sheet is written on its own, so only the refusing sheet stays as
// it was. What could not be removed stays in the record and is reported, and so is what could not be marked.
import { splitAddress } from "../../core/address";
import type { Finding } from "../../core/finding";
import type { MarksResult, NotRemoved } from "../host";
import { isMarkFormula, MARK_FILL, markFormula, planMarks, type PlannedMark } from "../marks";
import { hasExcelApi } from "./apiSets";
import { MARKS_KEY, type OfficeHostDeps } from "./deps";
import type { SettingsStore } from "./settingsStore";
import { DEFAULT_OPS_PER_SYNC, inChunks, syncInChunks } from "./chunkedSync";

/** One mark as remembered in the document. */
export interface StoredMark {
  sheet: string;
  range: string;
  id?: string;
}

export function parseMarks(stored: unknown): StoredMark[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (m): m is StoredMark =>
      typeof m === "object" && m !== null && typeof m.sheet === "string" && typeof m.range === "string" && (m.id === undefined || typeof m.id === "string"),
  );
}

const markKey = (m: StoredMark) => `${m.sheet.toLowerCase()}!${m.range}!${m.id ?? ""}`;

/**
 * Stores the record after a replacement, on the refreshed settings: entries a co-author added since `handled`
 * was read are not in the workbook's marks this pane replaced, so they stay; `handled` goes, `now` comes.
 * Returns why the record could not be saved (the marks are in the workbook; the record stays pending in this
 * session and goes out with the next save).
 */
async function remember(store: SettingsStore, handled: StoredMark[], now: StoredMark[]): Promise<string | undefined> {
  const done = new Set(handled.map(markKey));
  try {
    await store.update((s) => {
      const record = distinct([...parseMarks(s.get(MARKS_KEY)).filter((m) => !done.has(markKey(m))), ...now]);
      if (record.length) s.set(MARKS_KEY, record);
      else s.remove(MARKS_KEY);
    });
    return undefined;
  } catch (e) {
    return errorText(e);
  }
}

const ours = (cf: Excel.ConditionalFormat) =>
  cf.type === "Custom" && !cf.customOrNullObject.isNullObject && isMarkFormula(cf.customOrNullObject.rule.formula);

/** A format's key: ids are only unique per sheet where they are priorities (positions). */
const cfKey = (mark: StoredMark, cf: Excel.ConditionalFormat) => `${mark.sheet.toLowerCase()}!${cf.id}`;

/** "Ziele!$B$8:$C$9" and "B8:C9" name the same cells. */
const sameRange = (address: string, range: string) => splitAddress(address).range.replace(/\$/g, "").toUpperCase() === range.replace(/\$/g, "").toUpperCase();

/** One of our conditional formats, with the record entry (sheet, range) it was found through. */
interface Found {
  mark: StoredMark;
  cf: Excel.ConditionalFormat;
}

/**
 * Read syncs: the conditional formats that are our marks, found through `marks` (each once). With `byId`
 * (ExcelApi 1.14) 1 sync when every id still resolves, 2 when some do not; without it always the range
 * fallback: 1 sync, 2 when there are Custom formats on the ranges. Throws when Excel refuses a read.
 */
async function findMarksOnce(context: Excel.RequestContext, marks: StoredMark[], byId: boolean): Promise<Found[]> {
  const probes = marks.map((m) => {
    const formats = context.workbook.worksheets.getItem(m.sheet).getRange(m.range).conditionalFormats;
    const direct = byId && m.id ? formats.getItemOrNullObject(m.id).load("id,type,customOrNullObject/rule/formula") : undefined;
    // The API reference calls the id "the priority of the conditional format in the current collection": it may
    // shift as formats come and go, so an id hit counts only on the recorded range (the formula tag tells our
    // marks from the user's rules, not one of our marks from another).
    const directRange = direct?.getRangeOrNullObject().load("address");
    // Only id and type of the formats on the mark's range: the fallback for an id that does not resolve.
    formats.load("items/id,items/type");
    return { mark: m, formats, direct, directRange };
  });
  await context.sync();
  const found = new Map<string, Found>();
  const unresolved: { mark: StoredMark; formats: Excel.ConditionalFormatCollection }[] = [];
  for (const { mark, formats, direct, directRange } of probes) {
    const onRecordedRange = directRange && !directRange.isNullObject && sameRange(directRange.address, mark.range);
    if (direct && !direct.isNullObject && onRecordedRange && ours(direct)) found.set(cfKey(mark, direct), { mark, cf: direct });
    else unresolved.push({ mark, formats });
  }
  const candidates = new Map<string, Found>();
  for (const { mark, formats } of unresolved) {
    for (const cf of formats.items) if (cf.type === "Custom" && !found.has(cfKey(mark, cf)) && !candidates.has(cfKey(mark, cf))) candidates.set(cfKey(mark, cf), { mark, cf });
  }
  if (candidates.size) {
    for (const { cf } of candidates.values()) cf.load("customOrNullObject/rule/formula");
    await context.sync();
    for (const [id, c] of candidates) if (!c.cf.customOrNullObject.isNullObject && isMarkFormula(c.cf.customOrNullObject.rule.formula)) found.set(id, c);
  }
  return [...found.values()];
}

/** findMarksOnce in chunks of about `opsPerSync` operations (three per mark), halved on a payload refusal. */
async function findMarks(context: Excel.RequestContext, marks: StoredMark[], byId: boolean, opsPerSync: number): Promise<Found[]> {
  const found = new Map<string, Found>();
  for (const part of await inChunks(marks, opsPerSync / OPS_PER_READ, (chunk) => findMarksOnce(context, chunk, byId))) {
    for (const f of part) if (!found.has(cfKey(f.mark, f.cf))) found.set(cfKey(f.mark, f.cf), f);
  }
  return [...found.values()];
}

const OPS_PER_READ = 3;
const OPS_PER_WRITE = 4;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

interface Placed {
  sheet: string;
  range: string;
  severity: PlannedMark["severity"];
}

/** What one replacement did: marks gone, marks set (with ids), what stays remembered, what Excel refused. */
interface Outcome {
  removed: number;
  added: StoredMark[];
  /** Marks that stay in the record: their sheet refused the read or the write. */
  kept: StoredMark[];
  notRemoved: NotRemoved[];
  notMarked: NotRemoved[];
}

/** Queue one delete or one add; an add's id is loaded by the same sync. */
function queueOne(context: Excel.RequestContext, op: { remove: Found } | { add: Placed }): { mark: StoredMark; cf: Excel.ConditionalFormat } | undefined {
  if ("remove" in op) {
    op.remove.cf.delete();
    return undefined;
  }
  const mark = op.add;
  const cf = context.workbook.worksheets.getItem(mark.sheet).getRange(mark.range).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
  cf.custom.rule.formula = markFormula(mark.severity);
  cf.custom.format.fill.color = MARK_FILL[mark.severity];
  cf.load("id");
  return { mark: { sheet: mark.sheet, range: mark.range }, cf };
}

/**
 * Deletes `found`, then adds `placed`, in syncs of about `opsPerSync` operations (Excel on the web's 5 MB
 * request limit), a chunk refused as too large halved and repeated. Returns the added marks with their ids.
 * Throws on any other refusal (the chunks before it are applied).
 */
async function writeMarks(context: Excel.RequestContext, found: Found[], placed: Placed[], opsPerSync: number): Promise<StoredMark[]> {
  const ops = [...found.map((remove) => ({ remove })), ...placed.map((add) => ({ add }))];
  const chunks = await syncInChunks(context, ops, opsPerSync / OPS_PER_WRITE, (chunk) => chunk.map((op) => queueOne(context, op)));
  return chunks.flat().flatMap((a) => (a ? [{ ...a.mark, id: a.cf.id }] : []));
}

/** The remembered marks, read in one go; if Excel refuses, sheet by sheet (a per-sheet fallback sync each). */
async function readAll(context: Excel.RequestContext, marks: StoredMark[], byId: boolean, opsPerSync: number): Promise<{ found: Found[]; refused: Map<string, string> }> {
  const refused = new Map<string, string>();
  if (!marks.length) return { found: [], refused };
  try {
    return { found: await findMarks(context, marks, byId, opsPerSync), refused };
  } catch {
    const found: Found[] = [];
    for (const sheet of [...new Set(marks.map((m) => m.sheet))]) {
      try {
        // One sheet at a time on purpose: a refused read must stay on its own sheet.
        found.push(...(await findMarks(context, marks.filter((m) => m.sheet === sheet), byId, opsPerSync)));
      } catch (e) {
        refused.set(sheet, errorText(e));
      }
    }
    return { found, refused };
  }
}

type SheetWrite = { ok: true; added: StoredMark[] } | { ok: false; reason: string; present: StoredMark[] };

/**
 * The write fallback for one sheet, after the batch write was refused. The refused sync may have applied the
 * commands before the refused one (Excel does not roll a batch back), so this sheet is looked at again —
 * its remembered marks and the ranges to be marked — before its own delete-and-add sync.
 */
async function writeSheet(context: Excel.RequestContext, look: StoredMark[], placed: Placed[], byId: boolean, opsPerSync: number): Promise<SheetWrite> {
  let found: Found[];
  try {
    found = look.length ? await findMarks(context, look, byId, opsPerSync) : [];
  } catch (e) {
    return { ok: false, reason: errorText(e), present: look };
  }
  try {
    return { ok: true, added: await writeMarks(context, found, placed, opsPerSync) };
  } catch (e) {
    // A protected sheet refuses the first delete or add, so nothing of this sheet was applied: what was found
    // is what is ours on this sheet now, and that stays remembered. (Should a later chunk be refused after
    // earlier ones went through, the next replacement finds those through the record's ranges and the ranges
    // to mark, which are looked at again.)
    return { ok: false, reason: errorText(e), present: found.map((f) => ({ ...f.mark, id: f.cf.id })) };
  }
}

/**
 * Removes the remembered marks on existing sheets and sets `planned` (none for removeMarks). Syncs: the sheet
 * list; the reads (readAll); one write sync for everything. If Excel refuses that write, each sheet with
 * something to do gets its own look-again-and-write (writeSheet): a sheet that refuses keeps its marks and
 * gets none of the new ones, the others are done.
 */
async function replaceMarks(context: Excel.RequestContext, previous: StoredMark[], planned: PlannedMark[], byId: boolean, opsPerSync: number): Promise<Outcome> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const byLower = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.name]));
  // Marks on sheets that no longer exist went with their sheet; findings there cannot be marked.
  const present = previous.flatMap((m) => {
    const sheet = byLower.get(m.sheet.toLowerCase());
    return sheet ? [{ ...m, sheet }] : [];
  });
  const placed = planned.flatMap((p) => {
    const sheet = byLower.get(p.sheet.toLowerCase());
    return sheet ? [{ sheet, range: p.range, severity: p.severity }] : [];
  });
  const { found, refused } = await readAll(context, present, byId, opsPerSync);
  const outcome: Outcome = { removed: 0, added: [], kept: [], notRemoved: [], notMarked: [] };
  for (const [sheet, reason] of refused) {
    const onSheet = present.filter((m) => m.sheet === sheet);
    outcome.kept.push(...onSheet);
    outcome.notRemoved.push({ sheet, ranges: onSheet.map((m) => m.range), reason });
  }
  if (!found.length && !placed.length) return outcome;

  try {
    outcome.added = await writeMarks(context, found, placed, opsPerSync);
    outcome.removed = found.length;
    return outcome;
  } catch {
    // Fall through to the per-sheet writes.
  }
  const todo = [...new Set([...found.map((f) => f.mark.sheet), ...placed.map((p) => p.sheet)])];
  for (const sheet of todo) {
    const foundHere = found.filter((f) => f.mark.sheet === sheet);
    const placedHere = placed.filter((p) => p.sheet === sheet);
    // Remembered marks of a sheet whose read was refused are not read again; the ranges to mark are.
    const look = [...(refused.has(sheet) ? [] : present.filter((m) => m.sheet === sheet)), ...placedHere.map(({ sheet: s, range }) => ({ sheet: s, range }))];
    const result = await writeSheet(context, look, placedHere, byId, opsPerSync);
    if (result.ok) {
      outcome.removed += foundHere.length;
      outcome.added.push(...result.added);
      continue;
    }
    outcome.kept.push(...result.present);
    if (foundHere.length) outcome.notRemoved.push({ sheet, ranges: foundHere.map((f) => f.mark.range), reason: result.reason });
    if (placedHere.length) outcome.notMarked.push({ sheet, ranges: placedHere.map((p) => p.range), reason: result.reason });
  }
  return outcome;
}

/** Record entries once each (a sheet that keeps refusing must not grow the record with every attempt). */
function distinct(marks: StoredMark[]): StoredMark[] {
  const seen = new Set<string>();
  return marks.filter((m) => {
    const key = markKey(m);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type MarksDeps = Pick<OfficeHostDeps, "run" | "requirements" | "markOpsPerSync"> & { store: SettingsStore };

/**
 * The marks are the workbook's, not one user's: the record is read refreshed (a co-author's marks included),
 * every recorded mark is replaced, and the record is written back on the refreshed settings.
 */
export async function applyMarks(deps: MarksDeps, findings: Finding[]): Promise<MarksResult> {
  const planned = planMarks(findings);
  const previous = parseMarks(await deps.store.read(MARKS_KEY));
  const byId = hasExcelApi(deps.requirements, "1.14");
  const outcome = await deps.run((context) => replaceMarks(context, previous, planned, byId, deps.markOpsPerSync ?? DEFAULT_OPS_PER_SYNC));
  const recordNotSaved = await remember(deps.store, previous, [...outcome.kept, ...outcome.added]);
  return {
    marked: outcome.added.length,
    removed: outcome.removed,
    notRemoved: outcome.notRemoved,
    notMarked: outcome.notMarked,
    ...(recordNotSaved ? { recordNotSaved } : {}),
  };
}

export async function removeMarks(deps: MarksDeps): Promise<MarksResult> {
  const previous = parseMarks(await deps.store.read(MARKS_KEY));
  if (!previous.length) return { marked: 0, removed: 0, notRemoved: [], notMarked: [] };
  const byId = hasExcelApi(deps.requirements, "1.14");
  const outcome = await deps.run((context) => replaceMarks(context, previous, [], byId, deps.markOpsPerSync ?? DEFAULT_OPS_PER_SYNC));
  const recordNotSaved = await remember(deps.store, previous, outcome.kept);
  return { marked: 0, removed: outcome.removed, notRemoved: outcome.notRemoved, notMarked: [], ...(recordNotSaved ? { recordNotSaved } : {}) };
}
