// The candidate most finders build: a value cell, the label (or head) cell that names it, the lows the finder
// found, and the value judged by the figure's kind (./values.ts) — its doubt joins the lows, its note is kept
// when the value passed. Finders that judge otherwise (totals, matrices) build their own.
import type { CellValue } from "../snapshot";
import { orderOf, type Candidate, type Low } from "./candidate";
import type { SheetGrid } from "./grid";
import type { Judgement } from "./values";

export interface CellAt {
  row: number;
  col: number;
}

/** A candidate for `name` with its value at `at`, named by the cell `labelAt`, sorted by `orderAt` (the finder's reading order). */
export function judgedCandidate(sheet: SheetGrid, name: string, at: CellAt, labelAt: CellAt, label: string, value: CellValue, lows: Low[], j: Judgement, orderAt: CellAt = at): Candidate {
  return {
    name,
    sheet: sheet.index,
    ref: sheet.ref(at),
    label,
    labelCell: sheet.ref(labelAt),
    value,
    lows: j.ok ? lows : [...lows, { id: j.id, text: j.text }],
    ...(j.ok && j.noteId ? { noteId: j.noteId, note: j.note } : {}),
    order: orderOf(sheet.index, orderAt.row, orderAt.col),
  };
}
