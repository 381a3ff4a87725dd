// "Eintritte | Ist 26 | Plan 27" … "Summe | 314 | 318" over "lt. Text | | 318": a bare reference to the programme's
// text right under a table's total row states the table's figure as the text gives it — read with the word of the
// table's head corner ("Eintritte lt. Text": FOE_Eintritte_Plan) — and is no row of the table, which ends at its
// total. Under another row than a total ("AGH | 40 | 38" over "lt. Text") or under a corner naming no figure
// ("Instrument") it names nothing.
import type { SheetGrid } from "./grid";
import { matchLabel, type LabelMatch } from "./matchLabel";
import { fold } from "./normalize";

const TEXT_REFERENCE = /^(lt|laut|gem|gemaess|entspr|entsprechend|s|siehe|wie im)( dem)? (aip |programm |aip programm )?(text|textteil|programmtext)$/;
const TOTAL = /^(summe|gesamt|insgesamt|zusammen|total|summe gesamt|gesamtsumme)\b/;

/** Whether a label is only a reference to the programme's text ("lt. Text", "laut AIP-Text", "gem. Textteil"). */
export function isTextReference(text: string): boolean {
  // Every label cell is asked: leave those not opening with a reference's first letter before folding.
  return text.length <= 30 && /^\s*[lgesw]/i.test(text) && TEXT_REFERENCE.test(fold(text));
}

/** The reading of a bare text reference at (row, col) right under a total row, with its table's head corner. */
export function textReferenceMatch(sheet: SheetGrid, row: number, col: number): LabelMatch | undefined {
  const own = sheet.ownText(row, col);
  if (own === undefined || !isTextReference(own) || row - 1 < sheet.r0) return undefined;
  const total = sheet.ownText(row - 1, col);
  if (total === undefined || !TOTAL.test(fold(total))) return undefined;
  // The table's head corner: the top row of the block above, in the label column.
  let top = row - 1;
  while (top - 1 >= sheet.r0 && !sheet.rowBlank(top - 1)) top--;
  const corner = sheet.ownText(top, col);
  if (corner === undefined || top >= row - 2) return undefined;
  const m = matchLabel(`${corner} ${own}`);
  return m.standalone.length > 0 && m.standalone.every((s) => s.context === "foerderung") ? m : undefined;
}
