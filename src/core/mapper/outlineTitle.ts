// A lone outline-numbered heading ("E) Personal", "4. Personal", "B. Ziele") titles the rows below it, even when
// its word names a figure ("Personal" alone may label the head count): a figure's label is not numbered like an
// outline, and nothing stands beside it. So it ends the reach of a table's header above it ("Merkmal | JD 2024 |
// JD 2025" of the customer block does not head "Köpfe | 160" under "E) Personal"). Only over rows of one number: a
// title over rows filling the columns of the header above ("2. Personal" over "Köpfe | 44 | 46" under "Ist 2023 |
// Plan 2024") groups rows of that table, as a group title does (./groupTitle.ts).
import type { SheetGrid } from "./grid";
import { isNumberedTitle } from "./groupTitle";

/** "A) Zielsteuerung", "E) Personal": a capital letter with a closing parenthesis numbers a section (digits "1)" mark footnotes). */
const LETTER_PAREN = /^\s*[A-H]\)\s+\p{L}/u;

/** Whether the cell is the only filled cell of its row and holds an outline-numbered heading. */
export function isLoneOutlineTitle(sheet: SheetGrid, row: number, col: number): boolean {
  const text = sheet.ownText(row, col);
  if (text === undefined || text.length > 60) return false;
  const cols = sheet.filledColumns(row);
  if (cols.length !== 1 || cols[0] !== col || !(isNumberedTitle(text) || LETTER_PAREN.test(text))) return false;
  const next = row + 1 <= sheet.lastRow ? sheet.filledColumns(row + 1) : [];
  return next.filter((c) => sheet.number(row + 1, c) !== undefined).length <= 1;
}
