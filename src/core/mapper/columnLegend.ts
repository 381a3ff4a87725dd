// A note that heads a column by its place where the sheet gives it no head of its own (colours and frames instead
// of heads, or one head merged over several): "¹ rechte Spalte (gelb): Veränderung ggü. Vorjahr in %", "Spalte C: Ziel 2025". A reader takes the
// note as the head of that column for the rows above it. "rechte/letzte Spalte" is the right one of a row's
// several numbers, never the column of a lone number; the note must follow the rows it explains (no gap of two
// blank rows, no head of the column between them), and must name a year or a role.
import { oncePerSheet } from "./sheetMemo";
import { columnIndex } from "../address";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import { roleOf, type ColumnHeader } from "./roles";

interface Legend {
  row: number;
  /** The column named by its letter, or "right" for the right/last column of a row's numbers. */
  at: number | "right";
  text: string;
}

const RIGHT = /^[^a-zäöü]*(?:die\s+|in\s+der\s+)?(?:rechten?|letzten?|rechts\s+stehende)\s+spalte\b[^:=]*[:=]\s*(\S.*)$/i;
const LETTER = /^[^a-zäöü]*(?:in\s+)?spalte\s+([a-z]{1,2})\b(?:\s*\([^)]*\))?\s*[:=]\s*(\S.*)$/i;

const legendsOf = oncePerSheet((sheet): Legend[] => {
  const found: Legend[] = [];
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    for (const c of sheet.filledColumns(r)) {
      const t = sheet.ownText(r, c);
      if (t === undefined || !/spalte/i.test(t)) continue;
      const right = RIGHT.exec(t);
      const letter = right ? undefined : LETTER.exec(t);
      if (right) found.push({ row: r, at: "right", text: right[1].trim() });
      else if (letter) found.push({ row: r, at: columnIndex(letter[1]), text: letter[2].trim() });
    }
  }
  return found;
});

/**
 * The head of the value at (row, col): the note's when the column has no head of its own (`found` undefined) or
 * only one merged over several columns ("Ziel 2025" over B:C), which does not tell them apart; else `found`.
 */
export function withLegend(sheet: SheetGrid, row: number, col: number, planYear: number | undefined, found: ColumnHeader | undefined): ColumnHeader | undefined {
  if (found !== undefined) {
    const m = found.row === undefined ? undefined : sheet.mergeOf(found.row, col);
    if (m === undefined || m.start.col === m.end.col) return found;
  }
  return legendHead(sheet, row, col, planYear) ?? found;
}

/** The head a note gives the value at (row, col), if any. */
function legendHead(sheet: SheetGrid, row: number, col: number, planYear: number | undefined): ColumnHeader | undefined {
  const legends = legendsOf(sheet);
  if (legends.length === 0) return undefined;
  const numbers = sheet.filledColumns(row).filter((c) => sheet.number(row, c) !== undefined);
  for (const legend of legends) {
    if (legend.row <= row) continue;
    const applies = legend.at === "right" ? numbers.length >= 2 && numbers[numbers.length - 1] === col : legend.at === col;
    if (!applies || !follows(sheet, row, legend.row, col)) continue;
    // Only a note naming the column's year or role heads it: "rechte Spalte: Quelle" beside numbers explains nothing.
    const role = roleOf(fold(legend.text), planYear);
    return role === undefined ? undefined : { text: legend.text, role, acrossBlank: false, row: legend.row };
  }
  return undefined;
}

/** Whether the note at `legendRow` follows the rows from `row` on: no two blank rows and no text in the column between. */
function follows(sheet: SheetGrid, row: number, legendRow: number, col: number): boolean {
  let blanks = 0;
  for (let r = row + 1; r < legendRow; r++) {
    if (sheet.rowBlank(r)) {
      if (++blanks >= 2) return false;
      continue;
    }
    blanks = 0;
    if (sheet.ownText(r, col) !== undefined) return false;
  }
  return true;
}
