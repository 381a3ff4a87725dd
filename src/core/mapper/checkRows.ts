// Check rows of a formula-heavy workbook: "Prüfsumme EB", "Kontrolle LZB", "Prüfung LZB M+F = gesamt", or a row
// re-adding the parts ("Summe LZB M+W | 3.512") beside a cell that subtracts the figure's own cell and shows 0. A
// reader sees the controller checking a figure, not stating it: such a row is no candidate (and no rival).
import { parseCell, splitAddress } from "../address";
import type { Candidate } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

/** Nouns naming a check (folded text): the row checks, it states no figure. "bitte prüfen" (a remark) is none. */
const CHECK_WORD = /(^| )(pruefsumme|pruefung|pruefzeile|pruefwert|kontrolle|kontrollsumme|kontrollzeile|kontrollwert|check|abgleich|plausibilitaet\w*|plausicheck)( |$)/;

/** Whether a label names a check ("Kontrolle LZB", "Prüfsumme VWH", "Check"). */
export function namesCheck(label: string): boolean {
  return CHECK_WORD.test(fold(label));
}

/** Same-sheet cell references of a formula ("C15-C11" → C15, C11); undefined when it reaches other sheets. */
function sameSheetRefs(formula: string): Array<{ row: number; col: number }> | undefined {
  if (formula.includes("!")) return undefined;
  return [...formula.matchAll(/\$?([A-Za-z]{1,3})\$?(\d+)/g)].map((m) => parseCell(`${m[1]}${m[2]}`));
}

/**
 * Whether a cell of the row subtracts a formula cell of the same row from (or compares it with) a cell of another
 * row and shows 0: the row re-computes a figure stated elsewhere to check it, and all of its cells are the check's.
 */
function checkedAgainstOtherRow(sheet: SheetGrid, row: number): boolean {
  for (const c of sheet.filledColumns(row)) {
    if (sheet.number(row, c) !== 0) continue;
    const formula = sheet.formula(row, c);
    if (!formula || !formula.includes("-")) continue;
    const refs = sameSheetRefs(formula);
    if (!refs || !refs.some((r) => r.row !== row)) continue;
    if (refs.some((r) => r.row === row && r.col !== c && sheet.hasFormula(row, r.col))) return true;
  }
  return false;
}

/** The candidates without those standing in a check row. */
export function withoutCheckRows(grids: SheetGrid[], candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => {
    const sheet = grids.find((g) => g.index === c.sheet);
    const { range } = splitAddress(c.ref);
    if (!sheet || range.includes(":")) return true;
    const at = parseCell(range.replace(/\$/g, ""));
    const labelAt = parseCell(splitAddress(c.labelCell).range.replace(/\$/g, "").split(":")[0]);
    const label = sheet.text(labelAt.row, labelAt.col);
    if (labelAt.row === at.row && label !== undefined && namesCheck(label)) return false;
    return !checkedAgainstOtherRow(sheet, at.row);
  });
}
