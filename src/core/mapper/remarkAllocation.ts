// "1.1 | EGT | EUR | 5.050.000 | Zuteilung lt. EinglMV, vorl.": a bare budget word whose remark (under "Bem.",
// "Anmerkung") says the row is the allocation reads as the label with the remark's words, as an allocation title
// over the rows would make it (./labelSpecs.ts allocationMatch). A remark naming no allocation ("lt. GF", "vorl.")
// lends no word, nor does a remark beside a label that names an allocation or a figure outside the budget.
import type { SheetGrid } from "./grid";
import { isAllocation } from "./allocationAsPart";
import { matchAt } from "./labelCells";
import { matchLabel, type LabelMatch } from "./matchLabel";
import { fold } from "./normalize";
import { isUnderNoteHead } from "./noteColumn";
import { namesNoAllocation } from "./notAllocation";

/** Folded words of an allocation: "Zuteilung", "zugeteilt", "Mittelzuweisung". */
const ALLOCATION_WORD = /\b(\w*zuteilung\w*|zugeteilt\w*|\w*zuweisung\w*|zugewiesen\w*)\b/;

/** The label at (row, col) read with the allocation its row's remark names, or undefined. */
export function remarkAllocationMatch(sheet: SheetGrid, row: number, col: number): LabelMatch | undefined {
  const own = matchAt(sheet, row, col).standalone;
  if (own.length === 0 || own.some(isAllocation) || !own.every((s) => Object.values(s.names).some((n) => n?.startsWith("BUD_")))) return undefined;
  const label = sheet.ownText(row, col) ?? "";
  if (namesNoAllocation(label, own)) return undefined;
  const remark = sheet
    .filledColumns(row)
    .filter((c) => c > col)
    .map((c) => ({ c, text: sheet.ownText(row, c) }))
    .find((x) => x.text !== undefined && ALLOCATION_WORD.test(fold(x.text)) && isUnderNoteHead(sheet, row, x.c));
  if (!remark) return undefined;
  const m = matchLabel(`${label} ${remark.text}`);
  return m.standalone.length > 0 && m.standalone.every(isAllocation) ? m : undefined;
}
