// Metamorphic transformations of a measured layout: changes a reader would not notice (an empty column or
// rows inserted, every year one later, the sheets in another order). Each gives the transformed layout and a
// map of refs, so the expected cells (and the baseline's wrong proposals) are moved the same way.
import { cellA1, columnIndex, columnLetters, parseCell, quoteSheet, splitAddress } from "../../src/core/address";
import { dateToSerial, isDateFormat, serialToDate } from "../../src/core/excelDate";
import { spec, usedCells, type Layout, type LayoutCell, type LayoutSheet } from "../../src/demo/layouts";
import type { MeasuredLayout } from "../fixtures/layouts13";
import { measure } from "../../scripts/mapping-share";
import { YEAR_BEFORE_ROLE } from "../../src/core/mapper/twoDigitYear";
import { NUMERIC_SPAN } from "../../src/core/mapper/monthSpan";
import { withContextYears } from "../../src/core/mapper/contextYears";

export type TransformKind = "spalteDavor" | "zeilenOben" | "jahrPlusEins" | "blattFolgeUmgekehrt" | "leerzeichen" | "titelVerbunden";

export const TRANSFORMS: Array<{ kind: TransformKind; title: string }> = [
  { kind: "spalteDavor", title: "(a) leere Spalte vor A" },
  { kind: "zeilenOben", title: "(b) drei leere Zeilen oben" },
  { kind: "jahrPlusEins", title: "(c) jedes Jahr + 1" },
  { kind: "blattFolgeUmgekehrt", title: "(d) Blattfolge umgekehrt" },
  { kind: "leerzeichen", title: "(e) Leerzeichen: geschützt oder doppelt" },
  { kind: "titelVerbunden", title: "(f) Zeilen mit einem Text über die Blattbreite verbunden" },
];

/** A row holding one text and nothing else merged from that text to the sheet's last used column (no other merge in the row). */
function mergeLoneTexts(sheet: LayoutSheet): LayoutSheet {
  const refs = Object.keys(sheet.cells).map((a1) => ({ a1, ...parseCell(a1) }));
  const lastCol = Math.max(...refs.map((r) => r.col));
  const byRow = new Map<number, typeof refs>();
  for (const r of refs) byRow.set(r.row, [...(byRow.get(r.row) ?? []), r]);
  const mergedRows = new Set((sheet.merged ?? []).flatMap((m) => {
    const [a, b = a] = m.split(":").map(parseCell);
    return Array.from({ length: b.row - a.row + 1 }, (_, i) => a.row + i);
  }));
  const merged = [...(sheet.merged ?? [])];
  for (const [row, cells] of byRow) {
    if (cells.length !== 1 || mergedRows.has(row) || cells[0].col >= lastCol || typeof spec(sheet.cells[cells[0].a1]).v !== "string") continue;
    merged.push(`${cells[0].a1}:${cellA1({ row, col: lastCol })}`);
  }
  return { ...sheet, merged };
}

/** Every space between words alternately a non-breaking space and two spaces: the text looks the same. */
export function invisibleSpaces(text: string): string {
  let n = 0;
  return text.replace(/(?<=\S) (?=\S)/g, () => (n++ % 2 === 0 ? "\u00a0" : "  "));
}

interface Shift {
  rows: number;
  cols: number;
}

const shiftA1 = (a1: string, s: Shift): string => {
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(a1);
  if (!m) return a1;
  return `${m[1]}${columnLetters(columnIndex(m[2]) + s.cols)}${m[3]}${Number(m[4]) + s.rows}`;
};

const shiftRange = (range: string, s: Shift): string =>
  range
    .split(":")
    .map((p) => shiftA1(p, s))
    .join(":");

/** Moves every cell reference in a formula (not inside "strings"); function names like LOG10( are kept. */
function shiftFormula(formula: string, s: Shift): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g, (_all, d1: string, col: string, d2: string, row: string) =>
            `${d1}${columnLetters(columnIndex(col) + s.cols)}${d2}${Number(row) + s.rows}`,
          ),
    )
    .join("");
}

function shiftSheet(sheet: LayoutSheet, s: Shift): LayoutSheet {
  const cells: Record<string, LayoutCell> = {};
  for (const [a1, cell] of Object.entries(sheet.cells)) {
    const c = spec(cell);
    const moved = c.formula !== undefined ? { ...c, formula: shiftFormula(c.formula, s) } : cell;
    cells[cellA1({ row: parseCell(a1).row + s.rows, col: parseCell(a1).col + s.cols })] = moved;
  }
  return {
    ...sheet,
    cells,
    merged: sheet.merged?.map((m) => shiftRange(m, s)),
    tables: sheet.tables?.map((t) => ({ ...t, range: shiftRange(t.range, s) })),
  };
}

// Marks a year already moved, so that no later pattern moves it again ("2024/25", "Ist 25 Plan").
const MOVED = "\uE000";
// Years a reader sees as years: whole four-digit numbers 2015–2035.
const isYear = (n: number): boolean => Number.isInteger(n) && n >= 2015 && n <= 2035;
const YEAR_IN_TEXT = /(?<![0-9\uE000])(20[1-3][0-9])(?![0-9])/g;
// "2024/25", "2024/2025": the second year of a span moves with the first.
const SPAN_TAIL = /(?<![0-9])(20[1-3][0-9])\/([0-9]{2})(?![0-9])/g;

// A two-digit year after a role or month word ("Plan 25", "Ist '24", "VJ (24)", "Dez 23", "Veränd. 25 zu 24"); an age
// ("unter 25", "U 25") has no such word before it and stays.
const SHORT_YEAR = /(?<![\p{L}])((?:plan|ist|soll|ziel|actual|target|budget|ansatz|iq|lzb|vj|pj|fy|py|jd|veränd\.|zu|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez)[ ]?\(?'?)(1[5-9]|2[0-9]|3[0-4])(?![0-9.,%])/giu;

// "Stand 31.01.26": a full date's two-digit year, as the mapper reads it (shortDateYear.ts).
const SHORT_DATE = /(?<![0-9.])([0-9]{1,2}\.[0-9]{1,2}\.)([0-9]{2})(?![0-9.])/g;
// "Ist 24/25": a span of two-digit years after a role word; both move, the second not as a year of its own.
const SHORT_SPAN = /(?<![\p{L}])((?:plan|ist|soll|ziel|vj|jd)[ ]?)([0-9]{2})\/([0-9]{2})(?![0-9])/giu;
const twoDigits = (n: number) => String(n % 100).padStart(2, "0");

export function shiftYearsInText(text: string, by = 1): string {
  return text
    // "01/25–12/25": a span of numbered months with their two-digit years (monthSpan.ts).
    .replace(NUMERIC_SPAN, (_all, m1: string, y1: string, dash: string, m2: string, y2: string) => `${m1}/${MOVED}${twoDigits(Number(y1) + by)}${dash}${m2}/${MOVED}${twoDigits(Number(y2) + by)}`)
    // "Integr. 25 (HR)": a two-digit year before a year's role word, as the mapper reads it (twoDigitYear.ts);
    // marked so that "Ist 25 Plan" is not moved twice.
    .replace(YEAR_BEFORE_ROLE, (_all, yy: string) => `${MOVED}${Number(yy) + by}`)
    .replace(SHORT_DATE, (_all, dayMonth: string, yy: string) => `${dayMonth}${MOVED}${twoDigits(Number(yy) + by)}`)
    .replace(SHORT_SPAN, (all, head: string, a: string, b: string) => (Number(b) === Number(a) + 1 ? `${head}${MOVED}${twoDigits(Number(a) + by)}/${MOVED}${twoDigits(Number(b) + by)}` : all))
    .replace(SHORT_YEAR, (_all, head: string, yy: string) => `${head}${Number(yy) + by}`)
    .replace(SPAN_TAIL, (all, y: string, yy: string) => (isYear(Number(y)) && Number(yy) === (Number(y) + 1) % 100 ? `${MOVED}${Number(y) + by}/${String((Number(yy) + by) % 100).padStart(2, "0")}` : all))
    .replace(YEAR_IN_TEXT, (all, y: string) => (isYear(Number(y)) ? String(Number(y) + by) : all))
    .replaceAll(MOVED, "");
}

/** Years in a formula: literals and sheet names ('AIP 2025'!B2, Plan2025!B2), never a cell reference (B2025). */
function shiftYearsInFormula(formula: string, by: number): string {
  return formula.replace(/(?<![0-9])(20[1-3][0-9])(?![0-9])/g, (all, y: string, at: number) => {
    const cellRef = /[A-Za-z$]/.test(formula[at - 1] ?? "") && formula[at + 4] !== "!";
    return cellRef || !isYear(Number(y)) ? all : String(Number(y) + by);
  });
}

// A two-digit number the rows and columns around make a year ("LZB-Anteil 25" over "LZB-Anteil 24", "IQ 24 | IQ 25"),
// read by the mapper's own function (contextYears.ts) on the visible sheets: marked, then moved with the rest.
const CONTEXT_MARK = "\uE001";
function contextYearTexts(layout: Layout): Map<string, string> {
  const snapshot = usedCells(layout).sheets.filter((s) => (s.visibility ?? "visible") === "visible");
  const marked = withContextYears(snapshot.map((s) => s.values), (yy) => `${CONTEXT_MARK}${twoDigits(yy)}${CONTEXT_MARK}`);
  const out = new Map<string, string>();
  snapshot.forEach((sheet, k) => {
    if (marked[k] === sheet.values) return;
    const origin = parseCell(sheet.origin ?? "A1");
    marked[k].forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "string" && v.includes(CONTEXT_MARK)) out.set(`${sheet.name}!${cellA1({ row: origin.row + r, col: origin.col + c })}`, v);
      }),
    );
  });
  return out;
}
const shiftMarked = (marked: string, by: number): string =>
  shiftYearsInText(marked, by).replace(new RegExp(`${CONTEXT_MARK}(\\d\\d)${CONTEXT_MARK}`, "g"), (_all, yy: string) => twoDigits(Number(yy) + by));

// A number cell reads as a year when its format shows it without a thousands separator.
const yearFormat = (fmt: string | undefined): boolean => fmt === undefined || fmt === "General" || fmt === "0" || fmt === "@";

function shiftDateSerial(serial: number, by: number): number {
  const d = serialToDate(serial);
  const y = d.getUTCFullYear() + by;
  const m = d.getUTCMonth();
  const day = Math.min(d.getUTCDate(), new Date(Date.UTC(y, m + 1, 0)).getUTCDate());
  const frac = serial - Math.floor(serial);
  return dateToSerial(new Date(Date.UTC(y, m, day))) + frac;
}

function shiftYearsInCell(cell: LayoutCell, isValue: boolean, by: number): LayoutCell {
  const c = spec(cell);
  const formula = c.formula !== undefined ? shiftYearsInFormula(c.formula, by) : undefined;
  let v = c.v;
  if (typeof v === "string") v = shiftYearsInText(v, by);
  else if (typeof v === "number" && c.fmt && isDateFormat(c.fmt)) v = shiftDateSerial(v, by);
  else if (typeof v === "number" && !isValue && isYear(v) && yearFormat(c.fmt)) v = v + by;
  if (v === c.v && formula === c.formula) return cell;
  return { ...c, v, ...(formula !== undefined ? { formula } : {}) };
}

export interface Transformed {
  measured: MeasuredLayout;
  /** The transformed ref of a ref of the original layout ("'AIP 2025'!$B$7"). */
  mapRef: (ref: string) => string;
}

function withRefs(m: MeasuredLayout, layout: Layout, mapRef: (ref: string) => string): Transformed {
  const expected = Object.fromEntries(Object.entries(m.expected).map(([n, r]) => [n, mapRef(r)]));
  const alsoRight = m.alsoRight ? Object.fromEntries(Object.entries(m.alsoRight).map(([n, rs]) => [n, rs.map(mapRef)])) : undefined;
  return { measured: { layout, expected, ...(alsoRight ? { alsoRight } : {}) }, mapRef };
}

const refMapper =
  (sheetName: (s: string) => string, range: (r: string) => string) =>
  (ref: string): string => {
    const { sheet, range: r } = splitAddress(ref);
    return sheet ? `${quoteSheet(sheetName(sheet))}!${range(r)}` : range(r);
  };

export function transform(m: MeasuredLayout, kind: TransformKind, step = 1): Transformed {
  const layout = m.layout;
  if (kind === "spalteDavor" || kind === "zeilenOben") {
    const s: Shift = kind === "spalteDavor" ? { rows: 0, cols: step } : { rows: 3 * step, cols: 0 };
    return withRefs(
      m,
      { ...layout, sheets: layout.sheets.map((sh) => shiftSheet(sh, s)) },
      refMapper((x) => x, (r) => shiftRange(r, s)),
    );
  }
  if (kind === "titelVerbunden") {
    return withRefs(m, { ...layout, sheets: layout.sheets.map((sh) => (Object.keys(sh.cells).length ? mergeLoneTexts(sh) : sh)) }, (r) => r);
  }
  if (kind === "leerzeichen") {
    const sheets = layout.sheets.map((sh) => ({
      ...sh,
      cells: Object.fromEntries(
        Object.entries(sh.cells).map(([a1, cell]) => {
          const c = spec(cell);
          return [a1, typeof c.v === "string" ? { ...c, v: invisibleSpaces(c.v) } : cell];
        }),
      ),
    }));
    return withRefs(m, { ...layout, sheets }, (r) => r);
  }
  if (kind === "blattFolgeUmgekehrt") {
    return withRefs(m, { ...layout, sheets: [...layout.sheets].reverse() }, (r) => r);
  }
  // jahrPlusEins: every year one later; a figure's own value (a count that looks like a year) stays.
  const valueCells = new Set(Object.entries(m.expected).filter(([n]) => n !== "AIP_Planjahr").map(([, r]) => r.replace(/\$/g, "")));
  const renameSheet = (name: string) => shiftYearsInText(name, step);
  const contextTexts = contextYearTexts(layout);
  const sheets = layout.sheets.map((sh) => {
    const cells: Record<string, LayoutCell> = {};
    for (const [a1, cell] of Object.entries(sh.cells)) {
      const isValue = valueCells.has(`${quoteSheet(sh.name)}!${a1}`);
      const marked = contextTexts.get(`${sh.name}!${a1}`);
      cells[a1] = marked !== undefined ? { ...spec(cell), v: shiftMarked(marked, step) } : shiftYearsInCell(cell, isValue, step);
    }
    return { ...sh, name: renameSheet(sh.name), cells };
  });
  // Sheet names inside formulas ('AIP 2024'!B3) follow the rename: the year shift of the text did that.
  return withRefs(m, { ...layout, sheets }, refMapper(renameSheet, (r) => r));
}

/** A measured result ("NAME ref" entries) of the original layout in the transformed layout's refs. */
export function mapWrong(entries: string[], mapRef: (ref: string) => string): string[] {
  return entries.map((e) => {
    const i = e.indexOf(" ");
    return `${e.slice(0, i)} ${mapRef(e.slice(i + 1))}`;
  });
}

export interface InvarianceResult {
  kind: TransformKind;
  high: number;
  baselineHigh: number;
  total: number;
  /** Layouts that lost a right sicher figure (or whose count dropped): id, before, after, the names lost. */
  dropped: Array<{ id: string; before: number; after: number; lost: string[] }>;
  /** Wrong sicher not in the baseline (moved to the transformed refs): "layout: NAME ref". */
  newWrong: string[];
}

export function checkInvariance(kinds: TransformKind[], layouts: Array<() => MeasuredLayout>, step = 1): InvarianceResult[] {
  const results: InvarianceResult[] = kinds.map((kind) => ({ kind, high: 0, baselineHigh: 0, total: 0, dropped: [], newWrong: [] }));
  for (const make of layouts) {
    const base = measure(make());
    for (const r of results) {
      const t = transform(make(), r.kind, step);
      const after = measure(t.measured);
      r.high += after.high;
      r.baselineHigh += base.high;
      r.total += after.total;
      // A right figure lost counts even when another one is gained: the proposal changed with the transformation.
      const lost = after.missed.filter((n) => !base.missed.includes(n));
      if (after.high < base.high || lost.length > 0) {
        r.dropped.push({ id: base.id, before: base.high, after: after.high, lost });
      }
      const known = new Set(mapWrong(base.wrong, t.mapRef));
      for (const w of after.wrong) if (!known.has(w)) r.newWrong.push(`${base.id}: ${w}`);
    }
  }
  return results;
}
