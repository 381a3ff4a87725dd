// Reads and writes the parts of `xl/workbook.xml` that ExcelJS does not keep faithfully: the sheet list
// with its visibility and the `<definedNames>` with their scope (`localSheetId`). ExcelJS drops names
// that are not valid ranges (#REF!, references into other files) and loses the sheet scope, so the
// reader parses this XML itself and the writer puts the model's names in exactly as given.
import { XMLBuilder, XMLParser } from "fast-xml-parser";
import type { SheetInfo } from "../core/snapshot";

import { type RawDefinedName, type WorkbookXml } from "./workbookTypes";

export { scopeOf, type RawDefinedName, type WorkbookXml } from "./workbookTypes";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (tagName) => tagName === "sheet" || tagName === "definedName",
});

type XmlNode = Record<string, unknown>;

function text(node: unknown): string {
  if (typeof node === "string") return node;
  if (node && typeof node === "object" && "#text" in node) return String((node as XmlNode)["#text"]);
  return "";
}

/** Parse workbook.xml into the sheet list (in workbook order) and the defined names (in file order). */
export function parseWorkbookXml(xml: string): WorkbookXml {
  const doc = parser.parse(xml) as XmlNode;
  const workbook = (doc.workbook ?? {}) as XmlNode;
  const sheetNodes = (((workbook.sheets ?? {}) as XmlNode).sheet ?? []) as XmlNode[];
  const sheets: SheetInfo[] = sheetNodes.map((s) => ({
    name: String(s.name ?? ""),
    visibility: s.state === "hidden" ? "hidden" : s.state === "veryHidden" ? "veryHidden" : "visible",
  }));
  // removeNSPrefix turns `r:id` into `id`.
  const sheetRelIds = sheetNodes.map((s) => String(s.id ?? ""));
  const nameNodes = (((workbook.definedNames ?? {}) as XmlNode).definedName ?? []) as unknown[];
  const definedNames: RawDefinedName[] = nameNodes.map((n) => {
    const attrs = (typeof n === "object" && n ? n : {}) as XmlNode;
    const local = attrs.localSheetId;
    return {
      name: String(attrs.name ?? ""),
      text: text(n).trim(),
      ...(local !== undefined && local !== "" ? { localSheetId: Number(local) } : {}),
      hidden: attrs.hidden === "1" || attrs.hidden === "true",
      ...(typeof attrs.comment === "string" ? { comment: attrs.comment } : {}),
    };
  });
  return { sheets, sheetRelIds, definedNames };
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", suppressEmptyNode: false });

/**
 * Replace the `<definedNames>` element of a workbook.xml written by ExcelJS with the given names,
 * kept in order, duplicates and broken references included. It belongs after `<sheets>` (and any
 * `<externalReferences>`) in the schema's element order.
 */
export function withDefinedNames(xml: string, names: RawDefinedName[]): string {
  const stripped = xml.replace(/<definedNames\s*\/>|<definedNames>[\s\S]*?<\/definedNames>/, "");
  if (names.length === 0) return stripped;
  const fragment = builder.build({
    definedNames: {
      definedName: names.map((n) => ({
        "@_name": n.name,
        ...(n.localSheetId !== undefined ? { "@_localSheetId": String(n.localSheetId) } : {}),
        ...(n.hidden ? { "@_hidden": "1" } : {}),
        ...(n.comment !== undefined ? { "@_comment": n.comment } : {}),
        "#text": n.text,
      })),
    },
  }) as string;
  const anchor = /<\/externalReferences>/.exec(stripped) ?? /<\/sheets>/.exec(stripped);
  if (!anchor) throw new Error("workbook.xml ohne <sheets>");
  const at = anchor.index + anchor[0].length;
  return stripped.slice(0, at) + fragment + stripped.slice(at);
}
