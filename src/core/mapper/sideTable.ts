// "Gesamtbudget 2027 | Betrag (€) | (leer) | Neubewilligungsmittel je Team | Betrag (€)" over "Zuteilung EGT | 13,9 Mio |
// | M&I Team 1 (Nord) | 1,25 Mio": a blank column, then a column of labels of its own in the rows below, opens another
// table on the same rows. Its head is no second stage of the budget rows on the left, and its numbers are the side
// table's (the teams' money), not a second value of the left rows.
import type { SheetGrid } from "./grid";

/** How many rows under the head the side column must hold a label (text, no number) in, to be a table's label column. */
const LABEL_ROWS = 2;

/**
 * The head row's columns (ascending) up to a blank column after which another table begins: the first column past
 * the gap holds text labels in at least two of the rows right below the head. All columns when nothing stands apart.
 */
export function columnsBeforeSideTable(sheet: SheetGrid, headRow: number, cols: readonly number[]): number[] {
  for (let i = 1; i < cols.length; i++) {
    if (cols[i] <= cols[i - 1] + 1) continue;
    let labels = 0;
    for (let r = headRow + 1; r <= Math.min(sheet.lastRow, headRow + 6); r++) {
      const t = sheet.ownText(r, cols[i]);
      if (t !== undefined && sheet.number(r, cols[i]) === undefined && /[a-zäöü]{3}/i.test(t)) labels++;
    }
    if (labels >= LABEL_ROWS) return cols.slice(0, i);
  }
  return [...cols];
}
