// Held-out set 78 (tester ho78): money the way finance keeps it — Haushaltsüberwachungsliste with
// Haushaltsstellen and Ansatz/Bindungen/verfügbar columns, a Finanzplan by Titel with the Umschichtung in
// brackets and VE, a budget only in T€, the monthly Mittelabfluss beside the annual plan with "./." and "="
// in the labels, the budget by Kostenstellen with the VH's financing, the Gesamtbudget as a matrix
// Titel × Zuteilung/Umschichtung/KFA. Measured once (290/304, no wrong sicher).
// after fix78: 304/304, no wrong sicher (the EB's split in the columns of its row, VE/later-year columns, the VWT row
// of the matrix with KFA and Gesamt, "Zuteilung gem. EinglMV vom", bindings by grants of earlier years).
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_78 } from "../fixtures/heldOut78";

const FLOORS: Record<string, [number, number]> = {
  "ho78-hhstellen": [51, 51],
  "ho78-klammern": [50, 50],
  "ho78-teur": [50, 50],
  "ho78-monatsabfluss": [50, 50],
  "ho78-kostenstellen": [51, 51],
  "ho78-matrix": [52, 52],
};
// No wrong sicher as measured.
const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_78, FLOORS, KNOWN_WRONG);
