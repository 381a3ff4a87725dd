// "Summe Eintritte" followed by "davon Frauen": rows under a table's closing total that are parts of it
// (davon/darunter) break the total down by people; they are no instruments, so the table ends at its total.
// Part rows under the last instrument ("Arbeitsgelegenheiten" over "davon Zuverdienst") stay in the table.
// So does a figure of its own right under the total ("Summe" over "Planeintritte lt. AIP-Text | | 599"): the
// planned entries as the text states them are FOE_Eintritte_Plan, no instrument of the table.
import { FOE_PART, INSTRUMENT_WORDS } from "./labels";
import { matchLabel } from "./matchLabel";
import { fold } from "./normalize";

/** A row under the total naming a Förderung figure of its own, no instrument ("Eintritte lt. Text (erste Aufstellung)"). */
const ownFigure = (key: string) => key !== "" && !INSTRUMENT_WORDS.test(fold(key)) && matchLabel(key).standalone.some((s) => s.context === "foerderung");

/** The table's last row: the closing total when only part rows or figures of their own follow it, else `last` unchanged. */
export function endAtClosingTotal(top: number, last: number, keyOf: (row: number) => string, isTotalKey: (key: string) => boolean): number {
  for (let r = last; r > top + 1; r--) {
    const key = keyOf(r);
    if (isTotalKey(key)) return r;
    if (!FOE_PART.test(key) && !ownFigure(key)) return last;
  }
  return last;
}
