// The rows of a staff table by area under its total ("VZÄ gesamt" over "dv. M&I", "dav. Leistung", "darunter
// Zentrale Dienste"): a leading part word ("davon", its short forms "dav.", "dv.") says the row is part of the total
// above; the area is what follows. A row naming two figures joined by a slash ("Anteil BA / Kommune | 76 % | 24 %")
// is a figure row of its own, never one more area: it ends the table.
import { namesSlashPair } from "./slashPairRow";

const PART_WORD = /^(davon|dav|dv|darunter|dar|hiervon)\s+/;

/** The folded area label without a leading part word ("dv m i" → "m i"). */
export function withoutPartWord(key: string): string {
  return key.replace(PART_WORD, "");
}

/** Whether a row's label names two figures by a slash pair, so it ends an area table. */
export function endsAreaRun(text: string | undefined): boolean {
  return text !== undefined && namesSlashPair(text);
}
