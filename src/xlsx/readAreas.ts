// Which cells a check reads (the areas the defined names cover, plus the rows below table names), and the
// row-level tests both readers use to keep only those rows of a worksheet: the slicer that feeds ExcelJS
// (./sliceWorkbook.ts) and the lean reader (./lean/). No XML library, no zip library.
import { parseRange, type CellRef } from "../core/address";
import { contractName } from "../core/contract";
import { ROWS_BELOW_TABLES } from "../core/snapshot";
import type { ReadLimits } from "./readError";
import { nameTarget } from "./nameTarget";
import type { WorkbookXml } from "./workbookTypes";

/** A zero-based rectangle of cells. */
export interface CellArea {
  start: CellRef;
  end: CellRef;
}

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
    const list = areas.get(key);
    if (list) list.push({ start: target.start, end });
    else areas.set(key, [{ start: target.start, end }]);
  }
  return areas;
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
  const sorted = areas.map((a): [number, number] => [a.start.row + 1, a.end.row + 1]).sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i][0];
    const last = sorted[i][1];
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
  // exec from lastIndex 0 rather than matchAll: no copy of the expression per row of every file.
  CELL_START_TAG.lastIndex = 0;
  for (let m = CELL_START_TAG.exec(xml); m !== null; m = CELL_START_TAG.exec(xml)) {
    const attrs = m[1];
    if (attrs.endsWith("/") || !SHARED_STRING_TYPE.test(attrs)) continue;
    // Usually the <v> follows the start tag: read there in place, not in a copy of the cell's text.
    SHARED_STRING_VALUE_NEXT.lastIndex = m.index + m[0].length;
    const next = SHARED_STRING_VALUE_NEXT.exec(xml);
    if (next) {
      into.add(Number(next[1]));
      continue;
    }
    const close = xml.indexOf("</c>", m.index);
    const v = SHARED_STRING_INDEX.exec(xml.slice(m.index, close < 0 ? undefined : close));
    if (v) into.add(Number(v[1]));
  }
}

const CELL_START_TAG = /<c\b([^>]*)>/g;
const SHARED_STRING_TYPE = /\bt=["']s["']/;
const SHARED_STRING_INDEX = /<v>\s*(\d+)\s*<\/v>/;
const SHARED_STRING_VALUE_NEXT = /\s*<v>\s*(\d+)\s*<\/v>/y;

