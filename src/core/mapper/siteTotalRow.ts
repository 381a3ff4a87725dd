// A cross table Standort × Kennzahl: rows of locations ("GS Nord", "AS Weiler") closed by a total row ("Jobcenter
// gesamt", "JC insgesamt", "Summe"). A reader takes the Jobcenter's figures from the total row only; the location
// rows are parts of it. Used where the rows are read as parts (./figureHeadMatrix.ts).
import { readColumn } from "../columnRoles";
import type { SheetGrid } from "./grid";
import { matchAt } from "./findCells";
import { fold, yearsIn } from "./normalize";

/** Location rows a cross table needs before its total (one row alone is no breakdown). */
const MIN_SITES = 2;

/** A row label that totals the rows above it, without a year ("Jobcenter gesamt 2024" is another year's). */
export function isSiteTotalLabel(text: string | undefined): boolean {
  if (text === undefined) return false;
  const f = fold(text).trim();
  return yearsIn(f).length === 0 && readColumn(f).kind === "total";
}

/** The total row closing a block of location rows from `first` down in `labelCol`, or undefined: every row above
 *  it is labelled by a text naming no figure, and nothing but a blank row follows it. */
export function siteTotalRow(sheet: SheetGrid, first: number, labelCol: number): { r: number; label: string } | undefined {
  let sites = 0;
  for (let r = first; r <= sheet.lastRow && !sheet.rowBlank(r); r++) {
    const label = sheet.ownText(r, labelCol);
    if (label === undefined) return undefined;
    if (isSiteTotalLabel(label)) {
      const closed = r === sheet.lastRow || sheet.rowBlank(r + 1);
      return sites >= MIN_SITES && closed ? { r, label } : undefined;
    }
    // A row naming a figure ("Integrationsquote") or a gender is no location.
    if (matchAt(sheet, r, labelCol).standalone.length > 0 || /^(frauen|maenner|weiblich|maennlich)$/.test(fold(label).trim())) return undefined;
    sites++;
  }
  return undefined;
}
