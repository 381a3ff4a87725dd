// "VZÄ | 41,3" over "  M&I | 17,5", "  Leistung | 15,0", "  Sonstige | 8,8": labels indented by leading spaces under
// an unindented label show the rows as that row's breakdown, as a heading would; so two typical area rows (beside a
// catch-all "Sonstige") suffice for the total above to name them (./totalAbove.ts). Rows not all indented, or an
// indented total, show nothing.
import type { SheetGrid } from "./grid";

/** Typical rows an indented breakdown needs. */
export const INDENTED_KNOWN_ROWS = 2;

const indented = (v: unknown) => typeof v === "string" && /^[ \t\u00a0]+\S/.test(v);

/** Whether every label of rows first..last in labelCol is indented and the label in row `above` is not. */
export function indentedUnder(sheet: SheetGrid, above: number, labelCol: number, first: number, last: number): boolean {
  const top = sheet.value(above, labelCol);
  if (typeof top !== "string" || indented(top) || last <= first) return false;
  for (let r = first; r <= last; r++) if (!indented(sheet.value(r, labelCol))) return false;
  return true;
}
