// "Im Jobcenter arbeiten 94 Beschäftigte. | 94", "Das entspricht 86,5 Vollzeitäquivalenten. | 86,5", "78 % des
// Personals stellt die Agentur für Arbeit. | 78 %": a sentence in a label cell may restate the number the cell right
// of it holds. That number is the value, written once more: no running number of a numbered item ("Zugänge 12"),
// no word and no year of the figure. It is set aside before the sentence is matched; every other number stays
// (the years "2024 erreichten wir …" keep saying the value's year, "Wir planen 1.240 Integrationen. | 1.180"
// restates nothing and stays a sentence with a number of its own). Only a label of several words with the value in
// the row's next filled cell.
import type { SheetGrid } from "./grid";
import { normalizeLabel, withoutYears } from "./normalize";
import { withoutLegalReferences } from "./legalReference";
import { oncePerCell } from "./sheetMemo";

/** A German number in a text with its unit: "1.240", "86,5", "-1,2 %", "2.310.000 €", "78 %". */
const NUMBER = /(?<![\p{L}\d.,])([-−+]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d]|\.\d)(\s*(?:%|prozent\b|€|eur\b|euro\b))?/giu;

/** Whether the written number (as shown, rounded to its decimals) is the value; a percent written as 78 % is 0.78. */
function restates(written: number, decimals: number, percent: boolean, value: number): boolean {
  const shown = percent ? value * 100 : value;
  // As shown, rounded to the written decimals, and close to it ("1" is no 0,77 rounded).
  const off = Math.abs(shown - written);
  return off <= 0.5 * 10 ** -decimals + 1e-9 && off <= 0.005 * Math.abs(shown) + 1e-9;
}

/** Remembered per cell: labelKey asks it for every label cell of every table finder. */
const restatedOnce = oncePerCell(restatedStripped);

/** The label's text without the number it restates from the cell right of it; undefined when it restates none. */
export function withoutRestatedValue(sheet: SheetGrid, row: number, col: number): string | undefined {
  // Asked for every label cell by every table finder (./labelCells.ts labelKey): short or number-free texts leave at once.
  const own = sheet.ownText(row, col);
  if (own === undefined || own.length < 12 || !/\d/.test(own)) return undefined;
  return restatedOnce(sheet, row, col);
}

function restatedStripped(sheet: SheetGrid, row: number, col: number): string | undefined {
  // "(§ 44g Abs. 1 SGB II)": a legal reference's numbers are none of the value's (./legalReference.ts).
  const own = sheet.ownText(row, col);
  if (own === undefined || own.length < 12 || !/\d/.test(own)) return undefined;
  const text = withoutLegalReferences(own);
  if (text.length < 12 || !/\d/.test(text) || !/\s\S+\s/.test(text)) return undefined;
  const next = sheet.filledColumns(row).find((c) => c > col);
  const value = next === undefined ? undefined : sheet.number(row, next);
  if (value === undefined) return undefined;
  let hits = 0;
  const out = text.replace(NUMBER, (all, sign: string, whole: string, frac: string | undefined, unit: string | undefined) => {
    const n = Number(whole.replace(/\./g, "")) + (frac ? Number(`0.${frac}`) : 0);
    const written = sign === "-" || sign === "−" ? -n : n;
    const percent = unit !== undefined && /%|prozent/i.test(unit);
    if (!restates(written, frac?.length ?? 0, percent, value)) return all;
    hits++;
    return " ";
  });
  // One number restating the value: two equal ones ("3 von 3") say something else.
  // A sentence of words around it ("2023 waren es 6,9 %." ends as one): "Zugänge 12 | 12" stays a numbered item.
  const words = out.match(/\p{L}{2,}/gu)?.length ?? 0;
  return hits === 1 && (words >= 3 || (words >= 2 && /\.\s*$/.test(text))) ? out.replace(/\s{2,}/g, " ").replace(/\s+([.,:;!?])/g, "$1").trim() : undefined;
}

/** The comparable key (./labelCells.ts labelKey) of a label restating its value, without that number. */
export function restatedKey(sheet: SheetGrid, row: number, col: number): string | undefined {
  const t = withoutRestatedValue(sheet, row, col);
  if (t === undefined) return undefined;
  const core = normalizeLabel(t).core;
  if (core.length > 90) return undefined;
  const key = withoutYears(core);
  return key === "" ? undefined : key;
}
