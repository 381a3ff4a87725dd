// A remark or footnote line: no title of what follows, nor a header.
import { fold } from "./normalize";

/** A remark or footnote line ("Bemerkung: …", "Hinweis: …", "* ohne …", "1) …"): no title of what follows. */
export function isRemark(text: string): boolean {
  return /^\s*(\*|\d\)|¹|²)/.test(text) || /^(bemerkung|bemerkungen|anmerkung|anmerkungen|hinweis|hinweise|notiz|kommentar|erlaeuterung|fussnote|quelle|nb)\b/.test(fold(text));
}
