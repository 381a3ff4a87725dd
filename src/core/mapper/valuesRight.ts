// The values right of a label in its row (moved out of ./findCells.ts): numbers up to the next text that is not a
// unit. A unit word standing after a gap and followed by its own number ("Haushalt | 8.120.000 | | Köpfe | 97") is
// the label of a second label/value pair on the row, not the unit of the first: the values stop there.
import { isCellError, type CellValue } from "../snapshot";
import type { SheetGrid } from "./grid";
import { isMissingValueText } from "./missingValue";
import { isDashInTextColumn } from "./textColumnDash";
import { fold } from "./normalize";
import { looksNumeric } from "./values";
import { isUnderUnitHead } from "./unitHead";
import { isUnderNoteHead } from "./noteColumn";
import { isYearBesideHeads, isYearHeadingRow } from "./yearHeadingRow";

// "Pers." folds to "pers", "Anz." to "anz": the unit column of a row ("Beschäftigte | Pers. | 128", "Integrationen | Anz. | 2460");
// "BG" counts Bedarfsgemeinschaften ("Alleinerziehende | BG | 6910").
const UNIT_ONLY = /^(€|eur|euro|%|vzae|personen|pers|koepfe|tsd|tsd €|anzahl|anz|stk|stueck|bg|bgs)$/;

export interface ValueCell {
  col: number;
  value: CellValue;
}

const isNumberLike = (v: CellValue) => typeof v === "number" || (typeof v === "string" && looksNumeric(v.trim()));

/**
 * Whether the unit word at (row, c) labels a pair of its own: after a gap behind the values found (or beyond the
 * label's block: a box's edge, ./boxes.ts), a number next.
 */
function opensSecondPair(sheet: SheetGrid, row: number, c: number, found: ValueCell[], col: number): boolean {
  if (found.length === 0) return false;
  if (sheet.value(row, c - 1) !== null && !(c > (sheet.blocks(row).find((b) => col >= b.from && col <= b.to)?.to ?? Infinity))) return false;
  for (let n = c + 1; n <= sheet.lastCol; n++) {
    const v = sheet.value(row, n);
    if (v !== null) return isNumberLike(v);
  }
  return false;
}

/** Values to the right of a label in its row, up to the next text that is not a unit. */
export function valuesRight(sheet: SheetGrid, row: number, col: number, textValues: boolean): ValueCell[] {
  const out: ValueCell[] = [];
  // "Kundenstruktur | 2023 | 2024" over figures' rows: the years head columns, no value (./yearHeadingRow.ts).
  if (!textValues && (isYearHeadingRow(sheet, row, col) || isYearBesideHeads(sheet, row, col))) return out;
  for (let c = col + 1; c <= sheet.lastCol; c++) {
    const v = sheet.value(row, c);
    if (v === null) continue;
    if (typeof v === "number" || typeof v === "boolean" || isCellError(v)) {
      out.push({ col: c, value: v });
      continue;
    }
    const t = String(v).trim();
    if (UNIT_ONLY.test(fold(t)) || isUnderUnitHead(sheet, row, c)) {
      if (opensSecondPair(sheet, row, c, out, col)) break;
      continue;
    }
    // A note between label and value ("Anmerkung": "lt. Beschluss TV") comments the row: read past it to the values (./noteColumn.ts); after them it ends them as before.
    if (out.length === 0 && isUnderNoteHead(sheet, row, c)) continue;
    // "n.v. | 7 %": a missing value written out holds its column's place; the numbers after it still count.
    // Not in a column of words ("Abstimmung": "—", "einvernehmlich"): there it is an empty text (./textColumnDash.ts).
    if (!textValues && isMissingValueText(t) && !isDashInTextColumn(sheet, row, c)) {
      out.push({ col: c, value: t });
      continue;
    }
    if (textValues || looksNumeric(t)) {
      out.push({ col: c, value: t });
      if (textValues) break;
      continue;
    }
    break;
  }
  // A check column's TRUE/FALSE ("Prüfung") beside a number is no second value of the row.
  return out.some((x) => typeof x.value === "number") ? out.filter((x) => typeof x.value !== "boolean") : out;
}
