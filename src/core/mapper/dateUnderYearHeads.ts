// "Stand Mittelzuteilung | 28.12.2023 | 28.12.2024" under "Position | Plan 2024 | Plan 2025": a copied workbook keeps
// last year's column beside the new one. A date row under year-headed columns belongs to the planning year's
// column, as the figures above it do; the other year's date is never the one the programme means.
import type { Low } from "./candidate";
import { fold, yearsIn } from "./normalize";
import { columnHeader, type ColumnHeader } from "./roles";
import type { SheetGrid } from "./grid";

type HeadOf = (col: number) => ColumnHeader | undefined;

/**
 * The column to read a date row from when its heads name years: the planning year's, or a low for another year's.
 * Only for a date of the planning year's programme (AIP_Stand, BUD_Zuteilung_Stand): the previous year's data date
 * (ZIE_VJ_Stand) rightly stands under the previous year.
 */
export function dateColumnByYearHead(sheet: SheetGrid, row: number, labelCol: number, beside: number, planYear: number | undefined, name: string, isFigureLabelRow: (r: number, cols: number[]) => boolean): { col: number; low?: Low } {
  if (planYear === undefined || /_VJ_/.test(name)) return { col: beside };
  const headOf: HeadOf = (c) => columnHeader(sheet, row, c, planYear, labelCol, isFigureLabelRow);
  const own = headOf(beside);
  // Only a head naming a year ("Plan 2024"), not a word ("Prognose" of a status row above).
  if (own?.role === undefined || own.role === "current" || yearsIn(fold(own.text)).length === 0) return { col: beside };
  const dated = sheet.filledColumns(row).filter((c) => c > beside && sheet.number(row, c) !== undefined);
  const planned = dated.filter((c) => headOf(c)?.role === "current");
  if (planned.length === 1) return { col: planned[0] };
  // A lone date under an old year's head ("Plan 2024") right below it: maybe the old allocation, so only low.
  if (own.acrossBlank) return { col: beside };
  return { col: beside, low: { id: "jahr", text: `Das Datum steht unter „${own.text}“, nicht unter dem Planjahr ${planYear}.` } };
}
