// A row of column headings ("Merkmal | Standort Nord | JC gesamt 2024 | JC gesamt 2023") is no label beside its
// text value: when the cells under both the label and the text hold numbers, the texts head those columns.
// So is a row of three or more text heads over a filled row ("Jobcenter | Kreis | Bemerkung" over "Jobcenter Nord |
// N1 | vorläufig", "Jobcenter | VH_Gesamt_EUR | …" over a name and numbers): a head beside a head is no name/value
// pair, its text value heads the column of values below it. A label/value block ("Jobcenter | Jobcenter X" over
// "Planjahr | 2025") has no such row: its rows are two cells, or hold a number or date beside the label; a table
// beside the block (apart by two or more empty columns) does not make its rows longer.
import { opensWithListNumber, opensWithOutlineNumber } from "./outlineGroup";
import { opensWithRowNumber } from "./formRowNumbers";
import type { SheetGrid } from "./grid";

export function headsNumberColumns(sheet: SheetGrid, row: number, labelCol: number, valueCol: number): boolean {
  // A form's numbered row ("010 | Jobcenter | … | Jobcenter Kreis X") is data, not a heading (./formRowNumbers.ts).
  // So is a list's row numbered by outline ("0.1 | Jobcenter | | JC Vogtland-Ost", ./outlineGroup.ts).
  // So is a row numbered "1." in a number column of its own ("1. | Jobcenter | Jobcenter Landkreis Gotha").
  // So is a row of a category list ("Allgemein | Jobcenter | Jobcenter Gera" under "Bereich | Kennzahl | Wert", ./areaColumn.ts).
  if (row + 1 > sheet.lastRow || sheet.listAreaColumn(row) !== undefined || opensWithRowNumber(sheet, row, sheet.filledColumns(row)) || opensWithOutlineNumber(sheet, row) || opensWithListNumber(sheet, row)) return false;
  if (sheet.number(row + 1, labelCol) !== undefined && sheet.number(row + 1, valueCol) !== undefined) return true;
  // So is a row of a form numbered "1 | Jobcenter | | Jobcenter X" over "2 | Zielvereinbarungsjahr | | 2025": the
  // running number continues in the row below, each row an item of the list, no head over it.
  if (opensWithListNumber(sheet, row) && opensWithListNumber(sheet, row + 1)) return false;
  // Only the label's own block counts: a block beside it ("Landesziele 2026" over its own table) heads nothing here.
  const heads = sheet.blockColumns(row, labelCol);
  return heads.length >= 3 && heads.every((c) => sheet.ownText(row, c) !== undefined && sheet.value(row + 1, c) !== null);
}
