// "Bereich | Kennzahl | Wert | Hinweis" over "Personal | Anteil BA | 70 %": a list whose area column names each
// row's area (Haushalt, Personal, Ziele, Kunden, "VZÄ nach Bereichen") says the section of that row as a section
// title would, also without any year column. A reader takes "Anteil BA" in a "Personal" row as the staff share,
// whatever the sheet's title names. Only a column read as categories: its head is an area head right beside a
// label head, and its cells name at least two different areas; a "Bereich | VZÄ" table of staff areas is none.
import type { AreaId } from "../areas";
import type { SheetGrid } from "./grid";
import { AREA_HEAD, LABEL_HEAD } from "./longListHead";
import { fold } from "./normalize";

/** The area heads' first letters, raw ("Bereich", "Themenbereich", "Kategorie"; ./longListHead.ts folds them). */
const MAYBE_AREA_HEAD = /^\s*(bereich|themen|thema|handlungs|kategorie|rubrik|gruppe|abschnitt|kapitel|area)/i;

export interface AreaColumnRows {
  /** The area column. */
  col: number;
  /** First and last row of the list (the head row excluded). */
  from: number;
  to: number;
  /** Per absolute row the area its area cell names. */
  areas: Map<number, AreaId>;
}

/** The rows of the sheet's category lists with the area their area cell names (cells right of the area column). */
export function areaColumnRows(sheet: SheetGrid, named: (folded: string) => AreaId | undefined): AreaColumnRows[] {
  const out: AreaColumnRows[] = [];
  for (let r = sheet.r0; r < sheet.lastRow; r++) {
    const cols = sheet.filledColumns(r);
    if (cols.length < 3) continue;
    const at = cols.findIndex((c, i) => {
      const head = sheet.ownText(r, c);
      // Most cells are no area head: a plain look at the raw text spares folding each of them.
      if (head === undefined || !MAYBE_AREA_HEAD.test(head)) return false;
      const next = cols[i + 1] === c + 1 ? sheet.ownText(r, c + 1) : undefined;
      return next !== undefined && AREA_HEAD.test(fold(head).trim()) && LABEL_HEAD.test(fold(next).trim());
    });
    if (at < 0) continue;
    const col = cols[at];
    const areas = new Map<number, AreaId>();
    let to = r;
    while (to + 1 <= sheet.lastRow && !sheet.rowBlank(to + 1)) {
      to++;
      const t = sheet.ownText(to, col);
      const a = t === undefined ? undefined : named(fold(t));
      if (a !== undefined) areas.set(to, a);
    }
    if (new Set(areas.values()).size >= 2) out.push({ col, from: r + 1, to, areas });
    r = to;
  }
  return out;
}

/**
 * Whether `row` leaves the category of `first` in a category list ("VZÄ nach Bereichen" rows, then "Förderung |
 * Planeintritte gesamt"): a table of the category's rows ends there, and the next category's "… gesamt" is no total of it.
 */
export function leavesCategory(sheet: SheetGrid, first: number, row: number, labelCol: number): boolean {
  const col = sheet.listAreaColumn(first);
  if (col === undefined || col >= labelCol || sheet.listAreaColumn(row) !== col) return false;
  return sheet.ownText(row, col) !== sheet.ownText(first, col);
}
