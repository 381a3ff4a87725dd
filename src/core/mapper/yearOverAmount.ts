// "Anzahl | Anteil" under a year merged over both ("2024" over B3:C3): the plain amount column is that year's
// count as the share column is that year's share. A reader takes the merged year for every subcolumn under it,
// whatever the subcolumn's word; the amount word itself names no year's role ("Anzahl", "absolut", "Wert").
import { fold } from "./normalize";

/** Words of a plain amount heading a subcolumn: a count, a number, a value, absolute. */
const PLAIN_AMOUNT = /^(anzahl|absolut|abs|wert|werte|zahl|zahlen|betrag|menge|bestand|personen|faelle|n)$/;

/** Whether a head names only a plain amount ("Anzahl", "abs.", "Wert", "Zahl"), no year and no role. */
export function namesPlainAmount(text: string): boolean {
  return PLAIN_AMOUNT.test(fold(text).replace(/[^a-z ]+/g, " ").trim());
}
