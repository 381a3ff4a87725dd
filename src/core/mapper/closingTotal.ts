// "Summe Eintritte" followed by "davon Frauen": rows under a table's closing total that are parts of it
// (davon/darunter) break the total down by people; they are no instruments, so the table ends at its total.
// Part rows under the last instrument ("Arbeitsgelegenheiten" over "davon Zuverdienst") stay in the table.
import { FOE_PART } from "./labels";

/** The table's last row: the closing total when only part rows follow it, else `last` unchanged. */
export function endAtClosingTotal(top: number, last: number, keyOf: (row: number) => string, isTotalKey: (key: string) => boolean): number {
  for (let r = last; r > top + 1; r--) {
    const key = keyOf(r);
    if (isTotalKey(key)) return r;
    if (!FOE_PART.test(key)) return last;
  }
  return last;
}
