// Makes the copy of an .xlsx that ExcelJS loads: only what the defined names cover. ExcelJS keeps every
// cell of every sheet as an object (≈ 500 bytes a cell) and expands each defined name and data validation
// into one entry per cell, so a sheet with a million used cells outside every name cost half a gigabyte.
// Here, before ExcelJS sees the file:
// - a worksheet no name refers to gets an empty `<sheetData/>` (the sheet itself stays, with its name);
// - a worksheet a name refers to keeps only the rows inside the names that will be read (names over the
//   cell limit are reported "too-large" unread, so their rows are not kept), plus the rows holding the
//   master cell of a shared formula or of a merged area that reaches into a name (ExcelJS needs those to
//   give the formula and the merged value); after `</sheetData>` only the merged areas reaching into a
//   name and `<hyperlinks>` stay, the rest (conditional formats, validations, drawings) is not read;
// - the shared-string table keeps only the strings those rows use (the others become empty, so indexes
//   stay valid), unless some sheet had to be given whole;
// - workbook.xml loses its `<definedNames>` (the reader parses them itself) and calcChain.xml is dropped.
// Worksheet and shared-string parts are inflated chunk by chunk (./sheetRows.ts); unchanged parts keep
// their compressed bytes. A part that cannot be scanned is left as it is, so ExcelJS reports the damage as before.
import { posix } from "node:path";
import { Readable } from "node:stream";
import { XMLParser } from "fast-xml-parser";
import type JSZip from "jszip";
import { parseRange, type CellRef } from "../core/address";
import { contractName } from "../core/contract";
import { ROWS_BELOW_TABLES } from "../core/snapshot";
import type { ReadLimits } from "./container";
import { nameTarget } from "./nameTarget";
import { scanElements, scanRows, type KeepRow } from "./sheetRows";
import { withDefinedNames, type WorkbookXml } from "./workbookXml";

/** A zero-based rectangle of cells. */
export interface CellArea {
  start: CellRef;
  end: CellRef;
}

const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const EMPTY_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

const MAX_ROW_INDEX = 1_048_575;

/** A contract name of table kind (FOE_Tabelle, PER_VZAE_Bereiche, KUN_BG_Groesse). */
export function isTableName(name: string): boolean {
  return contractName(name)?.kind === "table";
}

/** The areas that will be read on each sheet (key: lower-case sheet name), as the reader decides them. */
export function areasToRead(workbook: WorkbookXml, limits: ReadLimits): Map<string, CellArea[]> {
  const areas = new Map<string, CellArea[]>();
  for (const raw of workbook.definedNames) {
    if (raw.name.startsWith("_xlnm.")) continue;
    const target = nameTarget(raw.text);
    if ("problem" in target || target.cellCount > limits.maxNameCells) continue;
    const key = target.sheet.toLowerCase();
    // Table names also need the rows right below them (NameEntry.belowValues: rows added under a table).
    const below = isTableName(raw.name) ? ROWS_BELOW_TABLES : 0;
    const end = { row: Math.min(target.end.row + below, MAX_ROW_INDEX), col: target.end.col };
    areas.set(key, [...(areas.get(key) ?? []), { start: target.start, end }]);
  }
  return areas;
}

const relsParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  isArray: (tag) => tag === "Relationship",
});

/** Worksheet part path (e.g. "xl/worksheets/sheet1.xml") for each relationship id of workbook.xml.rels. */
export function worksheetParts(relsXml: string): Map<string, string> {
  const doc = relsParser.parse(relsXml) as { Relationships?: { Relationship?: Array<Record<string, string>> } };
  const parts = new Map<string, string>();
  for (const rel of doc.Relationships?.Relationship ?? []) {
    if (rel.Type !== WORKSHEET_TYPE || !rel.Id || !rel.Target) continue;
    // Targets are relative to xl/ ("worksheets/sheet1.xml") or absolute in the package ("/xl/worksheets/…").
    const path = rel.Target.startsWith("/") ? rel.Target.slice(1) : posix.normalize(`xl/${rel.Target}`);
    parts.set(rel.Id, path);
  }
  return parts;
}

const overlaps = (a: CellArea, b: CellArea) =>
  a.start.row <= b.end.row && b.start.row <= a.end.row && a.start.col <= b.end.col && b.start.col <= a.end.col;

function areaOf(ref: string): CellArea | undefined {
  try {
    return parseRange(ref.replace(/\$/g, ""));
  } catch {
    return undefined;
  }
}

/** Does this row hold the master of a shared formula (`<f t="shared" ref="…">`) whose cells reach into an area? */
export function holdsSharedMasterFor(xml: string, areas: CellArea[]): boolean {
  if (!xml.includes("shared")) return false;
  for (const m of xml.matchAll(/<f\b([^>]*)>/g)) {
    const attrs = m[1];
    if (!/\bt=["']shared["']/.test(attrs)) continue;
    const ref = /\bref=["']([^"']+)["']/.exec(attrs);
    const area = ref && areaOf(ref[1]);
    if (area && areas.some((a) => overlaps(a, area))) return true;
  }
  return false;
}

/**
 * The `<mergeCell>` elements (in the part after `</sheetData>`) whose area reaches into an area. Only these
 * go to ExcelJS: it creates a cell object for every cell of a merged area, so unread merges would cost.
 */
export function mergesInto(tail: string, areas: CellArea[]): Array<{ xml: string; area: CellArea }> {
  const merges: Array<{ xml: string; area: CellArea }> = [];
  for (const m of tail.matchAll(/<mergeCell\b[^>]*\bref=["']([^"']+)["'][^>]*>/g)) {
    const area = areaOf(m[1]);
    if (area && areas.some((a) => overlaps(a, area))) merges.push({ xml: m[0], area });
  }
  return merges;
}

/**
 * A test for "is this 1-based row inside one of the areas": the areas' row spans merged and sorted, then
 * searched by halving, so a sheet with hundreds of names still costs little per row.
 */
export function rowTest(areas: CellArea[]): (row: number) => boolean {
  const spans: Array<[number, number]> = [];
  for (const [first, last] of areas.map((a): [number, number] => [a.start.row + 1, a.end.row + 1]).sort((a, b) => a[0] - b[0])) {
    const prev = spans[spans.length - 1];
    if (prev && first <= prev[1] + 1) prev[1] = Math.max(prev[1], last);
    else spans.push([first, last]);
  }
  return (row) => {
    let [lo, hi] = [0, spans.length - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (row < spans[mid][0]) hi = mid - 1;
      else if (row > spans[mid][1]) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/** Add the shared-string indexes that the cells of a row use (`<c t="s"><v>N</v></c>`) to `into`. */
export function collectSharedStrings(xml: string, into: Set<number>): void {
  for (const m of xml.matchAll(/<c\b([^>]*)>/g)) {
    const attrs = m[1];
    if (attrs.endsWith("/") || !/\bt=["']s["']/.test(attrs)) continue;
    const close = xml.indexOf("</c>", m.index);
    const v = /<v>\s*(\d+)\s*<\/v>/.exec(xml.slice(m.index, close < 0 ? undefined : close));
    if (v) into.add(Number(v[1]));
  }
}

/** JSZip's stream is an old-style readable (not async-iterable); wrapping it in Node's Readable makes it one. */
const chunksOf = (entry: JSZip.JSZipObject): AsyncIterable<Uint8Array> => new Readable().wrap(entry.nodeStream("nodebuffer"));

/**
 * The worksheet part reduced to the rows the areas need, or undefined when its layout is not recognised.
 * The shared strings the kept rows use are added to `strings`.
 */
async function sliceSheet(entry: JSZip.JSZipObject, areas: CellArea[], strings: Set<number>): Promise<string | undefined> {
  const inRows = rowTest(areas);
  const inAreas: KeepRow = (row, xml) => inRows(row) || holdsSharedMasterFor(xml, areas);
  const scan = (keep: KeepRow) => scanRows(chunksOf(entry), keep);
  try {
    let sheet = await scan(inAreas);
    // Merged areas are listed after the rows: a master cell above the names needs a second pass (rare).
    const kept = new Set(sheet.rowNumbers);
    const merges = mergesInto(sheet.tail, areas);
    const missing = merges.map((m) => m.area.start.row + 1).filter((r) => !kept.has(r));
    if (missing.length > 0) {
      const masters = new Set(missing);
      sheet = await scan((row, xml) => masters.has(row) || inAreas(row, xml));
    }
    const mergeCells = merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.map((m) => m.xml).join("")}</mergeCells>` : "";
    const hyperlinks = /<hyperlinks\b[^>]*>[\s\S]*?<\/hyperlinks>/.exec(sheet.tail)?.[0] ?? "";
    const keptTail = mergeCells + hyperlinks;
    for (const row of sheet.rows) collectSharedStrings(row, strings);
    return `${sheet.head}${sheet.rows.join("")}</sheetData>${keptTail}</worksheet>`;
  } catch {
    // An unknown layout (UnrecognisedSheetXml) or a damaged part (inflating fails): ExcelJS gets the part
    // unchanged and judges it, as it did before slicing existed.
    return undefined;
  }
}

/**
 * The shared-string table with only the entries the kept cells use: the others become empty `<si>` (so
 * every index stays where it was), and the entries after the last used one are dropped. Undefined when the
 * part's layout is not recognised.
 */
async function sliceSharedStrings(entry: JSZip.JSZipObject, used: Set<number>): Promise<string | undefined> {
  let last = -1;
  for (const i of used) last = Math.max(last, i);
  let index = 0;
  try {
    const { head, kept } = await scanElements(chunksOf(entry), "sst", "si", (xml) => {
      const i = index++;
      if (i > last) return undefined;
      return used.has(i) ? xml : "<si><t></t></si>";
    });
    return `${head}${kept.join("")}</sst>`;
  } catch {
    return undefined;
  }
}

/**
 * The bytes ExcelJS should load instead of the whole file. `zip` is the opened original (it is changed
 * in place); `workbookXml` is its xl/workbook.xml text and `workbook` that text parsed.
 */
export async function sliceForNames(zip: JSZip, workbookXml: string, workbook: WorkbookXml, limits: ReadLimits): Promise<Uint8Array> {
  const relsFile = zip.file("xl/_rels/workbook.xml.rels");
  let parts = new Map<string, string>();
  try {
    if (relsFile) parts = worksheetParts(await relsFile.async("string"));
  } catch {
    // Broken relationships: no sheet is sliced, ExcelJS reads the file as it is and reports what it finds.
  }
  const areas = areasToRead(workbook, limits);
  const strings = new Set<number>();
  let everySheetSliced = parts.size > 0;
  for (const [i, sheet] of workbook.sheets.entries()) {
    const path = parts.get(workbook.sheetRelIds[i]);
    const entry = path ? zip.file(path) : null;
    if (!path || !entry) continue;
    const sheetAreas = areas.get(sheet.name.toLowerCase()) ?? [];
    if (sheetAreas.length === 0) {
      zip.file(path, EMPTY_SHEET);
      continue;
    }
    const sliced = await sliceSheet(entry, sheetAreas, strings);
    if (sliced !== undefined) zip.file(path, sliced);
    else everySheetSliced = false;
  }
  // A sheet given to ExcelJS whole may use any shared string, so the table is cut only when none was.
  const sst = zip.file("xl/sharedStrings.xml");
  if (sst && everySheetSliced) {
    const sliced = await sliceSharedStrings(sst, strings);
    if (sliced !== undefined) zip.file("xl/sharedStrings.xml", sliced);
  }
  zip.file("xl/workbook.xml", withDefinedNames(workbookXml, []));
  zip.remove("xl/calcChain.xml");
  // Unchanged parts keep their compressed bytes; only the replaced (now small) parts are deflated.
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
