// "IQ 24 | IQ 25 | LZB 24 | LZB 25", "Kundenstruktur | 25 | 24", "LZB-Anteil 25" over "LZB-Anteil 24": a two-digit
// number closing a head or a label is a year only when the rows and columns around say so, never by its text
// alone (monitoring rows close with running numbers: "Zugänge 15", "Team 12", "Stufe 2"). Read once per workbook
// before any finder looks at a text, the years are written with four digits:
// - a head row (texts only) whose two-digit numbers, with the years it names otherwise ("Ziel 26", "2026"), are
//   consecutive years ("IQ 25 | Ziel 26 | Ver. ggü. 25", "Betrag 25 (€) | Betrag 24 (€)");
// - labels of one column block closing with consecutive numbers after the same words ("LZB-Anteil 25" /
//   "LZB-Anteil 24"), and the block's other labels closing with one of those numbers ("Ü50-Anteil an Alo 25");
// - labels closing with a number the block's head row or its other labels name as a year ("Integrationen 25"
//   under "Zielgrößen | 25 (Ist, vorl.) | 26 (Ziel)", "IQ 25" under "eLb 25 (JDW)").
// Every such year must fit the workbook's years (its newest four-digit year or role year, three back, one ahead):
// "Team 12 | Team 13" in a 2026 workbook stays. The metamorphic year shift (test/helpers/metamorphic.ts) moves
// exactly these numbers through the same function.
import type { CellValue } from "../snapshot";
import { withRoleYears } from "./twoDigitYear";
import { rememberText } from "./normalize";

/** Writes a two-digit year read from its context (the mapper: four digits). */
export type YearWriter = (yy: number) => string;

// A two-digit number standing alone: not glued to a letter ("U25", "K2"), not part of a date, period, decimal or
// range ("12/25", "01.26", "15,2", "15-24"), no age or ordinal after "unter", "U", "§", "Nr.", "Zeile", "Team" …,
// no amount of a unit ("24 Monate", "25 %").
const COUNTING_WORD = "u|ü|unter|über|ueber|bis|ab|nr|no|zeile|zeilen|team|stufe|seite|kap|kapitel|anlage|gruppe|raum|tz|ziffer|nummer|abschnitt";
const FREE_YY = new RegExp(
  `(?<![\\p{L}\\d.,/§'<>≤≥–-])(?<![§<>≤≥–-]\\s)(?<!(?<![\\p{L}])(?:${COUNTING_WORD})\\.?\\s)(\\d\\d)(?![\\p{L}\\d.,/:–-])(?!\\s*(?:%|jahr|j\\.|monat|mon\\.|std|tag|woche|pers|prozent|mio|tsd|t€|€|eur\\b))`,
  "giu",
);
// Years the text names anyway: four digits, or two after a role word ("Ist 24", "Ziel 26", "VJ 23", "FY26").
const KNOWN_YEAR = /(?<!\d)(20\d\d)(?!\d)|(?<![\p{L}])(?:ist|plan|soll|ziel|vj|pj|fy|jahr)\s?(\d\d)(?![\d.,/])/giu;
// A label closing with a number, perhaps before a remark in parentheses ("eLb gesamt 25 (JDW)").
const CLOSING = /^(.*?\S)\s+(\d+)(\s*\([^()]*\))?\s*$/u;

interface Token {
  at: number;
  yy: number;
}

/** What a text with a digit holds: its free two-digit numbers, the years it names anyway, the number closing it. */
interface TextYears {
  free: Token[];
  known: number[];
  newest: number;
  closing?: { stem: string; n: number; at: number };
}

// Big sheets repeat their labels on every block and sheet: each text is read once (bounded, ./normalize.ts).
const readText = rememberText((text: string): TextYears => {
  const free = /\d\d/.test(text) ? [...text.matchAll(FREE_YY)].map((m) => ({ at: m.index!, yy: Number(m[1]) })) : [];
  const known = /\d\d/.test(text) ? [...withRoleYears(text).matchAll(KNOWN_YEAR)].map((m) => (m[1] ? Number(m[1]) : 2000 + Number(m[2]))) : [];
  const m = CLOSING.exec(text);
  const closing = m ? { stem: `${m[1]}${m[3] ?? ""}`.toLowerCase(), n: Number(m[2]), at: m[1].length + text.slice(m[1].length).indexOf(m[2]) } : undefined;
  return { free, known, newest: Math.max(0, ...known), ...(closing ? { closing } : {}) };
});
const HAS_DIGIT = /\d/;
const NO_DIGIT: TextYears = { free: [], known: [], newest: 0 };
const textYears = (text: string): TextYears => (HAS_DIGIT.test(text) ? readText(text) : NO_DIGIT);

const isYearCell = (v: CellValue) => typeof v === "number" && Number.isInteger(v) && v >= 2000 && v <= 2099;

/** One pass over a sheet: the cells holding a text with a digit (the only ones to read) and the newest year named. */
function scan(values: CellValue[][]): { cells: number[]; newest: number; newestCell: number } {
  // Row and column of each cell, flat.
  const cells: number[] = [];
  let newest = 0;
  let newestCell = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    let rowYear = 0;
    let otherNumber = false;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "string") {
        if (!HAS_DIGIT.test(v)) continue;
        cells.push(r, c);
        const y = readText(v).newest;
        if (y > newest) newest = y;
      } else if (typeof v === "number") {
        if (isYearCell(v)) rowYear = Math.max(rowYear, v);
        else otherNumber = true;
      }
    }
    // A count that happens to lie in 2000–2099 ("Migr. | 2050 | 33,9 % | 2180 | 35,1 %") is no year: a number
    // cell names one only in a row of years alone ("Planjahr | 2027", "| 2025 | 2026").
    if (!otherNumber && rowYear > newestCell) newestCell = rowYear;
  }
  return { cells, newest, newestCell };
}

const blankRow = (row: CellValue[]) => row.every((v) => v === null || v === "");

const consecutive = (years: number[]): boolean => {
  const s = [...new Set(years)].sort((a, b) => a - b);
  return s.length >= 2 && s.length <= 4 && s.every((y, i) => i === 0 || y === s[i - 1] + 1);
};

/** Per row (relative) and column, the positions of the numbers read as years. */
type Marks = Map<number, Map<number, Token[]>>;

function mark(marks: Marks, r: number, c: number, t: Token): void {
  let row = marks.get(r);
  if (!row) marks.set(r, (row = new Map()));
  const list = row.get(c) ?? [];
  if (!list.some((x) => x.at === t.at)) list.push(t);
  row.set(c, list);
}

/**
 * A head row (texts only) with two or more cells naming years, the years consecutive and each two-digit number in
 * the window: its numbers are marked; the years it names (also a row naming years only in four digits or after
 * role words), or undefined.
 */
function headRow(values: CellValue[][], r: number, fits: (yy: number) => boolean, marks: Marks): Set<number> | undefined {
  const row = values[r];
  const free: Array<[number, Token]> = [];
  const years: number[] = [];
  let withYear = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === null || v === "") continue;
    if (isYearCell(v)) {
      years.push(v as number);
      withYear++;
    } else if (typeof v === "string") {
      const { free: tokens, known } = textYears(v);
      for (const t of tokens) free.push([c, t]);
      years.push(...known, ...tokens.map((t) => 2000 + t.yy));
      if (tokens.length || known.length) withYear++;
    } else return undefined;
  }
  if (years.length === 0) return undefined;
  if (free.length === 0) return new Set(years);
  if (withYear < 2 || !consecutive(years) || !free.every(([, t]) => fits(t.yy))) return undefined;
  for (const [c, t] of free) mark(marks, r, c, t);
  return new Set(years);
}

/** Labels of one column block closing with a year: a pair after the same words, or a year the block's head row or labels name. */
function markClosingLabels(values: CellValue[][], cols: number[], fits: (yy: number) => boolean, headYears: (r: number) => Set<number> | undefined, marks: Marks): void {
  for (const c of cols) {
    let r = 0;
    let lastStart: number | undefined;
    let lastEnd = 0;
    while (r < values.length) {
      if (typeof values[r][c] !== "string") {
        r++;
        continue;
      }
      // The block right above, apart by one or two blank rows.
      const above = lastStart !== undefined && r - lastEnd <= 2 && values.slice(lastEnd, r).every(blankRow) ? lastStart : undefined;
      const start = r;
      const closing: Array<{ r: number; stem: string; n: number; token?: Token }> = [];
      // Years the block's labels name anyway ("Integrationen 25 (vorl.)", "eLb 26 Plan" beside "IQ 25").
      const named = new Set<number>();
      for (; r < values.length && typeof values[r][c] === "string"; r++) {
        const text = values[r][c] as string;
        const { closing: close, free, known } = textYears(text);
        for (const y of known) named.add(y);
        if (!close) continue;
        const token = close.n >= 10 && close.n <= 99 ? free.find((t) => t.at === close.at) : undefined;
        closing.push({ r, stem: close.stem, n: close.n, token: token && fits(token.yy) ? token : undefined });
      }
      lastStart = start;
      lastEnd = r;
      if (!closing.some((x) => x.token)) continue;
      // A stem closing with numbers that are no fitting years, or with more than three, is a running list
      // ("Zugänge 1" … "Zugänge 30", "Team 12"/"Team 13" in a 2026 workbook): none of its numbers is a year.
      const byStem = new Map<string, typeof closing>();
      for (const x of closing) byStem.set(x.stem, [...(byStem.get(x.stem) ?? []), x]);
      const running = new Set([...byStem].filter(([, xs]) => xs.some((x) => !x.token) || new Set(xs.map((x) => x.n)).size > 3).map(([stem]) => stem));
      const years = new Set<number>();
      for (const [stem, xs] of byStem) {
        if (running.has(stem)) continue;
        const ns = new Set(xs.map((x) => x.n));
        for (const n of ns) if (ns.has(n + 1)) years.add(2000 + n).add(2001 + n);
      }
      // The block's head row, or the head of the block right above it (a closing line after a blank row:
      // "Zuteilung EGT 26 (vor Umschichtung)" under "Position | Ist 25 | Plan 26").
      for (const y of headYears(start) ?? (above !== undefined ? headYears(above) : undefined) ?? []) years.add(y);
      for (const y of named) years.add(y);
      for (const x of closing) if (x.token && !running.has(x.stem) && years.has(2000 + x.token.yy)) mark(marks, x.r, c, x.token);
    }
  }
}

function rewrite(text: string, tokens: Token[], write: YearWriter): string {
  let out = text;
  for (const t of [...tokens].sort((a, b) => b.at - a.at)) out = `${out.slice(0, t.at)}${write(t.yy)}${out.slice(t.at + 2)}`;
  return out;
}

/** The sheets' values with every number the context reads as a year written by `write`; the same arrays when none is. */
export function withContextYears(sheets: CellValue[][][], write: YearWriter = (yy) => String(2000 + yy)): CellValue[][][] {
  const scans = sheets.map(scan);
  const named = Math.max(0, ...scans.map((x) => x.newest));
  // A year cell far past the years the texts name is a count all the same ("eLb | 2034" beside "Ist 24 | Plan 25").
  const cellYear = Math.max(0, ...scans.map((x) => x.newestCell));
  const newest = named && cellYear > named + 1 ? named : Math.max(named, cellYear);
  if (!newest) return sheets;
  const fits = (yy: number) => 2000 + yy >= newest - 3 && 2000 + yy <= newest + 1;
  return sheets.map((values, k) => {
    const marks: Marks = new Map();
    const heads = new Map<number, Set<number> | undefined>();
    const headYears = (r: number) => {
      if (!heads.has(r)) heads.set(r, headRow(values, r, fits, marks));
      return heads.get(r);
    };
    const cols = new Set<number>();
    const cells = scans[k].cells;
    for (let i = 0; i < cells.length; i += 2) {
      const t = readText(values[cells[i]][cells[i + 1]] as string);
      if (t.free.length) headYears(cells[i]);
      if (t.closing) cols.add(cells[i + 1]);
    }
    markClosingLabels(values, [...cols], fits, headYears, marks);
    if (marks.size === 0) return values;
    const out = values.slice();
    for (const [r, cs] of marks) {
      const row = (out[r] = out[r].slice());
      for (const [c, tokens] of cs) row[c] = rewrite(row[c] as string, tokens, write);
    }
    return out;
  });
}
