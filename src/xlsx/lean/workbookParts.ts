// xl/workbook.xml (sheet list, defined names, date system) and its relationships for the lean reader,
// read with regular expressions instead of fast-xml-parser (whose set-up alone costs more than reading
// the example). Gives what ../workbookXml.ts parseWorkbookXml and ../sliceWorkbook.ts worksheetParts give;
// character references and prefixed elements are left to the full reader (LeanUnsupported).
import { posix } from "node:path";
import type { SheetInfo } from "../../core/snapshot";
import type { RawDefinedName, WorkbookXml } from "../workbookTypes";
import { assertPlain, attributes, decodeXml } from "./xml";
import { LeanUnsupported } from "./zip";

const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

export interface LeanWorkbookXml extends WorkbookXml {
  date1904: boolean;
}

export function parseWorkbookXmlLean(xml: string): LeanWorkbookXml {
  assertPlain(xml, "workbook.xml");
  if (xml.includes("&#") || /<\/?\w+:(workbook|sheets?|definedNames?|workbookPr)\b/.test(xml)) {
    throw new LeanUnsupported("workbook.xml with character references or prefixes");
  }
  const sheetsXml = /<sheets\b[^>]*>([\s\S]*?)<\/sheets>/.exec(xml)?.[1] ?? "";
  const sheetAttrs = [...sheetsXml.matchAll(/<sheet\b([^>]*?)\/?>/g)].map((m) => attributes(m[1]));
  const sheets: SheetInfo[] = sheetAttrs.map((a) => ({
    name: a.get("name") ?? "",
    visibility: a.get("state") === "hidden" ? "hidden" : a.get("state") === "veryHidden" ? "veryHidden" : "visible",
  }));
  const sheetRelIds = sheetAttrs.map((a) => a.get("r:id") ?? "");
  const namesXml = /<definedNames\b[^>]*>([\s\S]*?)<\/definedNames>/.exec(xml)?.[1] ?? "";
  const definedNames: RawDefinedName[] = [];
  // exec rather than matchAll, and plain object literals rather than spreads (every name of every file): the
  // same keys in the same order, localSheetId and comment only where the file has them.
  const definedName = /<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g;
  for (let m = definedName.exec(namesXml); m !== null; m = definedName.exec(namesXml)) {
    const a = attributes(m[1]);
    const local = a.get("localSheetId");
    const hidden = a.get("hidden");
    const name = a.get("name") ?? "";
    const text = decodeXml(m[2] ?? "").trim();
    const isHidden = hidden === "1" || hidden === "true";
    const raw: RawDefinedName =
      local !== undefined && local !== "" ? { name, text, localSheetId: Number(local), hidden: isHidden } : { name, text, hidden: isHidden };
    if (a.has("comment")) raw.comment = a.get("comment");
    definedNames.push(raw);
  }
  const pr = /<workbookPr\b([^>]*?)\/?>/.exec(xml);
  // ExcelJS (workbook-properties-xform.js) takes only "1" for the 1904 system.
  const date1904 = pr ? attributes(pr[1]).get("date1904") === "1" : false;
  return { sheets, sheetRelIds, definedNames, date1904 };
}

/** Worksheet part path for each relationship id of workbook.xml.rels. */
export function worksheetPartsLean(xml: string): Map<string, string> {
  assertPlain(xml, "workbook.xml.rels");
  if (xml.includes("&#") || /<\w+:Relationship\b/.test(xml)) throw new LeanUnsupported("workbook.xml.rels with character references or prefixes");
  const parts = new Map<string, string>();
  const relationship = /<Relationship\b([^>]*?)\/?>/g;
  for (let m = relationship.exec(xml); m !== null; m = relationship.exec(xml)) {
    const a = attributes(m[1]);
    const [type, id, target] = [a.get("Type"), a.get("Id"), a.get("Target")];
    if (type !== WORKSHEET_TYPE || !id || !target) continue;
    parts.set(id, target.startsWith("/") ? target.slice(1) : posix.normalize(`xl/${target}`));
  }
  return parts;
}
