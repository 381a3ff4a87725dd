// Reads a Word document (.docx) into the neutral ProgrammeDocument (src/core/document/types.ts): body
// paragraphs and tables in order, then headers, footers and footnotes. Tracked deletions (w:del) are not
// text, tracked insertions (w:ins) are; content controls and hyperlinks are read through. Before anything is
// inflated, a file that is no .docx gets a one-line German reason: an old .doc or a password-protected
// document (both OLE containers), no zip at all, a damaged archive, a zip without word/document.xml.
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import type { DocBlock, DocPart, ProgrammeDocument } from "../core/document/types";

export class DocxReadError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "DocxReadError";
  }
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b];
const MAX_UNCOMPRESSED = 200 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Checks the container and returns the opened archive; every failure is a DocxReadError. */
export async function openDocx(data: Uint8Array, label: string): Promise<JSZip> {
  if (data.length === 0) throw new DocxReadError(`${label} ist leer.`);
  if (startsWith(data, OLE_SIGNATURE)) {
    const encrypted = Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(Buffer.from("EncryptedPackage", "utf16le"));
    throw new DocxReadError(
      encrypted
        ? `${label} ist mit einem Kennwort geschützt; bitte in Word ohne Kennwort speichern (Datei › Informationen › Dokument schützen).`
        : `${label} ist im alten Word-Format (.doc); bitte in Word als .docx speichern (Datei › Speichern unter › Word-Dokument).`,
    );
  }
  if (!startsWith(data, ZIP_SIGNATURE)) throw new DocxReadError(`${label} ist keine Word-Datei (.docx).`);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    // JSZip's reason is English and technical; the user needs to know the file is damaged, in German.
    throw new DocxReadError(`${label} ist beschädigt oder unvollständig (ZIP-Archiv nicht lesbar).`);
  }
  let declared = 0;
  zip.forEach((_path, entry) => {
    declared += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  });
  if (declared > MAX_UNCOMPRESSED) throw new DocxReadError(`${label} ist zu groß (entpackt über 200 MB).`);
  if (!zip.file("word/document.xml")) {
    const what = zip.file("xl/workbook.xml") ? "eine Excel-Mappe" : zip.file("ppt/presentation.xml") ? "eine PowerPoint-Datei" : "kein Word-Dokument";
    throw new DocxReadError(`${label} ist ${what}, keine Word-Datei (.docx).`);
  }
  return zip;
}

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
});

function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((k) => k !== ":@" && k !== "#text");
}

const childrenOf = (node: XmlNode, tag: string) => (node[tag] as XmlNode[] | undefined) ?? [];
const attr = (node: XmlNode, name: string) => (node[":@"] as Record<string, string> | undefined)?.[`@_${name}`];

/** The visible text of a paragraph: runs, insertions, hyperlinks, fields; no deletions. */
function paragraphText(nodes: XmlNode[]): string {
  let out = "";
  for (const node of nodes) {
    const tag = tagOf(node);
    if (!tag) continue;
    switch (tag) {
      case "w:t":
        out += childrenOf(node, tag)
          .map((n) => (typeof n["#text"] === "string" ? n["#text"] : ""))
          .join("");
        break;
      case "w:tab":
        out += "\t";
        break;
      case "w:br":
      case "w:cr":
        out += " ";
        break;
      case "w:noBreakHyphen":
        out += "-";
        break;
      case "w:del":
      case "w:delText":
      case "w:pPr":
      case "w:rPr":
      case "w:instrText":
      case "mc:Fallback":
        break; // deleted text, properties, field codes: not what the reader sees
      default:
        if (Array.isArray(node[tag])) out += paragraphText(node[tag] as XmlNode[]);
    }
  }
  return out;
}

function styleOf(p: XmlNode): string | undefined {
  const pPr = childrenOf(p, "w:p").find((n) => tagOf(n) === "w:pPr");
  const style = pPr && childrenOf(pPr, "w:pPr").find((n) => tagOf(n) === "w:pStyle");
  return style ? attr(style, "w:val") : undefined;
}

const HEADING_STYLE = /^(heading|berschrift|title|titel|toc|inhaltsverzeichnis|verzeichnis)/i;

interface Collector {
  blocks: DocBlock[];
  paragraphs: number;
  tables: number;
  lastText: string;
}

function cellText(tc: XmlNode[]): string {
  const parts: string[] = [];
  const walk = (nodes: XmlNode[]) => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === "w:p") parts.push(paragraphText(childrenOf(n, "w:p")).replace(/\s+/g, " ").trim());
      else if (tag === "w:tbl" || tag === "w:tr" || tag === "w:tc" || tag === "w:sdt" || tag === "w:sdtContent" || tag === "w:ins" || tag === "w:customXml")
        walk(childrenOf(n, tag));
    }
  };
  walk(tc);
  return parts.filter(Boolean).join(" ");
}

function readTable(tbl: XmlNode[]): string[][] {
  const rows: string[][] = [];
  const rowsOf = (nodes: XmlNode[]): XmlNode[] =>
    nodes.flatMap((n) => {
      const tag = tagOf(n);
      if (tag === "w:tr") return [n];
      if (tag === "w:sdt" || tag === "w:sdtContent" || tag === "w:ins" || tag === "w:customXml") return rowsOf(childrenOf(n, tag));
      return [];
    });
  for (const tr of rowsOf(tbl)) {
    const trChildren = childrenOf(tr, "w:tr");
    // A row deleted with tracked changes has w:del in its properties: not in the document any more.
    const trPr = trChildren.find((n) => tagOf(n) === "w:trPr");
    if (trPr && childrenOf(trPr, "w:trPr").some((n) => tagOf(n) === "w:del")) continue;
    const cellsOf = (nodes: XmlNode[]): XmlNode[] =>
      nodes.flatMap((n) => {
        const tag = tagOf(n);
        if (tag === "w:tc") return [n];
        if (tag === "w:sdt" || tag === "w:sdtContent" || tag === "w:customXml") return cellsOf(childrenOf(n, tag));
        return [];
      });
    rows.push(cellsOf(trChildren).map((tc) => cellText(childrenOf(tc, "w:tc"))));
  }
  return rows;
}

function collect(nodes: XmlNode[], part: DocPart, c: Collector): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (!tag) continue;
    if (tag === "w:p") {
      const text = paragraphText(childrenOf(node, "w:p")).replace(/[\t ]+/g, " ").trim();
      if (!text) continue;
      const style = styleOf(node);
      c.blocks.push({ kind: "paragraph", number: ++c.paragraphs, part, text, ...(style && HEADING_STYLE.test(style) ? { heading: true } : {}) });
      c.lastText = text;
    } else if (tag === "w:tbl") {
      c.blocks.push({ kind: "table", number: ++c.tables, part, rows: readTable(childrenOf(node, "w:tbl")), caption: c.lastText });
    } else if (tag === "w:del" || tag === "mc:Fallback") {
      continue;
    } else if (Array.isArray(node[tag])) {
      collect(node[tag] as XmlNode[], part, c); // body, sdt, sdtContent, ins, customXml, hdr, ftr, txbx…
    }
  }
}

async function partXml(zip: JSZip, path: string, label: string): Promise<XmlNode[]> {
  const text = await zip.file(path)?.async("string");
  if (text === undefined) return [];
  try {
    return parser.parse(text) as XmlNode[];
  } catch {
    throw new DocxReadError(`${label} ist beschädigt: ${path} ist kein gültiges XML.`);
  }
}

/** Read a .docx's text. `label` names the file in messages. */
export async function readDocx(data: Uint8Array, label: string): Promise<ProgrammeDocument> {
  const zip = await openDocx(data, label);
  const c: Collector = { blocks: [], paragraphs: 0, tables: 0, lastText: "" };
  let body: XmlNode[];
  try {
    body = await partXml(zip, "word/document.xml", label);
  } catch (e) {
    if (e instanceof DocxReadError) throw e;
    throw new DocxReadError(`${label} ist beschädigt (${e instanceof Error ? e.message : String(e)}).`);
  }
  if (!body.some((n) => tagOf(n) === "w:document")) throw new DocxReadError(`${label} ist beschädigt: word/document.xml enthält kein Word-Dokument.`);
  collect(body, "body", c);
  const byNumber = (a: string, b: string) => Number(/(\d+)\.xml$/.exec(a)?.[1] ?? 0) - Number(/(\d+)\.xml$/.exec(b)?.[1] ?? 0);
  const parts = (re: RegExp) => Object.keys(zip.files).filter((p) => re.test(p)).sort(byNumber);
  for (const path of parts(/^word\/header\d*\.xml$/)) collect(await partXml(zip, path, label), "header", c);
  for (const path of parts(/^word\/footer\d*\.xml$/)) collect(await partXml(zip, path, label), "footer", c);
  // Separator "footnotes" (w:type separator / continuationSeparator) hold no text and are skipped as empty.
  collect(await partXml(zip, "word/footnotes.xml", label), "footnote", c);
  return { blocks: c.blocks };
}
