// "Verwaltungshaushalt | gesamt | 9.120.000", "Zuteilung VWT | Bundesanteil | 6.120.000", "Anteil Ausländer | an Alo
// SGB II 2025 | 21,4 %", "Eintritte | lt. erster Aufstellung (Okt. 2025) | | 702": a label whose words go on in the
// next cell, the number after that, is one label split over two text cells; a reader reads both together. Asked
// only when the first cell gave no value (the text beside it stopped the search) and the second, read alone,
// names no figure of its own — or the first does (then the second only qualifies it: "Zuteilung VWT" and
// "Bundesanteil" are the allocation, not the VH's federal share). A number, a unit, a missing value or a role
// text ("Vorjahr", handled as a role column) in the second cell is no qualifier.
import type { SheetGrid } from "./grid";
import { looksNumeric } from "./values";
import { isMissingValueText, isPointerText } from "./missingValue";
import { isUnderNoteHead } from "./noteColumn";
import { isRemarkHead } from "./remarkColumns";

/** "siehe Anlage 2", "vgl. Zeile 12": a pointer to elsewhere. */
const POINTER = /^(siehe|s\.|vgl\.?|see)\s/i;

/** Whether the column's head above (the block's first row, up to a blank row) is a remark head ("Anmerkung", "Hinweis"). */
function underRemarkHead(sheet: SheetGrid, row: number, col: number): boolean {
  for (let r = row - 1; r >= sheet.r0 && !sheet.rowBlank(r); r--) {
    const t = sheet.ownText(r, col);
    if (t !== undefined && isRemarkHead(fold(t).replace(/[.:]/g, " ").replace(/\s+/g, " ").trim())) return true;
  }
  return false;
}
import { isUnitCell } from "./unitColumn";
import { fold } from "./normalize";
import { readColumn } from "../columnRoles";

/** A check mark or yes/no ("x", "ok", "erledigt") answers a question in the label, it qualifies nothing. */
const MARK = /^(x|ok|ja|nein|erledigt|offen|\?|✓|✔)$/;
/** A role text ("Vorjahr", "Ziel 2026", "Veränderung") makes a role column (./roleColumn.ts), no qualifier. */
const ROLE_KINDS = new Set(["plan", "ist", "prognose", "change", "latest"]);

/** A qualifier is short: a sentence beside a label is a note, no part of it. */
const MAX_QUALIFIER = 48;
/** A unit alone ("€", "Anzahl", "%") says what the number counts, no words of the label. */
const UNIT_ONLY = /^(€|eur|euro|%|in %|vzae|personen|pers|koepfe|tsd|tsd €|teur|anzahl|anz|stk|stueck|bg|bgs)$/;

export interface JoinedLabel {
  /** The qualifier's column: the values are searched right of it. */
  col: number;
  text: string;
  /** The qualifier's own words (folded): the whole reading must know one ("Nord" is a place, no qualifier). */
  words: string[];
}

/**
 * The label at (row, col) read with the text cell right beside it, when a number follows that cell in the row
 * (past empty cells only); undefined when the next cell is no qualifier.
 */
export function joinedLabelAt(sheet: SheetGrid, row: number, col: number): JoinedLabel | undefined {
  const own = sheet.ownText(row, col);
  if (own === undefined) return undefined;
  // The label opens its row: a text after others ("VZÄ | Stand" in "Personal | Köpfe | VZÄ | Stand | …") is a head.
  if (sheet.filledColumns(row)[0] !== col) return undefined;
  const cols = sheet.filledColumns(row).filter((c) => c > col);
  if (cols.length < 2) return undefined;
  const q = cols[0];
  // Right beside the label (or its merged area): a text two columns away belongs to another block.
  if (q !== (sheet.mergeOf(row, col)?.end.col ?? col) + 1) return undefined;
  const text = sheet.ownText(row, q);
  if (text === undefined || text.length > MAX_QUALIFIER || looksNumeric(text.trim()) || isMissingValueText(text)) return undefined;
  // A note ("siehe Anlage 2", a "Hinweis" column's text) comments the row, no words of its label.
  if (isPointerText(text) || POINTER.test(text.trim()) || isUnderNoteHead(sheet, row, q) || underRemarkHead(sheet, row, q)) return undefined;
  if (!/\p{L}{2}/u.test(text) || MARK.test(fold(text).trim()) || UNIT_ONLY.test(fold(text).trim()) || isUnitCell(sheet, row, q) || ROLE_KINDS.has(readColumn(fold(text)).kind ?? "")) return undefined;
  // Then the number: the first filled cell after the qualifier.
  if (sheet.number(row, cols[1]) === undefined) return undefined;
  const ownWords = new Set(fold(own).split(/[^a-z0-9]+/));
  return { col: q, text: `${own} ${text}`, words: fold(text).split(/[^a-z0-9]+/).filter((w) => w.length > 0 && !ownWords.has(w)) };
}

/** A field word naming what a text value is ("Jobcenter | Name | Jobcenter X"): no value itself. */
const FIELD_WORD = /^(name|bezeichnung|kurzname|kurzbezeichnung|offizielle bezeichnung|amtliche bezeichnung|vollstaendiger name)$/;

/** Whether a text is a field word ("Name", "Bezeichnung"): never a text figure's value. */
export const isFieldWord = (text: string) => FIELD_WORD.test(fold(text).replace(/[.:]/g, " ").replace(/\s+/g, " ").trim());

/**
 * For a text figure: the column of a field word right beside the label with a text after it, where the values
 * start (the name is the text after "Name", never "Name" itself); undefined otherwise.
 */
export function fieldWordAfter(sheet: SheetGrid, row: number, col: number): number | undefined {
  const cols = sheet.filledColumns(row).filter((c) => c > col);
  const q = cols[0];
  if (q === undefined || cols.length < 2 || q !== (sheet.mergeOf(row, col)?.end.col ?? col) + 1) return undefined;
  const text = sheet.ownText(row, q);
  if (text === undefined || !isFieldWord(text)) return undefined;
  return sheet.ownText(row, cols[1]) === undefined ? undefined : q;
}
