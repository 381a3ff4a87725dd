// The structure of FOE_Tabelle shared by the istplan/* rules and the Übersicht: which row is Gesamt
// (level 0), which are instruments (level 1), which "darunter"/"davon" rows (level 2) belong to which
// instrument or to Gesamt, and which rows are subtotals. The level comes from the Ebene column when the
// table has one (as in the example), else from the labels:
//   "Gesamt …", "Insgesamt …", "Gesamtsumme", "Gesamtergebnis", "Summe", "Summe gesamt",
//   "Alle Instrumente"                                                                   → level 0
//   "Summe …", "… gesamt", "… insgesamt", "Ergebnis", "Total" as the first or last row   → level 0
//   "Summe …" between other rows, "Zwischensumme …", "Teilsumme …"                      → subtotal
//   "darunter …", "davon …", "hiervon …", "dabei …", "u. a. …", "unter anderem …",
//   "und zwar …", "dar. …", "dav. …" (after dashes or bullets; labels.ts)               → level 2
//   anything else                                                                       → level 1
// Subtotals repeat instruments above or below them, so they count in no sum and have no parts: the
// darunter/davon rows right under a subtotal are not checked. A level-2 row belongs to the nearest
// instrument above it, or to Gesamt when Gesamt is the nearest (a "darunter Frauen" right under Gesamt).
// Its first word tells "davon"/"hiervon" (a complete breakdown: the rows add up to their parent) from
// "darunter"/"dabei"/"u. a." (parts that may overlap, e.g. darunter Frauen, darunter U25); a level-2 row
// with another label (Ebene 2 in the column) counts as "darunter". Blank spacer rows are skipped; "first or last row" means among the others. Built once per view in one pass, so a table of 100 000 rows costs linear time.
import type { TableView, View } from "./view";
import { isDavon, levelOfLabel, type LabelLevel } from "./labels";

export { levelOfLabel } from "./labels";

export interface FoeStructure {
  table: TableView;
  /** The levels come from the labels (the table has no Ebene column). */
  levelsFromLabels: boolean;
  /** Rows with level 0. */
  gesamtRows: number[];
  /** Rows with level 1. */
  instrumentRows: number[];
  /** Instrument or Gesamt row → its "darunter" rows (parts, may overlap). */
  darunter: Map<number, number[]>;
  /** Instrument or Gesamt row → its "davon" rows (a complete breakdown). */
  davon: Map<number, number[]>;
  /** Level-2 rows without an instrument or Gesamt above them. */
  orphans: number[];
  /** Subtotal rows ("Zwischensumme …"); only without an Ebene column. */
  subtotals: number[];
  /** Every row has a valid level, so sums over level-1 rows are complete. */
  complete: boolean;
}

type Role = LabelLevel | undefined;

const cache = new WeakMap<View, FoeStructure | null>();

export function foeStructure(view: View): FoeStructure | undefined {
  const cached = cache.get(view);
  if (cached !== undefined) return cached ?? undefined;
  const table = view.table("FOE_Tabelle");
  let result: FoeStructure | null = null;
  if (table) {
    const fromLabels = !table.hasColumn("ebene");
    result = {
      table,
      levelsFromLabels: fromLabels,
      gesamtRows: [],
      instrumentRows: [],
      darunter: new Map(),
      davon: new Map(),
      orphans: [],
      subtotals: [],
      complete: true,
    };
    // The parent of the next level-2 rows: an instrument or Gesamt row, "none" under a subtotal.
    let parent: number | "none" | undefined;
    const filled = [...Array(table.rows).keys()].filter((r) => !table.isSpacer(r));
    const firstRow = filled[0];
    const lastRow = filled[filled.length - 1];
    for (let r = 0; r < table.rows; r++) {
      if (table.isSpacer(r)) continue; // a blank spacer row: no level, no figures
      const ebene = table.num(r, "ebene");
      const role: Role = fromLabels
        ? levelOfLabel(table.text(r, "instrument"), r === firstRow || r === lastRow)
        : ebene === 0 || ebene === 1 || ebene === 2
          ? ebene
          : undefined;
      if (role === 0) {
        result.gesamtRows.push(r);
        parent = r;
      } else if (role === 1) {
        result.instrumentRows.push(r);
        parent = r;
      } else if (role === "subtotal") {
        result.subtotals.push(r);
        parent = "none";
      } else if (role === 2) {
        if (parent === undefined) result.orphans.push(r);
        else if (parent !== "none") {
          const groups = isDavon(table.text(r, "instrument")) ? result.davon : result.darunter;
          const list = groups.get(parent) ?? [];
          list.push(r);
          groups.set(parent, list);
        }
      } else {
        result.complete = false; // blank or invalid Ebene: reported by typen/*
      }
    }
  }
  cache.set(view, result);
  return result ?? undefined;
}

/** The cell that shows a row's level: its Ebene cell, or its label when the levels come from the labels. */
export function levelCell(s: FoeStructure, row: number): string {
  return s.table.cell(row, s.levelsFromLabels ? "instrument" : "ebene");
}

/**
 * Gesamt Ist and Plan, or, without exactly one Gesamt row with both figures, the sums of the instruments;
 * undefined values where a figure cannot be read.
 */
export function foeTotals(s: FoeStructure): { ist?: number; plan?: number; fromGesamt: boolean } {
  const { table } = s;
  if (s.gesamtRows.length === 1) {
    const g = s.gesamtRows[0];
    const ist = table.num(g, "ist");
    const plan = table.num(g, "plan");
    if (ist !== undefined && plan !== undefined) return { ist, plan, fromGesamt: true };
  }
  const sum = (key: string) => s.instrumentRows.reduce((acc, r) => acc + (table.num(r, key) ?? 0), 0);
  return { ist: sum("ist"), plan: sum("plan"), fromGesamt: false };
}

/**
 * A row as message data, for the placeholder `{row, row, instrument}` (rendered „Instrument“, or
 * "Zeile n" when the instrument cell is blank); `prefix` names the keys for a second row (parentRow …).
 */
export function rowData(table: TableView, row: number, prefix = ""): Record<string, string | number> {
  const k = (key: string) => (prefix ? `${prefix}${key[0].toUpperCase()}${key.slice(1)}` : key);
  return { [k("row")]: row + 1, [k("instrument")]: table.text(row, "instrument") };
}

/** The two figure columns of FOE_Tabelle; messages name them through the `column` key in their data. */
export const FIGURE_COLUMNS = ["ist", "plan"] as const;
