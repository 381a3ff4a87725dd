// Reads a part of an .xlsx chunk by chunk and keeps only the child elements a caller wants, so a sheet with
// a million used cells (or a million shared strings) never has to be whole in memory, neither as text nor
// as ExcelJS objects. The scanner knows just enough of SpreadsheetML (ECMA-376 Part 1, §18.3.1.99
// worksheet, §18.4.9 sst): everything up to a container's start tag (`<sheetData>`, `<sst>`), then a run
// of one kind of element (`<row>`, `<si>`), then the container's end tag and the rest. A part it does not
// recognise (elements with a namespace prefix, comments between rows, a cut-off part) is reported as
// such, and the caller then leaves the part as it is.

import { cellA1, columnIndex } from "../core/address";

/** The part did not have the layout the scanner expects; nothing is decided from it. */
export class UnrecognisedSheetXml extends Error {
  constructor(what: string) {
    super(`Tabellenblatt-XML nicht erkannt: ${what}`);
    this.name = "UnrecognisedSheetXml";
  }
}

export interface ScannedPart {
  /** Everything up to and including the container's start tag. */
  head: string;
  /** What `take` returned for each element, in file order. */
  kept: string[];
  /** Everything after the container's end tag. */
  tail: string;
}

/**
 * Scan a part given as byte chunks (UTF-8) or as its whole text. `take` sees each `element` inside `container` (its whole
 * XML) and returns what to keep in its place, or undefined to drop it.
 */
export async function scanElements(
  chunks: AsyncIterable<Uint8Array> | string,
  container: string,
  element: string,
  take: (xml: string) => string | undefined,
): Promise<ScannedPart> {
  const open = new RegExp(`<${container}\\b`);
  const [startTag, endTag, closeTag] = [`<${element}`, `</${element}>`, `</${container}>`];
  let buf = "";
  let state = "head" as "head" | "elements" | "tail";
  let head = "";
  let tail = "";
  const kept: string[] = [];

  /** Take what `buf` holds completely; leave an incomplete element for the next chunk. */
  const consume = (final: boolean) => {
    if (state === "head") {
      const m = open.exec(buf);
      if (!m) return;
      const close = buf.indexOf(">", m.index);
      if (close < 0) return;
      const selfClosing = buf[close - 1] === "/";
      // An empty container (`<sheetData/>`) becomes an open/close pair, so every result has the same shape.
      head = selfClosing ? `${buf.slice(0, close - 1)}>` : buf.slice(0, close + 1);
      buf = buf.slice(close + 1);
      state = selfClosing ? "tail" : "elements";
    }
    if (state === "elements") {
      let pos = 0;
      for (;;) {
        while (pos < buf.length && /\s/.test(buf[pos])) pos++;
        const after = pos + startTag.length;
        if (buf.startsWith(startTag, pos) && after < buf.length && /[\s>/]/.test(buf[after])) {
          const tagEnd = buf.indexOf(">", pos);
          if (tagEnd < 0) break;
          let end: number;
          if (buf[tagEnd - 1] === "/") end = tagEnd + 1;
          else {
            const closeAt = buf.indexOf(endTag, tagEnd);
            if (closeAt < 0) break;
            end = closeAt + endTag.length;
          }
          const result = take(buf.slice(pos, end));
          if (result !== undefined) kept.push(result);
          pos = end;
          continue;
        }
        if (buf.startsWith(closeTag, pos)) {
          tail = buf.slice(pos + closeTag.length);
          buf = "";
          state = "tail";
          return;
        }
        // Not enough text yet to tell what comes next; anything else is a layout the scanner does not know.
        if (!final && buf.length - pos < Math.max(closeTag.length, startTag.length + 1)) break;
        throw new UnrecognisedSheetXml(JSON.stringify(buf.slice(pos, pos + 40)));
      }
      buf = buf.slice(pos);
      return;
    }
    tail += buf;
    buf = "";
  };

  if (typeof chunks === "string") {
    // A part decoded whole (a small one): one pass, as over its last chunk.
    buf = chunks;
  } else {
    const decoder = new TextDecoder("utf-8");
    for await (const chunk of chunks) {
      buf += decoder.decode(chunk, { stream: true });
      consume(false);
    }
    buf += decoder.decode();
  }
  consume(true);
  if (state !== "tail") throw new UnrecognisedSheetXml(state === "head" ? `kein <${container}>` : `kein ${closeTag}`);
  return { head, kept, tail };
}

export interface ScannedSheet {
  /** Everything up to and including the `<sheetData>` start tag. */
  head: string;
  /** The kept `<row>` elements in file order, each (and each of its cells) with its `r` attribute. */
  rows: string[];
  /** Their row numbers (1-based), in the same order. */
  rowNumbers: number[];
  /** Everything after `</sheetData>`. */
  tail: string;
}

/** Whether a row (1-based number, its whole XML) is kept. */
export type KeepRow = (row: number, xml: string) => boolean;

/** Scan a worksheet part, keeping the rows `keep` accepts. */
export async function scanRows(chunks: AsyncIterable<Uint8Array> | string, keep: KeepRow): Promise<ScannedSheet> {
  const rowNumbers: number[] = [];
  let lastRow = 0;
  const { head, kept, tail } = await scanElements(chunks, "sheetData", "row", (xml) => {
    const tagEnd = xml.indexOf(">");
    const r = /\sr=["'](\d+)["']/.exec(xml.slice(0, tagEnd));
    // Rows may omit `r` (they then follow each other); a kept row must say its number, as rows between are dropped.
    const row = r ? Number(r[1]) : lastRow + 1;
    lastRow = row;
    if (!keep(row, xml)) return undefined;
    rowNumbers.push(row);
    return numberCells(r ? xml : `<row r="${row}"${xml.slice(4)}`, row);
  });
  return { head, rows: kept, rowNumbers, tail };
}

// A cell's start tag: `<c` followed by attributes, then `>` or `/>` (not `<col…>`; rich-text runs are `<r>`).
const CELL_START = /<c(?=[\s>/])([^>]*?)(\/?)>/g;
const CELL_REF = /\sr=["']([A-Za-z]{1,3})\d+["']/;

/**
 * Give every cell of a kept row its `r`: it is optional in the file format (ECMA-376 §18.3.1.4; a cell
 * without it is the one after the previous cell), but ExcelJS needs it to place the cell.
 */
function numberCells(rowXml: string, row: number): string {
  if (!/<c(?=[\s>/])(?![^>]*\sr=)/.test(rowXml)) return rowXml;
  let col = -1;
  return rowXml.replace(CELL_START, (tag: string, attrs: string, slash: string) => {
    const ref = CELL_REF.exec(attrs);
    if (ref) {
      col = columnIndex(ref[1].toUpperCase());
      return tag;
    }
    col++;
    return `<c r="${cellA1({ row: row - 1, col })}"${attrs}${slash}>`;
  });
}
