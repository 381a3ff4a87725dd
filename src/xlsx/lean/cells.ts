// The cells of the rows the lean reader keeps, as ExcelJS 4 models them after loading (so both readers
// agree to the value): its cell types and their order of decisions (xlsx/xform/sheet/cell-xform.js
// parseClose + reconcile), dates for numbers under a format ExcelJS takes for a date (utils.isDateFmt,
// utils.excelToDate), shared formulas translated from their master (utils/shared-formula.js), external
// hyperlinks turning a cell into its text, and merged areas whose other cells show the top-left cell.
import { cellA1, columnIndex } from "../../core/address";
import { LeanUnsupported } from "./zip";
import { attributes, decodeXml, exceljsXmlDecode, tTexts, unescapeXstring } from "./xml";

/** A value as ExcelJS holds it: primitives, {error}, rich-text runs' texts, or a Date (ms since 1970, NaN when invalid). */
export type RawValue = number | string | boolean | { error: string } | { richText: string[] } | { date: number } | null | undefined;

export interface LeanCell {
  kind: "value" | "formula" | "merge";
  /** Value (kind value) or cached result (kind formula). */
  value: RawValue;
  /** The formula text without "=", for a formula (translated for a shared formula's other cells). */
  formula?: string;
  numFmt?: string;
  /** For kind merge: the top-left cell of the merged area (1-based). */
  master?: { row: number; col: number };
  /** ExcelJS's type "Null": a cell with a style but no value (or a merged area's master made up for it). */
  empty?: boolean;
}

export interface Styles {
  /** Number format of a cell's style index `s`, undefined where ExcelJS gives none. */
  numFmt(styleId: number | undefined): string | undefined;
}

/** ExcelJS's date test for a number format (utils.isDateFmt): looser than ../../core/excelDate.ts on purpose. */
export function exceljsIsDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/** ExcelJS's utils.excelToDate, kept as ms so the caller turns it into a serial exactly as the full reader. */
function excelToDate(v: unknown, date1904: boolean): { date: number } {
  const ms = Math.round((Number(v) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  return { date: new Date(ms).getTime() };
}

const SLIDE_CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

function columnLetters(n: number): string {
  // 1-based, as ExcelJS's colCache.n2l
  if (n < 1 || n > 16384) throw new LeanUnsupported(`column ${n} out of bounds`);
  return cellA1({ row: 0, col: n - 1 }).replace(/\d+$/, "");
}

/** ExcelJS's slideFormula: the master's formula moved from its cell to another (relative parts only). */
export function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }): string {
  return formula.replace(SLIDE_CANDIDATE, (refMatch: string, sheet: string | undefined, _s, addrPart: string, paren: string | undefined) => {
    if (paren) return refMatch;
    const m = CELL_REF.exec(addrPart);
    if (!m) return refMatch;
    const [, colDollar, colStrRaw, rowDollar, rowStr] = m;
    const colStr = colStrRaw.toUpperCase();
    if (colStr.length > 3 || (colStr.length === 3 && colStr > "XFD")) return refMatch;
    let col = columnIndex(colStr) + 1;
    let row = parseInt(rowStr, 10);
    if (!colDollar) col += to.col - from.col;
    if (!rowDollar) row += to.row - from.row;
    return (sheet || "") + (colDollar || "") + columnLetters(col) + (rowDollar || "") + row;
  });
}

export interface ParsedCell {
  row: number;
  col: number;
  styleId?: number;
  t?: string;
  formula?: string;
  shareType?: string;
  si?: string;
  ref?: string;
  /** Concatenated text of `<v>` and `<t>` (not in runs), undefined when there was none. */
  text?: string;
  runs?: string[];
}

const CELL = /<c(?=[\s>/])([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const FORMULA = /<f(?=[\s>/])([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;
const V = /<v(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/v>)/g;

/**
 * A cell's row, column, style and type from its start tag without entities (attrsXml has no "&"), in one pass
 * over its characters: three expressions per cell, each with its match array and substrings, were the
 * reader's largest allocation. The first occurrence of each name counts, as in attributes(). Undefined when
 * the tag is not plain (an unquoted value): the caller then takes the general path.
 */
function simpleCell(attrsXml: string): ParsedCell | undefined {
  const cell: ParsedCell = { row: 0, col: 0, styleId: undefined, t: undefined };
  let seenR = false;
  let seenS = false;
  let seenT = false;
  const n = attrsXml.length;
  let i = 0;
  while (i < n) {
    const ch = attrsXml.charCodeAt(i);
    if (isSpace(ch) || ch === 47) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < n && !isNameEnd(attrsXml.charCodeAt(i))) i++;
    const nameEnd = i;
    while (i < n && isSpace(attrsXml.charCodeAt(i))) i++;
    if (attrsXml.charCodeAt(i) !== 61 /* = */) continue; // a flag without value: no attribute of ours
    i++;
    while (i < n && isSpace(attrsXml.charCodeAt(i))) i++;
    const quote = attrsXml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return undefined;
    const from = i + 1;
    const close = attrsXml.indexOf(quote === 34 ? '"' : "'", from);
    if (close < 0) return undefined;
    i = close + 1;
    if (nameEnd - nameStart !== 1) continue;
    const c = attrsXml.charCodeAt(nameStart);
    if (c === 114 /* r */ && !seenR) {
      seenR = true;
      if (!placeCell(cell, attrsXml, from, close)) throw new LeanUnsupported(`cell reference in ${attrsXml}`);
    } else if (c === 115 /* s */ && !seenS) {
      seenS = true;
      if (close > from) cell.styleId = parseInt(attrsXml.slice(from, close), 10);
    } else if (c === 116 /* t */ && !seenT) {
      seenT = true;
      cell.t = attrsXml.slice(from, close);
    }
  }
  if (!seenR) throw new LeanUnsupported(`cell reference in ${attrsXml}`);
  return cell;
}

/** Row and column of an `r` value ([A-Za-z]{1,3} then digits, the whole value), 1-based; false otherwise. */
function placeCell(cell: ParsedCell, text: string, from: number, to: number): boolean {
  let i = from;
  let col = 0;
  while (i < to && i - from < 4) {
    const c = text.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    i++;
  }
  const letters = i - from;
  if (letters < 1 || letters > 3 || i === to) return false;
  let row = 0;
  for (; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    row = row * 10 + d;
  }
  cell.row = row;
  cell.col = col;
  return true;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const isNameEnd = (c: number) => isSpace(c) || c === 61 || c === 47 || c === 62;

function generalCell(attrsXml: string): ParsedCell {
  const attrs = attributes(attrsXml);
  const ref = /^([A-Za-z]{1,3})(\d+)$/.exec(attrs.get("r") ?? "");
  if (!ref) throw new LeanUnsupported(`cell reference in ${attrsXml}`);
  const cell: ParsedCell = { row: Number(ref[2]), col: columnIndex(ref[1]) + 1, styleId: undefined, t: undefined };
  const s = attrs.get("s");
  if (s) cell.styleId = parseInt(s, 10);
  cell.t = attrs.get("t");
  return cell;
}

function parseCell(attrsXml: string, inner: string | undefined): ParsedCell {
  // A cell's attributes are r, s, t and a few flags without entities; anything unusual goes to attributes().
  const cell = (!attrsXml.includes("&") && simpleCell(attrsXml)) || generalCell(attrsXml);
  if (!inner) return cell;
  // Most cells are just a value: <v>…</v>.
  if (inner.startsWith("<v>") && inner.indexOf("<", 3) === inner.length - 4 && inner.endsWith("</v>")) {
    if (inner.length > 7) cell.text = decodeXml(inner.slice(3, -4));
    return cell;
  }
  const f = FORMULA.exec(inner);
  let rest = inner;
  if (f) {
    const fa = attributes(f[1]);
    cell.si = fa.get("si");
    cell.shareType = fa.get("t");
    cell.ref = fa.get("ref");
    const text = decodeXml(f[2] ?? "");
    if (text) cell.formula = text;
    rest = inner.slice(0, f.index) + inner.slice(f.index + f[0].length);
  }
  const texts: string[] = [];
  V.lastIndex = 0;
  for (let m = V.exec(rest); m !== null; m = V.exec(rest)) if (m[1]) texts.push(decodeXml(m[1]));
  const is = /<is>([\s\S]*?)<\/is>/.exec(rest);
  if (is) {
    if (/<rPh\b/.test(is[1])) throw new LeanUnsupported("phonetic run in an inline string");
    const runs = [...is[1].matchAll(/<r>([\s\S]*?)<\/r>/g)];
    if (runs.length) {
      // ExcelJS: a rich-text run's text is the text of its <t>, with _xHHHH_ resolved (plain <t> keeps them).
      cell.runs = runs.map((run) => unescapeXstring(tTexts(run[1]).join("")));
      if (tTexts(is[1].replace(/<r>[\s\S]*?<\/r>/g, "")).length) throw new LeanUnsupported("inline string with runs and plain text");
    } else {
      for (const t of tTexts(is[1])) if (t) texts.push(t);
    }
  } else if (/<t[\s>/]/.test(rest)) {
    throw new LeanUnsupported("text element outside <is>");
  }
  if (texts.length) cell.text = texts.join("");
  return cell;
}

/** Every cell of the kept rows (`<row>` XML, every cell with its `r`), in file order. */
export function parseRows(rows: readonly string[]): ParsedCell[] {
  const out: ParsedCell[] = [];
  for (const rowXml of rows) {
    // exec from lastIndex 0 rather than matchAll (no copy of the expression per row); parseCell does not use CELL.
    CELL.lastIndex = 0;
    for (let m = CELL.exec(rowXml); m !== null; m = CELL.exec(rowXml)) out.push(parseCell(m[1], m[2]));
  }
  return out;
}

/**
 * Add the shared-string indexes that {@link SheetStore.loadParsed} will look up for these cells (value cells
 * of type "s") to `into`: taken from the parsed cells, so the rows are not scanned a second time for them.
 */
export function sharedStringIndexes(cells: readonly ParsedCell[], into: Set<number>): void {
  for (const p of cells) {
    if (p.t !== "s" || p.formula || p.shareType || p.text === undefined || p.runs) continue;
    const index = parseInt(p.text, 10);
    if (index >= 0) into.add(index);
  }
}

/** The cells of one worksheet that the lean reader keeps (1-based rows and columns). */
export class SheetStore {
  // Row → column → cell: small integers as keys (row × columns would leave the fast integer range).
  private readonly rows = new Map<number, Map<number, LeanCell>>();

  find(row: number, col: number): LeanCell | undefined {
    return this.rows.get(row)?.get(col);
  }

  /** The cells of one row by column (undefined for a row without cells): for reading a range row by row. */
  row(row: number): ReadonlyMap<number, LeanCell> | undefined {
    return this.rows.get(row);
  }

  /** Every cell, by row then column (1-based), as ExcelJS's eachRow / eachCell visit them. */
  *each(): Generator<{ row: number; col: number; cell: LeanCell }> {
    for (const row of [...this.rows.keys()].sort((a, b) => a - b)) {
      const cells = this.rows.get(row)!;
      for (const col of [...cells.keys()].sort((a, b) => a - b)) yield { row, col, cell: cells.get(col)! };
    }
  }

  private has(row: number, col: number): boolean {
    return this.rows.get(row)?.has(col) ?? false;
  }

  private set(row: number, col: number, cell: LeanCell): void {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = new Map()));
    cells.set(col, cell);
  }

  /**
   * Load the kept rows (`<row>` XML, every cell with its `r`) as ExcelJS would; `strings` gives a shared
   * string by index (undefined when the table has none), `hyperlinks` the cell addresses with an external link.
   */
  static load(
    rows: string[],
    merges: Array<{ start: { row: number; col: number }; end: { row: number; col: number } }>,
    hyperlinks: Set<string>,
    styles: Styles,
    strings: (index: number) => string | { richText: string[] } | undefined,
    date1904: boolean,
  ): SheetStore {
    return SheetStore.loadParsed(parseRows(rows), merges, hyperlinks, styles, strings, date1904);
  }

  /** {@link load} from the cells {@link parseRows} gave (the lean reader parses them once, before the shared strings). */
  static loadParsed(
    parsed: readonly ParsedCell[],
    merges: Array<{ start: { row: number; col: number }; end: { row: number; col: number } }>,
    hyperlinks: Set<string>,
    styles: Styles,
    strings: (index: number) => string | { richText: string[] } | undefined,
    date1904: boolean,
  ): SheetStore {
    const store = new SheetStore();
    const masters = new Map<string, { row: number; col: number; formula?: string }>();
    const formats = new Map<number, { numFmt: string | undefined; isDate: boolean }>();
    const formatOf = (styleId: number | undefined) => {
      if (!styleId) return { numFmt: undefined, isDate: false };
      let f = formats.get(styleId);
      if (!f) {
        const numFmt = styles.numFmt(styleId);
        formats.set(styleId, (f = { numFmt, isDate: exceljsIsDateFmt(numFmt) }));
      }
      return f;
    };
    for (const p of parsed) {
      const { numFmt, isDate } = formatOf(p.styleId);
      let cell: LeanCell;
      if (p.formula || p.shareType) {
        let result: RawValue;
        if (p.runs) throw new LeanUnsupported("formula with rich text");
        if (p.text) {
          result =
            p.t === "str" ? exceljsXmlDecode(p.text) :
            p.t === "b" ? parseInt(p.text, 10) !== 0 :
            p.t === "e" ? { error: p.text } :
            parseFloat(p.text);
        }
        if (result !== undefined && isDate) result = excelToDate(result, date1904);
        cell = { kind: "formula", value: result, numFmt };
        if (p.formula) cell.formula = p.formula;
        if (p.shareType === "shared") {
          if (p.ref) masters.set(p.si ?? "undefined", { row: p.row, col: p.col, formula: p.formula });
          else if (!p.formula) {
            const master = masters.get(p.si ?? "undefined");
            // ExcelJS translates from the master cell's formula; without a master it has none.
            if (master?.formula) cell.formula = slideFormula(master.formula, master, p);
          }
        }
      } else if (p.text !== undefined || p.runs) {
        let value: RawValue;
        switch (p.t) {
          case "s": {
            if (p.runs) throw new LeanUnsupported("shared-string cell with runs");
            const s = strings(parseInt(p.text ?? "", 10));
            if (s === undefined) throw new LeanUnsupported("shared string missing");
            value = s;
            break;
          }
          case "str":
            value = exceljsXmlDecode(p.text ?? "");
            break;
          case "inlineStr":
            value = p.runs ? { richText: p.runs } : p.text;
            break;
          case "b":
            value = parseInt(p.text ?? "", 10) !== 0;
            break;
          case "e":
            value = { error: p.text ?? "" };
            break;
          default:
            if (p.runs) throw new LeanUnsupported("number cell with runs");
            value = parseFloat(p.text ?? "");
            if (isDate) value = excelToDate(value, date1904);
        }
        cell = { kind: "value", value, numFmt };
      } else if (p.styleId) {
        cell = { kind: "value", value: null, numFmt, empty: true };
      } else {
        continue; // ExcelJS types such a cell "Merge" and never adds it to the row
      }
      if (hyperlinks.size > 0 && hyperlinks.has(cellA1({ row: p.row - 1, col: p.col - 1 }))) cell = { kind: "value", value: cell.value, numFmt };
      store.set(p.row, p.col, cell);
    }
    // Merged areas after the cells, as ExcelJS does (worksheet._mergeCellsInternal): every other cell shows the master.
    const merged = new Set<string>();
    for (const { start, end } of merges) {
      const master = { row: start.row, col: start.col };
      if (!store.has(master.row, master.col)) store.set(master.row, master.col, { kind: "value", value: null, empty: true });
      for (let r = start.row; r <= end.row; r++) {
        for (let c = start.col; c <= end.col; c++) {
          const key = `${r},${c}`;
          if (merged.has(key)) throw new LeanUnsupported("overlapping merged areas");
          merged.add(key);
          if (r !== master.row || c !== master.col) store.set(r, c, { kind: "merge", value: null, master });
        }
      }
    }
    return store;
  }
}
