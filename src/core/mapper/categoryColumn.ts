// "Nr | Bereich | Kennzahl | Einheit | Wert": a key-value table whose "Bereich" column groups its rows (Budget,
// Personal, Ziele) is no table of staff areas, though its head says "Bereich". Its rows have their label in the
// column right of the category, so a run whose every row holds text right of its label column, and none of whose
// rows names a typical entry, is a column of categories: no table of its own, and its cells stay free.
import type { SheetGrid } from "./grid";

/** Whether the rows first..last hold text right beside labelCol in every row while no row names a typical entry. */
export function isCategoryColumn(sheet: SheetGrid, first: number, last: number, labelCol: number, known: number): boolean {
  if (known > 0 || last <= first) return false;
  for (let r = first; r <= last; r++) if (sheet.ownText(r, labelCol + 1) === undefined) return false;
  return true;
}
