// A role column beside the labels: "Kennzahl | Art | GS Nord | … | Jobcenter gesamt", where the "Art" column
// says which year each row is ("Ist 2023", "Ziel 2024", "Veränderung ggü. VJ") and a figure's label stands only
// in the first row of its group (merged down or left empty below). The role cell is the row's year, as a column
// header would be; the numbers start right of it; the rows below the label borrow it.
import { readColumn } from "../columnRoles";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import type { RoleOrNone } from "./roles";
import { isPercentChangeCell } from "./percentChangeRow";

/** Whether the label text at (row, col) names a figure (from the label data; passed in to keep this module free of it). */
export type IsFigureLabel = (row: number, col: number) => boolean;

export interface RoleCell {
  col: number;
  text: string;
  /** The row's year stated in a column of its own (./periodVersion.ts): another year's row is no rival. */
  definite?: boolean;
  /** The role when the text alone does not say it (a change row of a long-format export). */
  role?: RoleOrNone;
}

const ROLE_KINDS = new Set(["plan", "ist", "prognose", "change", "latest"]);
/** A bare year ("2023", "Jahr 2024") is a row's role too. */
/** "Anzahl 2025", "Wert 2025": a counting word before the year says no more than the year. */
const BARE_YEAR = /^((jahr|anzahl|wert|anteil|bestand) )?(19|20)\d\d$/;
/** Rows a group spans at most (the label row and the rows below it). */
const MAX_GROUP = 6;

/** A short text that says a year's role and names no figure: "Ist 2023", "Ziel 2024", "Veränderung ggü. VJ", "2023". */
function isRoleText(sheet: SheetGrid, row: number, col: number, isFigure: IsFigureLabel): boolean {
  const t = sheet.ownText(row, col);
  if (t === undefined || t.length > 32) return false;
  const f = fold(t).replace(/[.:]/g, " ").replace(/\s+/g, " ").trim();
  if (!BARE_YEAR.test(f) && !ROLE_KINDS.has(readColumn(f).kind ?? "")) return false;
  return !isFigure(row, col);
}

/** The first filled cell right of `col` in `row`, and whether a number follows it. */
function nextCell(sheet: SheetGrid, row: number, col: number): { at: number; numberAfter: boolean } | undefined {
  const cols = sheet.filledColumns(row).filter((c) => c > col);
  if (cols.length === 0) return undefined;
  return { at: cols[0], numberAfter: cols.slice(1).some((c) => sheet.number(row, c) !== undefined) };
}

/**
 * The role cell of a labelled row: the first cell right of the label is a role text with numbers after it, and
 * the same column holds a role text in another row of the block too (a column of roles, not one stray word).
 */
export function roleCellOf(sheet: SheetGrid, row: number, labelCol: number, isFigure: IsFigureLabel): RoleCell | undefined {
  const next = nextCell(sheet, row, labelCol);
  if (!next || !next.numberAfter) return undefined;
  // "| in % | 1,8 %" closing a group of Vorjahr and Ziel rows: their change (./percentChangeRow.ts).
  if (sheet.ownText(row, labelCol) === undefined && isPercentChangeCell(sheet, row, next.at)) return { col: next.at, text: sheet.ownText(row, next.at)!, role: "change" };
  if (!isRoleText(sheet, row, next.at, isFigure)) return undefined;
  for (const step of [-1, 1]) {
    for (let r = row + step, n = 0; r >= sheet.r0 && r <= sheet.lastRow && n < MAX_GROUP && !sheet.rowBlank(r); r += step, n++) {
      if (isRoleText(sheet, r, next.at, isFigure)) return { col: next.at, text: sheet.ownText(row, next.at)! };
    }
  }
  return undefined;
}

/**
 * A row of a group below its label ("" | "Ziel 2024" | numbers): its label column is empty (or inside the label's
 * merged area) and its first cell is a role text. The label cell is the group's first row above, reached through
 * rows of the same shape only, whose label names a figure and which has a role cell in the same column.
 */
export function groupLabelOf(sheet: SheetGrid, row: number, isFigure: IsFigureLabel): { row: number; col: number } | undefined {
  const first = sheet.filledColumns(row)[0];
  if (first === undefined || !(isRoleText(sheet, row, first, isFigure) || isPercentChangeCell(sheet, row, first))) return undefined;
  if (!sheet.filledColumns(row).some((c) => c > first && sheet.number(row, c) !== undefined)) return undefined;
  for (let r = row - 1; r >= Math.max(sheet.r0, row - MAX_GROUP + 1); r--) {
    const cols = sheet.filledColumns(r);
    if (cols.length === 0) return undefined;
    if (cols[0] === first) {
      // Another row below the label: the same shape, or the group is not one.
      if (!isRoleText(sheet, r, first, isFigure)) return undefined;
      continue;
    }
    const labelCol = cols[0];
    if (cols[1] !== first || sheet.ownText(r, labelCol) === undefined || !isFigure(r, labelCol)) return undefined;
    // The empty cells between lie in the label's column (or its merged area): no other column's label.
    const merge = sheet.mergeOf(row, labelCol);
    if (merge && (merge.start.row !== r || merge.start.col !== labelCol)) return undefined;
    return roleCellOf(sheet, r, labelCol, isFigure) ? { row: r, col: labelCol } : undefined;
  }
  return undefined;
}
