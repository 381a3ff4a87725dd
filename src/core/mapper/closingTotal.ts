// "Summe Eintritte" followed by "davon Frauen": rows under a table's closing total that are parts of it
// (davon/darunter) break the total down by people; they are no instruments, so the table ends at its total.
// Part rows under the last instrument ("Arbeitsgelegenheiten" over "davon Zuverdienst") stay in the table.
// So does a figure of its own right under the total ("Summe" over "Planeintritte lt. AIP-Text | | 599"): the
// planned entries as the text states them are FOE_Eintritte_Plan, no instrument of the table (right under the last
// instrument of a table without a total row as well). And after a closing
// total and a blank row, or before a memo line ("nachrichtlich: Eintritte Reha"), the table does not go on.
import { FOE_PART, INSTRUMENT_WORDS } from "./labels";
import { matchLabel } from "./matchLabel";
import { fold } from "./normalize";
import { isTextReference } from "./textReferenceRow";

/** A row under the total naming a Förderung figure of its own, no instrument ("Eintritte lt. Text (erste Aufstellung)"). */
// A bare "lt. Text" there states the table's total as the text gives it, no instrument either (./textReferenceRow.ts).
const ownFigure = (key: string) => key !== "" && !INSTRUMENT_WORDS.test(fold(key)) && (isTextReference(key) || matchLabel(key).standalone.some((s) => s.context === "foerderung"));

/**
 * The row's text as written, read whole: the key drops an abbreviation's dot ("Eintr. lt. Erstplanung" →
 * "eintr lt erstplanung"), the label itself still names the planned entries.
 */
const ownFigureText = (text: string | undefined) => text !== undefined && !INSTRUMENT_WORDS.test(fold(text)) && matchLabel(text).standalone.some((s) => s.context === "foerderung");

/** The table's last row: the closing total when only part rows or figures of their own follow it, else `last` unchanged. */
export function endAtClosingTotal(top: number, last: number, keyOf: (row: number) => string, isTotalKey: (key: string) => boolean, textOf: (row: number) => string | undefined = () => undefined): number {
  const figureAt = (r: number) => ownFigure(keyOf(r)) || ownFigureText(textOf(r));
  // Without a closing total too: "Einstiegsgeld" over "Planeintritte (erste Aufstellung lt. Text):" ends at
  // "Einstiegsgeld"; the line is FOE_Eintritte_Plan, no instrument (a total-like one under no total stays).
  while (last > top + 1 && figureAt(last) && !isTotalKey(keyOf(last)) && !isTotalKey(keyOf(last - 1)) && !FOE_PART.test(keyOf(last))) last--;
  for (let r = last; r > top + 1; r--) {
    const key = keyOf(r);
    // "Summe" over "geplante Eintritte insgesamt (s. Textteil)": the line under the total names a figure of its own.
    if (isTotalKey(key) && !(figureAt(r) && isTotalKey(keyOf(r - 1)))) return r;
    if (!FOE_PART.test(key) && !figureAt(r)) return last;
  }
  return last;
}

// "nachrichtlich: Eintritte Reha", "nachr.", "zur Information": a memo line shown beside the table, not a row of it.
const MEMO = /^(nachrichtl\w*|nachr|zur (information|info|kenntnis)|informativ\w*|ausserhalb\w*)\b/;

/**
 * Whether rows after a blank row still belong to the table: not after a closing total (`lastKey` a total below
 * other rows; "Summe", blank, "nachrichtlich: …" closes the table at "Summe"), nor when the next row is a memo line.
 */
export function goesOnAfterBlank(lastKey: string, lastIsFirstRow: boolean, nextKey: string, isTotalKey: (key: string) => boolean): boolean {
  if (MEMO.test(nextKey)) return false;
  return lastIsFirstRow || !isTotalKey(lastKey);
}
