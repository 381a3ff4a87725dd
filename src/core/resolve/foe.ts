// The structure of FOE_Tabelle shared by the istplan/* rules and the Übersicht: which row is Gesamt
// (Ebene 0), which are instruments (Ebene 1), and which "darunter" rows (Ebene 2) belong to which
// instrument. Built once per view in one pass, so a table of 100 000 rows costs linear time.
import type { TableView, View } from "./view";

export interface FoeStructure {
  table: TableView;
  /** Rows with Ebene 0. */
  gesamtRows: number[];
  /** Rows with Ebene 1. */
  instrumentRows: number[];
  /** Instrument row → its "darunter" rows. */
  darunter: Map<number, number[]>;
  /** Ebene-2 rows without an instrument above them. */
  orphans: number[];
  /** Every row has a valid Ebene, so sums over Ebene-1 rows are complete. */
  complete: boolean;
}

const cache = new WeakMap<View, FoeStructure | null>();

export function foeStructure(view: View): FoeStructure | undefined {
  const cached = cache.get(view);
  if (cached !== undefined) return cached ?? undefined;
  const table = view.table("FOE_Tabelle");
  let result: FoeStructure | null = null;
  if (table) {
    result = { table, gesamtRows: [], instrumentRows: [], darunter: new Map(), orphans: [], complete: true };
    let parent: number | undefined;
    for (let r = 0; r < table.rows; r++) {
      const ebene = table.num(r, "ebene");
      if (ebene === 0) {
        result.gesamtRows.push(r);
        parent = undefined;
      } else if (ebene === 1) {
        result.instrumentRows.push(r);
        parent = r;
      } else if (ebene === 2) {
        if (parent === undefined) result.orphans.push(r);
        else {
          const list = result.darunter.get(parent) ?? [];
          list.push(r);
          result.darunter.set(parent, list);
        }
      } else {
        result.complete = false; // blank or invalid Ebene: reported by typen/*
      }
    }
  }
  cache.set(view, result);
  return result ?? undefined;
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
