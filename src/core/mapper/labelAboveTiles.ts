// Dashboard tiles with the label ABOVE the value: a row of tile labels ("Köpfe | | VZÄ", "Integrationsquote 2026
// (Ziel) | | LZB-Bestand 2026 (Ziel)") over a row holding each tile's (often merged) big value right under its
// label, and small lines under a tile naming only a role ("Vorjahr: | 26,8 %", "Veränderung: | -1,1 %"): those
// are the tile's figure for that role (lines read by ./tileChange.ts tileLineAt). (Tiles with the label left of the
// value are read by findCells.)
import type { Candidate, Claims } from "./candidate";
import type { SheetGrid } from "./grid";
import { labelledPartCandidate } from "./labelledPart";
import { matchLabel, type LabelMatch } from "./matchLabel";
import { fold } from "./normalize";
import { roleOf } from "./roles";
import { ABSOLUTE_CHANGE } from "./context";
import { tileLineAt } from "./tileChange";

interface Tile {
  labelRow: number;
  col: number;
  /** The row of the tile's value (right under the label row, or under its merged labels). */
  valueRow: number;
  /** Last column the tile spans (its label's or value's merge, else its own column). */
  lastCol: number;
  /** Last row of the tile's value (its merge). */
  valueEnd: number;
  label: string;
  match: LabelMatch;
  /** A finder before this one read the tile's value already (a head row over one data row): only its lines are new. */
  claimed: boolean;
}

/** The last row/column of a cell's merge, or the cell itself. */
function spanOf(sheet: SheetGrid, r: number, c: number): { row: number; col: number } {
  const m = sheet.mergeOf(r, c);
  return m ? { row: m.end.row, col: m.end.col } : { row: r, col: c };
}

/** "Anteil Kommune" (staff share or the budget's municipal part): the one reading of the tile's area, if any. */
function inArea(m: LabelMatch, area: string | undefined): LabelMatch {
  if (m.standalone.length < 2 || area === undefined) return m;
  const here = m.standalone.filter((s) => s.context === area);
  return here.length === 1 ? { ...m, standalone: here } : m;
}

/** The tiles of a label row: labels naming one figure, each over a lone number right under it. */
function tilesOf(sheet: SheetGrid, r: number, claims: Claims): Tile[] {
  const cols = sheet.filledColumns(r);
  // A tile row holds labels only; a number in it makes it a data row.
  if (cols.length < 2 || cols.some((c) => sheet.ownText(r, c) === undefined)) return [];
  const labelEnd = Math.max(...cols.map((c) => spanOf(sheet, r, c).row));
  const below = labelEnd + 1;
  const tiles: Tile[] = [];
  for (const c of cols) {
    if (sheet.number(below, c) === undefined) continue;
    // A text left of the number in its row labels it there ("Köpfe | 338" inside a tile): not the tile's value.
    if (c > sheet.c0 && sheet.value(below, c - 1) !== null) continue;
    const value = spanOf(sheet, below, c);
    // A column of numbers under the label is a table under its head, not a tile.
    if (sheet.number(value.row + 1, c) !== undefined) continue;
    const label = sheet.ownText(r, c)!;
    const match = inArea(matchLabel(label), sheet.areaAt(r, c));
    if (match.standalone.length !== 1) continue;
    tiles.push({ labelRow: r, col: c, valueRow: below, lastCol: Math.max(spanOf(sheet, r, c).col, value.col), valueEnd: value.row, label, match, claimed: claims.has(sheet.index, r, c) || claims.has(sheet.index, below, c) });
  }
  // One lone label over one lone number is a label/value pair however placed; tiles come in rows.
  return tiles.length >= 2 ? tiles : [];
}

/**
 * "Vorjahr:", "Veränderung:": a line under a tile naming only the previous year or the change. A difference in
 * %-points is absolute, no relative change; lines under a tile of the previous year ("IQ 2025 (vorl.)" in 2026)
 * are that year's, not the plan's.
 */
function lineRole(text: string, tileLabel: string, planYear: number | undefined): "previous" | "change" | undefined {
  if (matchLabel(text).standalone.length > 0 || roleOf(fold(tileLabel), planYear) === "previous") return undefined;
  const folded = fold(text);
  const role = roleOf(folded, planYear);
  if (role === "change" && ABSOLUTE_CHANGE.test(folded)) return undefined;
  return role === "previous" || role === "change" ? role : undefined;
}

export function findLabelAboveTiles(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let r = sheet.r0; r < sheet.lastRow; r++) {
    for (const t of tilesOf(sheet, r, claims)) {
      const spec = t.match.standalone[0];
      const tile = labelledPartCandidate(sheet, { row: t.valueRow, col: t.col, areaCol: t.col, labelCol: t.col, label: t.label, value: sheet.number(t.valueRow, t.col)! }, spec, t.match, planYear, "Die Beschriftung");
      if (tile && !t.claimed) out.push({ ...tile, labelCell: sheet.ref({ row: t.labelRow, col: t.col }) });
      // The tile's small lines: right under its value, or after one blank row; they end at the first other row.
      let rr = t.valueEnd + 1;
      if (sheet.rowBlank(rr)) rr++;
      for (; rr <= sheet.lastRow; rr++) {
        // The line's label in the tile's own column, its value the first number right of it in the tile.
        const line = tileLineAt(sheet, rr, t.col, t.lastCol);
        if (line === undefined || line.labelCol !== t.col || !lineRole(line.label, t.label, planYear)) break;
        const valueCol = line.col;
        if (valueCol === undefined || claims.has(sheet.index, rr, valueCol)) break;
        const found = labelledPartCandidate(sheet, { row: rr, col: valueCol, areaCol: t.col, labelCol: t.col, label: line.label, value: sheet.number(rr, valueCol)! }, spec, t.match, planYear, "Die Beschriftung");
        if (found) out.push(found);
      }
    }
  }
  return out;
}
