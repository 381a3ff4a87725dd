// The used cells of a snapshot as sheets with absolute (0-based) coordinates, merged-area aware text,
// cached label normalisation, blank-row and section lookups: the finders' common view.
import { cellA1, parseCell, parseRange, quoteSheet, type CellRef } from "../address";
import type { AreaId } from "../areas";
import type { CellValue } from "../snapshot";
import { isCellError } from "../snapshot";
import { AREA_WORDS, CONCEPT_AREAS } from "./labels";
import { groupTitleWords } from "./targetGroupHead";
import { tokenize } from "./tokens";
import { valuesFollow } from "./valuesFollow";
import { boxHeadingSpans, boxSpansAt, splitAtBoxes, type BoxSpan } from "./boxes";
import { plainSpaceValues } from "./invisibleSpaces";
import { withContextYears } from "./contextYears";
import { typedNumberValues, type TypedCells, type TypedText } from "./typedNumbers";
import { dittoText } from "./dittoLabel";
import { fold, normalizeLabel, rememberText, type NormalizedLabel } from "./normalize";
import type { SheetCells, SheetTable } from "./types";
import { areaColumnRows, type AreaColumnRows } from "./areaColumn";
import { isSentence } from "./remark";

export interface Area2D {
  start: CellRef;
  end: CellRef;
}

/** An outline marker numbering a section: "C", "C |", "2.", "2.1", "II.", "A)", "B:". */
const OUTLINE_MARKER = /^(?:[A-Z]|[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*)\s*[.):|]?$/;

const AREA_ORDER: AreaId[] = ["eckdaten", "haushalt", "personal", "foerderung", "ziele", "kunden"];

/**
 * The area a sheet name or heading names, if exactly one. "Eckdaten" beside another area's word ("Eckdaten
 * Kunden") is the generic "key figures": the other area. Without an area word the concepts of a title whose
 * every word is known decide (CONCEPT_AREAS: "Strukturdaten", "Struktur SGB II").
 */
export function areaNamed(folded: string): AreaId | undefined {
  let hits = AREA_ORDER.filter((a) => AREA_WORDS[a].test(folded));
  if (hits.length === 2 && hits.includes("eckdaten")) hits = hits.filter((a) => a !== "eckdaten");
  if (hits.length === 0) {
    // Only a title understood word by word: "Altersstruktur" (of the staff) names no customer area.
    const tokens = tokenize(folded);
    if (tokens.some((t) => t.concepts.length === 0)) return undefined;
    hits = [...new Set(tokens.flatMap((t) => t.concepts.map((c) => CONCEPT_AREAS[c]).filter((a): a is AreaId => a !== undefined)))];
  }
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * A heading's area, remembered (the same headings are asked for on every column below them); a sentence of prose
 * above the rows names none (./remark.ts), nor does "Personengruppe: alle eLb – Planung 2028", which names the
 * group of its rows (./targetGroupHead.ts).
 */
const headingAreaOf = rememberText((h: string) => (isSentence(h) || groupTitleWords(h) !== undefined ? undefined : areaNamed(fold(h))));

/** A side-by-side block of a row: the columns it spans and its filled columns. */
export interface Block {
  from: number;
  to: number;
  cols: number[];
}

export class SheetGrid {
  readonly name: string;
  readonly r0: number;
  readonly c0: number;
  readonly rows: number;
  readonly cols: number;
  readonly merged: Area2D[];
  readonly tables: SheetTable[];
  readonly sheetArea: AreaId | undefined;
  private readonly labels = new Map<number, NormalizedLabel>();
  private blankRows?: boolean[];
  private sections?: (AreaId | undefined)[];
  private multiAreas?: (AreaId | undefined)[];
  /** Per row (relative), the row whose corner or heading started its part of a sheet named for two areas. */
  private multiHeadRows?: (number | undefined)[];
  private readonly blockCache = new Map<number, Block[]>();
  private readonly boxHeadings = new Map<number, BoxSpan[] | undefined>();
  private readonly filledCache = new Map<number, number[]>();
  /** Per column: per row (relative) the area of its block's nearest heading at or above (null: none); undefined: not yet known. */
  private readonly blockAreas = new Map<number, (AreaId | null)[]>();
  /** The sheet's category lists (./areaColumn.ts), read once. */
  private areaColumns?: AreaColumnRows[];
  /** Per row (relative), its cells' own trimmed texts: every finder reads every cell's text again. */
  private readonly ownTexts: (string | undefined)[][] = [];

  constructor(
    readonly index: number,
    private readonly src: SheetCells,
    /** Text cells read as figures (./typedNumbers.ts), by relative "row,col": their texts. */
    private readonly typed: TypedCells["typed"] = new Map(),
  ) {
    this.name = src.name;
    const origin = parseCell(src.origin || "A1");
    this.r0 = origin.row;
    this.c0 = origin.col;
    this.rows = src.values.length;
    this.cols = src.values.reduce((m, row) => Math.max(m, row.length), 0);
    this.merged = (src.merged ?? []).flatMap((a) => {
      try {
        return [parseRange(a.replace(/\$/g, "").replace(/^.*!/, ""))];
      } catch {
        return [];
      }
    });
    this.tables = src.tables ?? [];
    this.sheetArea = areaNamed(fold(src.name));
  }

  get lastRow(): number {
    return this.r0 + this.rows - 1;
  }
  get lastCol(): number {
    return this.c0 + this.cols - 1;
  }

  /** Raw value at absolute (row, col); null outside the used range. "" counts as blank. */
  value(row: number, col: number): CellValue {
    const v = this.src.values[row - this.r0]?.[col - this.c0];
    return v === undefined || v === "" ? null : v;
  }

  format(row: number, col: number): string {
    return this.src.numberFormats?.[row - this.r0]?.[col - this.c0] || "General";
  }

  hasFormula(row: number, col: number): boolean {
    return this.src.hasFormula?.[row - this.r0]?.[col - this.c0] === true;
  }

  /** The formula text of a cell ("=B4/B5"), if the host gave it. */
  formula(row: number, col: number): string | undefined {
    const f = this.src.formulas?.[row - this.r0]?.[col - this.c0];
    return f ? f : undefined;
  }

  /** The merged area a cell belongs to (not its master) or undefined. */
  mergeOf(row: number, col: number): Area2D | undefined {
    if (this.merged.length === 0) return undefined;
    return this.merged.find((m) => row >= m.start.row && row <= m.end.row && col >= m.start.col && col <= m.end.col);
  }

  /** Text shown in a cell: its own string, or the master's string when it lies inside a merged area. */
  text(row: number, col: number): string | undefined {
    let v = this.value(row, col);
    if (v === null) {
      const m = this.mergeOf(row, col);
      if (m && (m.start.row !== row || m.start.col !== col)) v = this.value(m.start.row, m.start.col);
    }
    if (typeof v !== "string") return undefined;
    const t = v.trim();
    return t === "" ? undefined : t;
  }

  /** The text of a cell read as a figure ("11.482.300 ", "'2.146.000", "ca. 1.050"), and whether it was rounded. */
  typedText(row: number, col: number): TypedText | undefined {
    return this.typed.size ? this.typed.get(`${row - this.r0},${col - this.c0}`) : undefined;
  }

  /** The cell's own string (not the merged master's). */
  ownText(row: number, col: number): string | undefined {
    const i = row - this.r0;
    const texts = this.ownTexts[i] ?? (i >= 0 && i < this.rows ? this.rowTexts(i) : undefined);
    return texts?.[col - this.c0];
  }

  /** The trimmed texts of a row (relative index), blank strings and other values as undefined; read once. */
  private rowTexts(i: number): (string | undefined)[] {
    const r = this.src.values[i] ?? [];
    const texts: (string | undefined)[] = new Array(r.length);
    for (let c = 0; c < r.length; c++) {
      const v = r[c];
      const t = typeof v === "string" ? v.trim() : "";
      // "dgl. Vorvorjahr" under "Anteil LZB": the label above with the ditto's words (./dittoLabel.ts).
      texts[c] = t === "" ? undefined : i > 0 && /^[dDeEwW]/.test(t) ? dittoText(t, this.ownText(this.r0 + i - 1, this.c0 + c)) : t;
    }
    this.ownTexts[i] = texts;
    return texts;
  }

  number(row: number, col: number): number | undefined {
    const v = this.value(row, col);
    return typeof v === "number" && Number.isFinite(v) ? v : undefined;
  }

  isBlank(row: number, col: number): boolean {
    const v = this.value(row, col);
    return v === null || (typeof v === "string" && v.trim() === "");
  }

  isError(row: number, col: number): boolean {
    return isCellError(this.value(row, col));
  }

  label(row: number, col: number): NormalizedLabel | undefined {
    const t = this.ownText(row, col);
    if (t === undefined) return undefined;
    const key = (row - this.r0) * 16_384 + (col - this.c0);
    let n = this.labels.get(key);
    if (!n) {
      n = normalizeLabel(t);
      this.labels.set(key, n);
    }
    return n;
  }

  rowBlank(row: number): boolean {
    if (!this.blankRows) {
      this.blankRows = this.src.values.map((r) => r.every((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === "")));
    }
    return this.blankRows[row - this.r0] ?? true;
  }

  /** Non-blank cells of a row (own values), as columns. */
  filledColumns(row: number): number[] {
    // Every finder walks the rows again: scanned once per row, handed out as a copy the caller may change.
    return this.filledOf(row).slice();
  }

  /** The cached filled columns of a row, not copied: only for readers here that leave it unchanged. */
  private filledOf(row: number): number[] {
    let cols = this.filledCache.get(row);
    if (!cols) {
      cols = [];
      const r = this.src.values[row - this.r0];
      r?.forEach((v, i) => {
        if (!(v === null || v === undefined || (typeof v === "string" && v.trim() === ""))) cols!.push(this.c0 + i);
      });
      this.filledCache.set(row, cols);
    }
    return cols;
  }

  /** A heading row: exactly one filled cell, holding text (an outline marker before it aside: "C | Vorjahr 2024"). */
  headingText(row: number): string | undefined {
    const cols = this.titleColumns(row, this.filledOf(row));
    if (cols.length !== 1) return undefined;
    return this.ownText(row, cols[0]);
  }

  /**
   * `cols` of a row without an outline marker ("C", "2.", "II.", "A)") standing alone before a text: the
   * marker numbers a section title, it does not make the title a row of two cells.
   */
  titleColumns(row: number, cols: number[]): number[] {
    if (cols.length !== 2) return cols;
    const [marker, title] = cols.map((c) => this.ownText(row, c));
    return marker !== undefined && title !== undefined && OUTLINE_MARKER.test(marker) && !OUTLINE_MARKER.test(title) ? [cols[1]] : cols;
  }

  /**
   * Side-by-side blocks of a row ("Haushalt" in A, "Ziele" in E): runs of filled cells (a merged area counts
   * over its width) split where two or more columns lie empty. Each block reaches from its first column to
   * the column before the next block (the first from the sheet's left edge, the last to its right edge), so
   * every column belongs to one block.
   */
  blocks(row: number): Block[] {
    let out = this.blockCache.get(row);
    if (out) return out;
    const runs: number[][] = [];
    let lastEnd = -Infinity;
    for (const c of this.filledOf(row)) {
      const m = this.mergeOf(row, c);
      const end = m && m.start.col === c ? m.end.col : c;
      if (c - lastEnd > 2 || runs.length === 0) runs.push([c]);
      else runs[runs.length - 1].push(c);
      lastEnd = Math.max(lastEnd, end);
    }
    // Boxes side by side without a spacer column (./boxes.ts): their edges split the row as a gap would.
    const spans = boxSpansAt(this, row, (r) => this.boxHeadingSpansOf(r));
    if (spans) runs.splice(0, runs.length, ...splitAtBoxes(runs, spans));
    out = runs.map((cols, i) => ({ from: i === 0 ? Math.min(this.c0, cols[0]) : cols[0], to: i + 1 < runs.length ? runs[i + 1][0] - 1 : Math.max(this.lastCol, cols[cols.length - 1]), cols }));
    this.blockCache.set(row, out);
    return out;
  }

  /** The area of the nearest title above or at `row` standing alone in its row, or null. */
  private wholeWidthArea(row: number): AreaId | null {
    for (let r = row; r >= this.r0; r--) {
      const h = this.headingText(r);
      const named = h !== undefined ? headingAreaOf(h) : undefined;
      if (named !== undefined) return named;
    }
    return null;
  }

  /** A row's box heading spans, cached (./boxes.ts). */
  boxHeadingSpansOf(row: number): BoxSpan[] | undefined {
    if (!this.boxHeadings.has(row)) this.boxHeadings.set(row, boxHeadingSpans(this, row));
    return this.boxHeadings.get(row);
  }

  /** The filled columns of the block of `row` that `col` lies in (all filled columns when the row is one block). */
  blockColumns(row: number, col: number): number[] {
    const bs = this.blocks(row);
    if (bs.length <= 1) return bs[0]?.cols ?? [];
    return bs.find((b) => col >= b.from && col <= b.to)?.cols ?? [];
  }

  /** A heading for the columns of `col`: its block of the row holds exactly one cell, a text. */
  headingAt(row: number, col: number): string | undefined {
    const cols = this.titleColumns(row, this.blockColumns(row, col));
    return cols.length === 1 && !valuesFollow(this, row, col) ? this.ownText(row, cols[0]) : undefined;
  }

  /** The area named by the nearest heading row above (or at) `row` that names one; with `col`, by the heading of its block. */
  sectionArea(row: number, col?: number): AreaId | undefined {
    if (col !== undefined) {
      // Walk up to the nearest row already known (or the top), then fill in every row passed on the way back.
      let known = this.blockAreas.get(col);
      if (!known) this.blockAreas.set(col, (known = []));
      let found: AreaId | null = null;
      let r = row;
      for (; r >= this.r0; r--) {
        const hit = known[r - this.r0];
        if (hit !== undefined) {
          found = hit;
          break;
        }
        const h = this.headingAt(r, col);
        const named = h !== undefined ? headingAreaOf(h) : undefined;
        if (named !== undefined) {
          found = named;
          known[r - this.r0] = named;
          break;
        }
        // A box's own heading ("Basis VJ (2024)" beside "Ziele LZB") starts the box: no other box's area above it
        // reaches in, only a title over the whole sheet's width ("Dashboard AIP 2026").
        if (h !== undefined && this.boxHeadingSpansOf(r)) {
          found = this.wholeWidthArea(r - 1);
          known[r - this.r0] = found;
          break;
        }
      }
      for (let q = row; q > r; q--) known[q - this.r0] = found;
      return found ?? undefined;
    }
    if (!this.sections) {
      const sections: (AreaId | undefined)[] = [];
      let current: AreaId | undefined;
      for (let r = this.r0; r <= this.lastRow; r++) {
        const h = this.headingText(r);
        if (h !== undefined) current = headingAreaOf(h) ?? current;
        sections.push(current);
      }
      this.sections = sections;
    }
    return this.sections[row - this.r0];
  }

  /** The area column of a category list holding `row` (./areaColumn.ts), if any. */
  listAreaColumn(row: number): number | undefined {
    this.areaColumns ??= areaColumnRows(this, areaNamed);
    return this.areaColumns.find((l) => row >= l.from && row <= l.to)?.col;
  }

  /** Area of a cell: its section heading's (with `col`: its block's heading), else its sheet's. */
  areaAt(row: number, col?: number): AreaId | undefined {
    // A list's area column names the row's area (./areaColumn.ts).
    this.areaColumns ??= areaColumnRows(this, areaNamed);
    for (const list of this.areaColumns) {
      const listed = col === undefined || col > list.col ? list.areas.get(row) : undefined;
      if (listed !== undefined) return listed;
    }
    const section = this.sectionArea(row, col);
    if (section === undefined) return this.sheetArea ?? this.sharedSheetArea(row);
    // On a sheet named for two areas ("Haushalt und Personal"), a table's corner naming the other one ("Stellenplan
    // … | Stellenplan 2025") below the title that named the first ("AIP 2025 – Haushaltsdaten") starts its part.
    const shared = this.sharedSheetArea(row);
    const from = this.multiHeadRows?.[row - this.r0];
    if (shared === undefined || shared === section || from === undefined || from <= this.r0) return section;
    // The title stands above the corner's row, and the corner heads the block the cell lies in (not a block beside it).
    const block = col === undefined ? this.filledOf(from) : this.blockColumns(from, col);
    return this.sectionArea(from - 1, col) === section && block[0] === this.filledOf(from)[0] ? shared : section;
  }

  /**
   * A sheet named for two areas ("Kunden+Personal"): a heading or a table's corner cell naming one of them
   * ("Personal | Wert | Ampel") starts its part; the rows above the first such part belong to the area the
   * name lists first when that area has no heading of its own.
   */
  private sharedSheetArea(row: number): AreaId | undefined {
    if (!this.multiAreas) {
      const name = fold(this.name);
      const named = AREA_ORDER.filter((a) => AREA_WORDS[a].test(name)).sort((a, b) => name.search(AREA_WORDS[a]) - name.search(AREA_WORDS[b]));
      const out: (AreaId | undefined)[] = [];
      const heads: (number | undefined)[] = [];
      if (named.length === 2) {
        const headed: (AreaId | undefined)[] = [];
        for (let r = this.r0; r <= this.lastRow; r++) {
          const cols = this.filledColumns(r);
          const corner = cols.length >= 2 && cols.every((c) => this.ownText(r, c) !== undefined) ? this.ownText(r, cols[0]) : this.headingText(r);
          const area = corner !== undefined ? areaNamed(fold(corner)) : undefined;
          headed.push(area !== undefined && named.includes(area) ? area : undefined);
        }
        let current: AreaId | undefined = headed.includes(named[0]) ? undefined : named[0];
        let from: number | undefined;
        headed.forEach((h, i) => {
          if (h !== undefined) from = this.r0 + i;
          out.push((current = h ?? current));
          heads.push(from);
        });
      }
      this.multiAreas = out;
      this.multiHeadRows = heads;
    }
    return this.multiAreas[row - this.r0];
  }

  /** Absolute reference "'Sheet 1'!$B$3" or "Sheet!$A$3:$C$16". */
  ref(start: CellRef, end: CellRef = start): string {
    const abs = (c: CellRef) => `$${cellA1(c).replace(/^([A-Z]+)/, "$1$")}`;
    const a = abs(start);
    const b = abs(end);
    return `${quoteSheet(this.name)}!${a === b ? a : `${a}:${b}`}`;
  }
}

// Invisible space differences (./invisibleSpaces.ts) are gone before any finder reads a text.
const withPlainSpaces = (s: SheetCells): SheetCells => {
  const values = plainSpaceValues(s.values);
  return values === s.values ? s : { ...s, values };
};

// Text figures ("11.482.300 ", "'7.590.120", "59,4 %") are read as their numbers, once per cell (./typedNumbers.ts).
// `plain` has its invisible spaces gone already (buildGrids).
const gridOf = (plain: SheetCells, i: number): SheetGrid => {
  const { values, numberFormats, typed } = typedNumberValues(plain.values, plain.numberFormats);
  return new SheetGrid(i, values === plain.values ? plain : { ...plain, values, numberFormats }, typed);
};

export function buildGrids(sheets: SheetCells[]): SheetGrid[] {
  // Hidden and very hidden sheets hold helpers and lookups the user does not see: never read for proposals
  // (nor for the assumed planning year).
  const shown = sheets.map((s, i) => ({ s: withPlainSpaces(s), i })).filter(({ i }) => !sheets[i].skipped && (sheets[i].visibility ?? "visible") === "visible");
  // Two-digit numbers the rows and columns around read as years are written with four digits (./contextYears.ts).
  const values = withContextYears(shown.map(({ s }) => s.values));
  return shown.map(({ s, i }, k) => gridOf(values[k] === s.values ? s : { ...s, values: values[k] }, i));
}
