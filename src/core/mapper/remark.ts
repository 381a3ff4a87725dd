// A remark or footnote line: no title of what follows, nor a header.
import { fold } from "./normalize";

/** A remark or footnote line ("Bemerkung: …", "Hinweis: …", "* ohne …", "1) …"): no title of what follows. */
export function isRemark(text: string): boolean {
  return /^\s*(\*|\d\)|¹|²)/.test(text) || /^(bemerkung|bemerkungen|anmerkung|anmerkungen|hinweis|hinweise|notiz|kommentar|erlaeuterung|fussnote|quelle|nb|anm)\b/.test(fold(text));
}

/**
 * A sentence of prose ("Im Jahr 2026 werden wir voraussichtlich 3.310 Integrationen bei durchschnittlich 14.720 ELB
 * erzielen."): eight words or more closed by a full stop. It tells, it titles no section: the figures it names
 * give the rows below no area.
 */
export function isSentence(text: string): boolean {
  return /[.!]\s*$/.test(text) && text.trim().split(/\s+/).length >= 8;
}
