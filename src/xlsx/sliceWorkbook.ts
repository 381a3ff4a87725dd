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
import { areasToRead, collectSharedStrings, holdsSharedMasterFor, mergesInto, rowTest, type CellArea } from "./readAreas";
import { scanElements, scanRows, type KeepRow } from "./sheetRows";
import type { ReadLimits } from "./readError";
import { withDefinedNames, type WorkbookXml } from "./workbookXml";

export { areasToRead, collectSharedStrings, holdsSharedMasterFor, isTableName, mergesInto, rowTest, type CellArea } from "./readAreas";

const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const EMPTY_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

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
