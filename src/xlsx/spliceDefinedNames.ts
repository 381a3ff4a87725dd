// Adds defined names to the text of xl/workbook.xml without touching anything else: the existing
// `<definedName>` elements stay byte for byte (all attributes), new ones are appended inside
// `<definedNames>`, which is created in its schema position when missing. CT_Workbook (ECMA-376 Part 1,
// §18.2.27) orders its children fileVersion, fileSharing, workbookPr, workbookProtection, bookViews,
// sheets, functionGroups, externalReferences, definedNames, calcPr, oleSize, customWorkbookViews,
// pivotCaches, smartTagPr, smartTagTypes, webPublishing, fileRecoveryPr, webPublishObjects, extLst; so a
// new `<definedNames>` goes right before the first of calcPr … extLst, or before `</workbook>`.

export interface NewDefinedName {
  name: string;
  /** Reference without "=", e.g. "'Budget 2024'!$B$3". */
  text: string;
  comment?: string;
}

const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function unescapeAttr(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/**
 * Splice names into workbook.xml text. `replace` lists workbook-scoped names whose existing definition is
 * removed first (a user's mapping file may redefine a contract name); all other elements stay verbatim.
 */
export function spliceDefinedNames(xml: string, names: NewDefinedName[], replace: readonly string[] = []): string {
  const root = /<([A-Za-z_][\w.-]*:)?workbook[\s>]/.exec(xml);
  if (!root) throw new Error("workbook.xml ohne <workbook>");
  const p = root[1] ?? "";
  let out = xml;

  if (replace.length) {
    const wanted = new Set(replace.map((n) => n.toUpperCase()));
    const element = new RegExp(`<${escapeRegExp(p)}definedName\\b([^>]*?)(?:/>|>[\\s\\S]*?</${escapeRegExp(p)}definedName>)`, "g");
    out = out.replace(element, (whole: string, attrs: string) => {
      const name = /\bname\s*=\s*("([^"]*)"|'([^']*)')/.exec(attrs);
      const value = name ? unescapeAttr(name[2] ?? name[3] ?? "") : "";
      const sheetScoped = /\blocalSheetId\s*=/.test(attrs);
      return !sheetScoped && wanted.has(value.toUpperCase()) ? "" : whole;
    });
  }
  if (names.length === 0) return out;

  const fragment = names
    .map((n) => `<${p}definedName name="${escapeAttr(n.name)}"${n.comment !== undefined ? ` comment="${escapeAttr(n.comment)}"` : ""}>${escapeText(n.text)}</${p}definedName>`)
    .join("");
  const close = new RegExp(`</${escapeRegExp(p)}definedNames\\s*>`).exec(out);
  if (close) return out.slice(0, close.index) + fragment + out.slice(close.index);
  const empty = new RegExp(`<${escapeRegExp(p)}definedNames\\s*/>`).exec(out);
  if (empty) return `${out.slice(0, empty.index)}<${p}definedNames>${fragment}</${p}definedNames>${out.slice(empty.index + empty[0].length)}`;

  const block = `<${p}definedNames>${fragment}</${p}definedNames>`;
  let at = -1;
  for (const tag of AFTER_DEFINED_NAMES) {
    const m = new RegExp(`<${escapeRegExp(p)}${tag}[\\s/>]`).exec(out);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) {
    const end = new RegExp(`</${escapeRegExp(p)}workbook\\s*>`).exec(out);
    if (!end) throw new Error("workbook.xml ohne </workbook>");
    at = end.index;
  }
  return out.slice(0, at) + block + out.slice(at);
}
