// Reads a worksheet part's XML chunk by chunk and keeps only the `<row>` elements a caller wants, so a
// sheet with a million used cells never has to be whole in memory, neither as text nor as ExcelJS cells.
// The scanner knows just enough of the part's layout (SpreadsheetML, ECMA-376 §18.3.1.99 worksheet):
// everything before `<sheetData>`, then `<row>` elements, then `</sheetData>` and the rest. A part it
// does not recognise (e.g. elements with a namespace prefix, comments between rows) is reported as such,
// and the caller then leaves the part as it is.

/** The part did not have the layout the scanner expects; nothing is decided from it. */
export class UnrecognisedSheetXml extends Error {
  constructor(what: string) {
    super(`Tabellenblatt-XML nicht erkannt: ${what}`);
    this.name = "UnrecognisedSheetXml";
  }
}

export interface ScannedSheet {
  /** Everything up to and including the `<sheetData>` start tag. */
  head: string;
  /** The kept `<row>` elements in file order, each with its `r` attribute. */
  rows: string[];
  /** Their row numbers (1-based), in the same order. */
  rowNumbers: number[];
  /** Everything after `</sheetData>`. */
  tail: string;
}

/** Whether a row (1-based number, its whole XML) is kept. */
export type KeepRow = (row: number, xml: string) => boolean;

const SHEET_DATA = /<sheetData\b/;

/** Scan a worksheet part given as byte chunks (UTF-8), keeping the rows `keep` accepts. */
export async function scanRows(chunks: AsyncIterable<Uint8Array>, keep: KeepRow): Promise<ScannedSheet> {
  const decoder = new TextDecoder("utf-8");
  let buf = "";
  let state = "head" as "head" | "rows" | "tail";
  let head = "";
  let tail = "";
  const rows: string[] = [];
  const rowNumbers: number[] = [];
  let lastRow = 0;

  /** Take what `buf` holds completely; leave an incomplete element for the next chunk. */
  const consume = (final: boolean) => {
    if (state === "head") {
      const m = SHEET_DATA.exec(buf);
      if (!m) return;
      const close = buf.indexOf(">", m.index);
      if (close < 0) return;
      const selfClosing = buf[close - 1] === "/";
      // An empty `<sheetData/>` becomes an open/close pair, so every result has the same shape.
      head = buf.slice(0, m.index) + (selfClosing ? "<sheetData>" : buf.slice(m.index, close + 1));
      buf = buf.slice(close + 1);
      state = selfClosing ? "tail" : "rows";
    }
    if (state === "rows") {
      let pos = 0;
      for (;;) {
        while (pos < buf.length && /\s/.test(buf[pos])) pos++;
        if (buf.startsWith("<row", pos) && pos + 4 < buf.length && /[\s>/]/.test(buf[pos + 4])) {
          const tagEnd = buf.indexOf(">", pos);
          if (tagEnd < 0) break;
          let end: number;
          if (buf[tagEnd - 1] === "/") end = tagEnd + 1;
          else {
            const closeAt = buf.indexOf("</row>", tagEnd);
            if (closeAt < 0) break;
            end = closeAt + "</row>".length;
          }
          let xml = buf.slice(pos, end);
          const r = /\sr=["'](\d+)["']/.exec(xml.slice(0, tagEnd - pos));
          // Rows may omit `r` (they then follow each other); a kept row must say its number, as rows between are dropped.
          const row = r ? Number(r[1]) : lastRow + 1;
          if (!r) xml = `<row r="${row}"${xml.slice(4)}`;
          if (keep(row, xml)) {
            rows.push(xml);
            rowNumbers.push(row);
          }
          lastRow = row;
          pos = end;
          continue;
        }
        if (buf.startsWith("</sheetData>", pos)) {
          tail = buf.slice(pos + "</sheetData>".length);
          buf = "";
          state = "tail";
          return;
        }
        // Not enough text yet to tell what comes next; anything else is a layout the scanner does not know.
        if (!final && buf.length - pos < "</sheetData>".length) break;
        if (pos < buf.length || final) throw new UnrecognisedSheetXml(JSON.stringify(buf.slice(pos, pos + 40)));
        break;
      }
      buf = buf.slice(pos);
      return;
    }
    if (state === "tail") {
      tail += buf;
      buf = "";
    }
  };

  for await (const chunk of chunks) {
    buf += decoder.decode(chunk, { stream: true });
    consume(false);
  }
  buf += decoder.decode();
  consume(true);
  if (state !== "tail") throw new UnrecognisedSheetXml(state === "head" ? "kein <sheetData>" : "kein </sheetData>");
  return { head, rows, rowNumbers, tail };
}
