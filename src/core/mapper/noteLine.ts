// A note line between the figures ("Anm.: Wert lt. RD-Mail …", "letzte Bearbeitung: Hr. Demmler (ausgeschieden
// 06/2024)", "erstellt von: …"): a remark on the workbook or a row, never the title of the rows under it. Its
// words would otherwise lend a section a year or a role ("Hr." reads as Hochrechnung, "06/2024" as a date).
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import { isRemark } from "./remark";

/** Who edited or answers for the workbook, as a key before a colon ("letzte Bearbeitung:", "Ansprechpartnerin:"). */
const EDITOR_KEY = /^(zuletzt |letzte )?(bearbeitung|bearbeitet|geaendert|aenderung|erstellt|ansprechpartner\w*|bearbeiter\w*|zustaendig\w*|verantwortlich\w*|autor\w*)\b[^:]{0,25}:/;

/** Whether a one-cell row is a note ("Anm.: …", "Anmerkung: …", "Hinweis: …", an editor's line): no section title. */
export function isNoteLine(text: string): boolean {
  const f = fold(text);
  return isRemark(text) || /^anm\b/.test(f) || EDITOR_KEY.test(text.trim().toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue"));
}

/** A row holding only a note in the label column, no number: a table's rows go on below it. */
export function isNoteRow(sheet: SheetGrid, row: number, labelCol: number): boolean {
  const cols = sheet.filledColumns(row);
  const text = sheet.ownText(row, labelCol);
  return text !== undefined && cols.every((c) => sheet.number(row, c) === undefined) && isNoteLine(text);
}
