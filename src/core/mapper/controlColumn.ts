// A control column beside the stated values ("Ziel 2026 | Veränd. lt. ZV | Kontrolle rechnerisch"): the controller
// recomputes what the row states to see that it adds up. The recomputed number checks the stated one, it is no
// second value of the row, so it must not make the stated target or change doubtful. Only beside another column:
// a row whose only number stands under such a head keeps it (and its doubt).
import { fold } from "./normalize";
import type { ColumnHeader } from "./roles";

/** Heads naming a check of the row ("Kontrolle", "Prüfung", "Gegenprobe", "Abgleich", "Check", "Plausi"). */
const CONTROL_HEAD =
  /(^|\W)(kontrolle|kontrollrechnung|kontrollwert|kontrollspalte|pruefung|pruefwert|pruefspalte|pruefsumme|gegenprobe|gegenrechnung|abgleich|check|plausi\w*|nachgerechnet|nachrechnung)(\W|$)/;

/** Whether a column head names a check of the row's stated values. */
export function isControlHead(text: string | undefined): boolean {
  return text !== undefined && CONTROL_HEAD.test(fold(text));
}

/** The value columns of a row without those under a control head, when another column is left. */
export function withoutControlColumns<C extends { header: ColumnHeader | undefined }>(columns: C[]): C[] {
  const kept = columns.filter((c) => !isControlHead(c.header?.text));
  return kept.length > 0 ? kept : columns;
}
