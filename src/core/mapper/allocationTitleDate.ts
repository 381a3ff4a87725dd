// "Mittelzuteilung 2027 (vorläufig) | | Stand: | 15.10.2026", "Zuweisung des Bundes 2028 | | Bescheid vom | …": an
// allocation block's title carries the date of the allocation right of it. The date word there dates what the title
// names (the allocation, BUD_Zuteilung_Stand), not the programme; and the pair is no column of figures, so the
// title still heads the budget rows under it as an allocation title (./allocationTitle.ts).
import { isDateFormat } from "../excelDate";
import type { SheetGrid } from "./grid";
import { matchLabel, type LabelMatch } from "./matchLabel";
import { asDateWord, DATE_SPEC_IDS } from "./trailingDateWord";

/** A bare dating word ("vom", "Stand:", "Datum") or a label naming only a date ("Bescheid vom", "Stand der Zuweisung"). */
function isDateWord(text: string): boolean {
  const t = text.trim();
  if (/^(vom|am|per|zum|datum|stand)\s*:?$/i.test(t)) return true;
  const m = matchLabel(asDateWord(t) ?? t).standalone;
  return m.length > 0 && m.every((s) => DATE_SPEC_IDS.has(s.id));
}

const isDateCell = (sheet: SheetGrid, r: number, c: number) => sheet.number(r, c) !== undefined && isDateFormat(sheet.format(r, c));

/** The date's column when (r, c) holds a date word and the next filled cell of the row a date, else undefined. */
export function datingPairAt(sheet: SheetGrid, r: number, c: number): number | undefined {
  const next = sheet.filledColumns(r).find((x) => x > c);
  if (next === undefined || !isDateCell(sheet, r, next)) return undefined;
  const text = sheet.ownText(r, c);
  return text !== undefined && sheet.number(r, c) === undefined && isDateWord(text) ? next : undefined;
}

/**
 * The date word at (row, col) read with the allocation title left of it in its row ("Stand Mittelzuteilung 2027"),
 * when that names the allocation's date; else undefined. The title is the row's first cell, only blanks between,
 * and a label stands under it (it heads a block; a lone line "Zuteilung | Stand: | …" is no title).
 */
export function allocationDateMatch(sheet: SheetGrid, row: number, col: number, isAllocationTitle: (text: string) => boolean): LabelMatch | undefined {
  const cols = sheet.filledColumns(row);
  const at = cols.indexOf(col);
  if (at !== 1 || datingPairAt(sheet, row, col) === undefined) return undefined;
  const title = sheet.ownText(row, cols[0]);
  if (title === undefined || sheet.number(row, cols[0]) !== undefined || !isAllocationTitle(title)) return undefined;
  if (row + 1 > sheet.lastRow || sheet.ownText(row + 1, cols[0]) === undefined) return undefined;
  const m = matchLabel(`Stand ${title}`);
  return m.standalone.length > 0 && m.standalone.every((s) => s.id === "zuteilung-stand") ? m : undefined;
}
