// A1-address arithmetic shared by the rules (locating a cell inside a named range) and the hosts.

export interface CellRef {
  row: number; // 0-based
  col: number; // 0-based
}

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnIndex(letters: string): number {
  const upper = letters.toUpperCase();
  let n = 0;
  // By code unit rather than for-of (no string per letter; called for every cell a reader places). A
  // surrogate pair counts once, by its first unit, as for-of's character did.
  for (let i = 0; i < upper.length; i++) {
    const code = upper.charCodeAt(i);
    n = n * 26 + (code - 64);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < upper.length) {
      const next = upper.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return n - 1;
}

/** "B7" / "$B$7" → {row: 6, col: 1}. */
export function parseCell(a1: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`Keine Zelladresse: ${a1}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export function cellA1(ref: CellRef): string {
  return `${columnLetters(ref.col)}${ref.row + 1}`;
}

/** Quote a sheet name the way Excel does in references ('Meine Tabelle'!A1), doubling inner quotes. */
export function quoteSheet(sheet: string): string {
  let quoted = quotedSheets.get(sheet);
  if (quoted === undefined) {
    quoted = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
    if (quotedSheets.size >= 1000) quotedSheets.clear();
    quotedSheets.set(sheet, quoted);
  }
  return quoted;
}

// A workbook has a handful of sheets, quoted for every name and cell address: each name is looked at once.
const quotedSheets = new Map<string, string>();

/** Split "Sheet!A1:B2" or "'My Sheet'!A1" into sheet and range part. */
export function splitAddress(address: string): { sheet: string; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", range: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1) };
}

/**
 * Top-left and bottom-right of "A1" or "A1:C3" (with or without $). Excel accepts a range written from
 * any corner ("E16:A3" is A3:E16), so the corners are put in order.
 */
export function parseRange(range: string): { start: CellRef; end: CellRef } {
  const [a, b] = range.split(":");
  const first = parseCell(a);
  const second = b ? parseCell(b) : first;
  return {
    start: { row: Math.min(first.row, second.row), col: Math.min(first.col, second.col) },
    end: { row: Math.max(first.row, second.row), col: Math.max(first.col, second.col) },
  };
}

/** Address of the cell at (row, col) inside a resolved range address, e.g. ("Förderung!A3:E16", 2, 3) → "Förderung!D5". */
export function cellInRange(address: string, row: number, col: number): string {
  const o = originOf(address);
  return o.prefix + cellA1({ row: o.row + row, col: o.col + col });
}

// The view and the rules ask for cells of the same few ranges again and again (every cell of every table):
// each range address is taken apart once. Bounded, since the addresses come from the files.
const origins = new Map<string, { prefix: string; row: number; col: number }>();
const MAX_ORIGINS = 5000;

/** The quoted sheet with its "!" ("" without a sheet) and the top-left cell of a range address. */
function originOf(address: string): { prefix: string; row: number; col: number } {
  let o = origins.get(address);
  if (!o) {
    const { sheet, range } = splitAddress(address);
    const { start } = parseRange(range);
    o = { prefix: sheet ? `${quoteSheet(sheet)}!` : "", row: start.row, col: start.col };
    if (origins.size >= MAX_ORIGINS) origins.clear();
    origins.set(address, o);
  }
  return o;
}

export function rangeA1(start: CellRef, end: CellRef): string {
  const a = cellA1(start);
  const b = cellA1(end);
  return a === b ? a : `${a}:${b}`;
}
