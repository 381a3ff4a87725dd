// A remark column beside the value ("Betrag | Anteil in % | Bemerkung"): what stands under "Bemerkung",
// "Quelle" or "Begründung" explains the value ("15,2 %" as the KoFi rate, "Stichtag 31.12.2024"), it is never a
// second value of the row, so it must not make the row's number doubtful.
// So does a booking key beside the amounts ("Ansatz 2025 | Ansatz 2026 | Produkt" over "31.2.02", "Kostenstelle",
// "HH-Stelle", "Sachkonto"): a finance reader reads it as where the money is booked, never as an amount, though
// a dotted product number may look like a date or a number.
import { fold } from "./normalize";
import type { ColumnHeader } from "./roles";

// "Bem.", "Anm.", "Erl.": the remark head typed short.
const REMARK_HEAD = /^(bemerkung|anmerkung|hinweis|kommentar|erlaeuterung|begruendung|notiz|quelle|datenquelle|fussnote)(en|e|n)?\b|^(bem|anm|erl)$/;
const CODE_HEAD =
  /^(produkt(nummer|nr|gruppe|bereich|schluessel)?|produkt nr|kostenstellen?|kst|kostentraeger|sachkont(o|en)|konto|kontonummer|buchungsstellen?|haushaltsstellen?|hh stellen?|hhst|finanzposition(en)?|fipo|psp element)\b/;

/**
 * A bare as-of head ("Stichtag", "Datenstand", "Abrufdatum") beside the value: each row's date of its value, as a
 * source column says where it comes from. Only the bare word: "Stichtag 31.12.2024" heads values of that date.
 */
const AS_OF_HEAD = /^(stichtag|datenstand|abrufdatum|abfragedatum|stand der daten|datum der daten)$/;

/** Whether a column head names remarks, sources or reasons (the head's first word decides), or each row's as-of date. */
export function isRemarkHead(text: string | undefined): boolean {
  if (text === undefined) return false;
  const f = fold(text).trim();
  return REMARK_HEAD.test(f) || AS_OF_HEAD.test(f);
}

/** Whether a column head names a booking key (product, cost centre, account, budget position). */
export function isCodeHead(text: string | undefined): boolean {
  return text !== undefined && CODE_HEAD.test(fold(text).trim());
}

/** The value columns of a row without those under a remark or booking-key head. */
export function withoutRemarkColumns<C extends { header: ColumnHeader | undefined }>(columns: C[]): C[] {
  return columns.filter((c) => !isRemarkHead(c.header?.text) && !isCodeHead(c.header?.text));
}
