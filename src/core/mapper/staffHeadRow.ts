// "Personal | Köpfe | VZÄ | Vorjahr VZÄ" over "insgesamt | 196 | 178,4 | …" and the areas: a head row whose column
// heads name the VZÄ heads the staff table by area as a heading naming it would, when its corner names the staff
// ("Personal", "Mitarbeitende"): the corner says whose, the heads say VZÄ. A corner naming neither ("Übersicht")
// leaves it to the rows; a corner naming the breakdown ("Aufteilung | VZÄ") says "Aufteilung der VZÄ" in two cells. Its total may stand on top, right under the head row: the areas start below it.
import { isTotalLabel, readColumn } from "../columnRoles";
import type { SheetGrid } from "./grid";
import { labelKey } from "./labelCells";
import { fold } from "./normalize";

const STAFF_CORNER = /\b(personal\w*|mitarbeit\w*|beschaeftigt\w*|belegschaft|bedienstet\w*)\b/;
/** "Aufteilung | VZÄ": a breakdown word in the corner is "Aufteilung der VZÄ" split into two cells. */
const BREAKDOWN_CORNER = /^((auf|ver)teilung|(auf|unter)?gliederung|aufschluesselung)\b(?!.*\b(traeger\w*|ba|kommun\w*|geschlecht\w*|frauen|maenner)\b)/;

/** Typical area rows such a table needs (its corner does not name it). */
export const KNOWN_ROWS_UNDER_STAFF_HEADS = 2;

/** Whether the text at (row, col) names the staff and heads a row with a VZÄ column head right of it. */
export function isStaffHeadRow(sheet: SheetGrid, row: number, col: number, staffNamedAbove = false): boolean {
  const corner = fold(sheet.ownText(row, col) ?? "").trim();
  if (!staffNamedAbove && !STAFF_CORNER.test(corner) && !BREAKDOWN_CORNER.test(corner)) return false;
  const right = sheet.filledColumns(row).filter((c) => c > col);
  if (right.length === 0 || !right.every((c) => sheet.ownText(row, c) !== undefined)) return false;
  return right.some((c) => readColumn(sheet.ownText(row, c)!).kind === "vzae");
}

/** The total row right under a head row ("insgesamt" on top of the areas), or undefined. */
export function totalOnTop(sheet: SheetGrid, first: number, labelCol: number): number | undefined {
  const key = first <= sheet.lastRow ? labelKey(sheet, first, labelCol) : undefined;
  return key !== undefined && isTotalLabel(key) && sheet.filledColumns(first).some((c) => c > labelCol && sheet.number(first, c) !== undefined) ? first : undefined;
}
