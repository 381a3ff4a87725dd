// A transposed table's row label may name a figure of its own ("IQ Ziel 2025" under "nach Geschlecht | Männer |
// Frauen"): the column head is then that figure's part (its gender), not a figure read alone from the head — a
// bare "Frauen" head over a target figure's row is never the staff share.
import { matchAt } from "./labelCells";
import type { SheetGrid } from "./grid";
import type { LabelSpec } from "./labels";
import { contractName } from "../contract";

/** A label naming only a year ("Jahr", the "Jahres-" of "Jahresziel 2025"): in a role row it is the row's year, no figure. */
const namesYearOnly = (s: LabelSpec) => Object.values(s.names).every((n) => n !== undefined && contractName(n)?.kind === "year");

/** Whether the row label at (row, col) names a figure other than the head's `spec`. */
export function rowNamesOtherFigure(sheet: SheetGrid, row: number, col: number, spec: LabelSpec): boolean {
  if (sheet.ownText(row, col) === undefined) return false;
  return matchAt(sheet, row, col).standalone.some((s) => s.id !== spec.id && !namesYearOnly(s));
}
