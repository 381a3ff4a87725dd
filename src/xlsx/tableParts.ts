// The Excel tables (ListObjects) a worksheet's relationships name (ECMA-376 §18.5.1.2 table: ref, name,
// headerRowCount, totalsRowCount), for the mapper's input. Both used-cell readers take them from here: the
// lean one reads parts synchronously, the ExcelJS one through JSZip, so the reading stays theirs.
import { posix } from "node:path";
import { parseRange } from "../core/address";
import type { SheetTable } from "../core/mapper/types";

const TABLE_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
// The raw text between the quotes, as both readers read these attributes.
const attr = (xml: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`).exec(xml)?.[1];

/** Where a worksheet part's relationships are ("xl/worksheets/_rels/sheet1.xml.rels"). */
export const relsPathOf = (part: string) => posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);

/** The table parts a worksheet's relationships name, as paths in the archive. */
export function tablePartPaths(part: string, relsXml: string): string[] {
  const paths: string[] = [];
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    if (attr(m[0], "Type") !== TABLE_TYPE) continue;
    const target = attr(m[0], "Target") ?? "";
    paths.push(target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join(posix.dirname(part), target)));
  }
  return paths;
}

/** One table part's table, or undefined when the part is missing or its range unreadable. */
export function tableOfPart(xml: string | undefined): SheetTable | undefined {
  const tag = xml && /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0];
  const range = tag && attr(tag, "ref");
  if (!tag || !range) return undefined;
  try {
    parseRange(range);
  } catch {
    return undefined;
  }
  return {
    name: attr(tag, "displayName") ?? attr(tag, "name") ?? "",
    range,
    showHeaders: attr(tag, "headerRowCount") !== "0",
    showTotals: Number(attr(tag, "totalsRowCount") ?? "0") > 0,
  };
}
