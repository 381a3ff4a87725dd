// A remark column beside the value ("Betrag | Anteil in % | Bemerkung"): what stands under "Bemerkung",
// "Quelle" or "Begründung" explains the value ("15,2 %" as the KoFi rate, "Stichtag 31.12.2024"), it is never a
// second value of the row, so it must not make the row's number doubtful.
import { fold } from "./normalize";
import type { ColumnHeader } from "./roles";

const REMARK_HEAD = /^(bemerkung|anmerkung|hinweis|kommentar|erlaeuterung|begruendung|notiz|quelle|datenquelle|fussnote)(en|e|n)?\b/;

/** Whether a column head names remarks, sources or reasons (the head's first word decides). */
export function isRemarkHead(text: string | undefined): boolean {
  return text !== undefined && REMARK_HEAD.test(fold(text).trim());
}

/** The value columns of a row without those under a remark head. */
export function withoutRemarkColumns<C extends { header: ColumnHeader | undefined }>(columns: C[]): C[] {
  return columns.filter((c) => !isRemarkHead(c.header?.text));
}
