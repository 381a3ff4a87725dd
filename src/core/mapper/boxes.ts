// Cockpit boxes without spacer columns: a row of box headings merged side by side ("Haushalt 2025" over A:B,
// "Personal 2025" over C:E) splits the rows below it into the boxes' columns, as a spacer column would. Each box
// has its own labels, head row ("Kennzahl | Wert | Vgl. VJ") and values; a reader never reads across a box's edge.
// Read by ./grid.ts `blocks` (so headings, head rows and a row's values stay inside their box).

import { readColumn } from "../columnRoles";
import { genderHead } from "./genderHead";
import { AREA_WORDS } from "./labels";
import { fold } from "./normalize";

/** What the box reading needs of a sheet (./grid.ts SheetGrid). */
export interface BoxSheet {
  readonly r0: number;
  filledColumns(row: number): number[];
  mergeOf(row: number, col: number): { start: { row: number; col: number }; end: { row: number; col: number } } | undefined;
  ownText(row: number, col: number): string | undefined;
  rowBlank(row: number): boolean;
}

export interface BoxSpan {
  from: number;
  to: number;
}

/** How far above a row its box heading may stand. */
const REACH = 15;

/**
 * The spans of a row of box headings: at least two filled cells, each the master of a one-row merged text at
 * least two columns wide, and the row below starting no left of the first box. Headings of parts ("Frauen |
 * Männer" tiles) or of years and roles only ("Ist 2024 | Plan 2025" over a table's columns) are no boxes.
 * Undefined otherwise.
 */
export function boxHeadingSpans(sheet: BoxSheet, row: number): BoxSpan[] | undefined {
  const cols = sheet.filledColumns(row);
  if (cols.length < 2) return undefined;
  const spans: BoxSpan[] = [];
  for (const c of cols) {
    const m = sheet.mergeOf(row, c);
    if (!m || m.start.col !== c || m.start.row !== row || m.end.row !== row || m.end.col <= c || sheet.ownText(row, c) === undefined) return undefined;
    spans.push({ from: c, to: m.end.col });
  }
  const texts = cols.map((c) => sheet.ownText(row, c)!);
  if (texts.some((t) => genderHead(t) !== undefined)) return undefined;
  const topic = (t: string) => readColumn(t).kind === undefined || Object.values(AREA_WORDS).some((w) => w.test(fold(t)));
  if (!texts.some(topic)) return undefined;
  const below = sheet.filledColumns(row + 1);
  if (below.length > 0 && below[0] < spans[0].from) return undefined;
  return spans;
}

/**
 * The box spans `row` lies under: those of the nearest box heading row at or above it, with no blank row and no
 * lone full-width title between. Undefined when the row is under no boxes.
 */
export function boxSpansAt(sheet: BoxSheet, row: number, headingSpans: (r: number) => BoxSpan[] | undefined): BoxSpan[] | undefined {
  for (let r = row; r >= Math.max(sheet.r0, row - REACH); r--) {
    if (sheet.rowBlank(r)) return undefined;
    const spans = headingSpans(r);
    if (spans) return spans;
    if (r < row && sheet.filledColumns(r).length === 1 && sheet.mergeOf(r, sheet.filledColumns(r)[0]) !== undefined) return undefined;
  }
  return undefined;
}

/** Runs of a row's filled columns split further at the boxes' edges (a column left of every box stays with the first). */
export function splitAtBoxes(runs: number[][], spans: BoxSpan[]): number[][] {
  const boxOf = (c: number) => {
    let at = 0;
    spans.forEach((s, i) => {
      if (c >= s.from) at = i;
    });
    return at;
  };
  return runs.flatMap((run) => {
    const out: number[][] = [];
    let last = -1;
    for (const c of run) {
      const b = boxOf(c);
      if (out.length === 0 || b !== last) out.push([c]);
      else out[out.length - 1].push(c);
      last = b;
    }
    return out;
  });
}
