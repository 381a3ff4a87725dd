// Just enough XML for the lean reader's parts (ECMA-376 SpreadsheetML as spreadsheet programs write it):
// entity decoding, a start tag's attributes, and ExcelJS's own second decoding and _xHHHH_ escapes where
// ExcelJS applies them, so values agree with the full reader (../readWorkbookExcelJs.ts). Anything the
// decoder does not know (a DTD entity, CDATA) is LeanUnsupported: the full reader takes the file.
import { LeanUnsupported } from "./zip";

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Text or attribute value with its entity and character references resolved (what a SAX parser gives). */
export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (_m, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!(code >= 0 && code <= 0x10ffff)) throw new LeanUnsupported(`character reference ${ref}`);
      return String.fromCodePoint(code);
    }
    const named = NAMED[ref];
    if (named === undefined) throw new LeanUnsupported(`entity &${ref};`);
    return named;
  });
}

/** ExcelJS decodes `t="str"` values once more (utils.xmlDecode): the five named entities, nothing else. */
export function exceljsXmlDecode(text: string): string {
  return text.replace(/&([a-z]*);/g, (c, name: string) => (name in NAMED ? NAMED[name] : c));
}

/** The `_xHHHH_` escapes of shared-string text (ECMA-376 §22.9.2.19 ST_Xstring), as ExcelJS resolves them. */
export function unescapeXstring(text: string): string {
  return text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

// The scanners below run a module-level /g expression with exec from lastIndex 0 instead of matchAll: matchAll
// copies the expression and makes an iterator on every call, and they are called for every tag of every file
// (a batch of 50 small workbooks spends more time there than in the matching). Nothing called inside a loop
// uses the same expression, so the shared lastIndex cannot be disturbed.

/** A start tag's attributes (the text between the element name and `>`), values decoded. */
export function attributes(tag: string): Map<string, string> {
  // Well-formed tags (name="value" pairs between blanks, the usual case) in one pass over the characters:
  // every name of every file's workbook.xml comes here, and the expression gave a match array per attribute.
  const plain = plainAttributes(tag);
  if (plain) return plain;
  const out = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(tag); m !== null; m = ATTRIBUTE.exec(tag)) out.set(m[1], decodeXml(m[2] ?? m[3] ?? ""));
  return out;
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
/** Ends an attribute name as in ATTRIBUTE's [^\s=/>]. */
const endsName = (c: number) => isBlank(c) || c === 61 || c === 47 || c === 62 || c === 12 || c === 11;

/**
 * What ATTRIBUTE finds, for a tag of only name="value" (or '…') pairs between blanks and slashes; undefined
 * for anything else, which then goes through the expression (it skips text that is no pair).
 */
function plainAttributes(tag: string): Map<string, string> | undefined {
  const out = new Map<string, string>();
  const n = tag.length;
  let i = 0;
  while (i < n) {
    const ch = tag.charCodeAt(i);
    if (isBlank(ch) || ch === 47) {
      i++;
      continue;
    }
    if (ch > 127 && /\s/.test(tag[i])) return undefined; // a blank beyond ASCII: leave it to the expression
    const nameStart = i;
    while (i < n && !endsName(tag.charCodeAt(i)) && !(tag.charCodeAt(i) > 127 && /\s/.test(tag[i]))) i++;
    if (i === nameStart) return undefined;
    const name = tag.slice(nameStart, i);
    while (i < n && isBlank(tag.charCodeAt(i))) i++;
    if (tag.charCodeAt(i) !== 61) return undefined;
    i++;
    while (i < n && isBlank(tag.charCodeAt(i))) i++;
    const quote = tag.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return undefined;
    const close = tag.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (close < 0) return undefined;
    out.set(name, decodeXml(tag.slice(i + 1, close)));
    i = close + 1;
  }
  return out;
}

const T_ELEMENT = /<t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/t>)/g;

/** The text of every `<t>` element in `xml`, in order (empty `<t/>` gives ""). */
export function tTexts(xml: string): string[] {
  const out: string[] = [];
  T_ELEMENT.lastIndex = 0;
  for (let m = T_ELEMENT.exec(xml); m !== null; m = T_ELEMENT.exec(xml)) out.push(decodeXml(m[1] ?? ""));
  return out;
}

/** A part the lean reader can take apart with regular expressions: no CDATA, no comments, no processing inside. */
export function assertPlain(xml: string, what: string): void {
  // All three start with "<!": one scan for the usual part (every kept row and shared string comes here).
  if (!xml.includes("<!")) return;
  if (xml.includes("<![CDATA[") || xml.includes("<!--") || xml.includes("<!DOCTYPE")) throw new LeanUnsupported(`${what}: CDATA, comment or DTD`);
}
