// A version history ("Versionshistorie": Version | Datum | Bearbeiter | Anmerkung) lists when earlier drafts were
// made: its dates are the versions', never the programme's Stand, and its rows hold no figure. It is a table
// whose head has a version column and a date column and either a title naming a version or change history above
// it or a column of who or what changed ("Bearbeiter", "Anmerkung", "Änderung").
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

const cleaned = (t: string | undefined) => (t === undefined ? "" : fold(t).replace(/[.:()]/g, " ").replace(/\s+/g, " ").trim());

const VERSION = /^(version|versionsnr|vers|fassung|entwurf|v nr|nr)$/;
const WHEN = /^(datum|stand|geaendert am|erstellt am|date)$/;
const WHO_WHAT = /^(bearbeiter\w*|autor\w*|verfasser\w*|erstellt von|anmerkung\w*|bemerkung\w*|aenderung\w*|kommentar\w*|beschreibung|inhalt|was)$/;
/** A title naming a history of versions or changes (folded). */
const HISTORY_TITLE = /\b(versions|aenderungs|revisions)(historie|verlauf|uebersicht|liste|stand|protokoll)\b|\bhistorie\b|\bversionen\b/;

/** Whether a row heads a version history (see above). */
export function isVersionHistoryHead(sheet: SheetGrid, row: number): boolean {
  const heads = sheet.filledColumns(row).map((c) => cleaned(sheet.ownText(row, c)));
  if (!heads.some((h) => VERSION.test(h)) || !heads.some((h) => WHEN.test(h))) return false;
  const titled = row - 1 >= sheet.r0 && HISTORY_TITLE.test(cleaned(sheet.headingText(row - 1)));
  return titled || heads.some((h) => WHO_WHAT.test(h));
}
