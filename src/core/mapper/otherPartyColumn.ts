// A column another party added to the Jobcenter's table ("Position | SGB II Plan 2026 (JC) | Landkreis: Ansatz
// Kreishaushalt 2026", "Kennzahl | Ist | Ziel | Landkreis: BG mit KdU (JD 2025)"): the head names whose figures
// stand there, the kommunaler Träger's own budget or count. They are no second value of the Jobcenter's row, so
// they must not make its figure doubtful. Only with the party named as the head's lead ("Landkreis: …",
// "Kreis – …"): a bare "Landkreis" or "Stadt" heads a location's column. Alone in the row it stays (and its doubt).
import type { ColumnHeader } from "./roles";

const PARTY_LEAD = /^\s*(landkreis|kreis|kreisverwaltung|kommune|kommunaler traeger|stadt|traeger|lk)\s*(:|\s[-–]\s)/;

/** Whether a column head leads with another party's name ("Landkreis: …"). */
export function isOtherPartyHead(text: string | undefined): boolean {
  return text !== undefined && PARTY_LEAD.test(text.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue"));
}

/** The value columns of a row without those another party added, when another column is left. */
export function withoutOtherPartyColumns<C extends { header: ColumnHeader | undefined }>(columns: C[]): C[] {
  const kept = columns.filter((c) => !isOtherPartyHead(c.header?.text));
  return kept.length > 0 ? kept : columns;
}
