// A BI export in long format: "Period | Version | Measure | Value" or "KPI | Period | Version | Total | Male |
// Female". Each row carries its year and its version (Plan, Actual/Ist, Forecast) in columns of its own, headed
// by those words: together they are the row's role, as "Plan 2025" or "Ist 2024" in a role column would be
// (./roleColumn.ts). The values are right of the label and, where the period and version stand right of it,
// right of them.
import { readColumn } from "../columnRoles";
import type { SheetGrid } from "./grid";
import { fold, isYearNumber } from "./normalize";
import type { RoleCell } from "./roleColumn";

const PERIOD_HEAD = /^(period|periode|year|jahr|berichtsjahr|zeitraum)$/;
const VERSION_HEAD = /^(version|szenario|scenario|wertart|datenart|value type|werttyp)$/;
const FORECAST = /^(forecast|fc|outlook|estimate)\b/;
const VERSION_KINDS = new Set(["plan", "ist", "prognose"]);
/** Rows above a data row searched for the export's head row. */
const MAX_UP = 60;

/** The head row of the block holding `row`: the nearest row above, without a blank row between, of texts only. */
function headRowOf(sheet: SheetGrid, row: number): number | undefined {
  for (let r = row - 1; r >= Math.max(sheet.r0, row - MAX_UP); r--) {
    if (sheet.rowBlank(r)) return undefined;
    const cols = sheet.filledColumns(r);
    if (cols.length >= 3 && cols.every((c) => sheet.ownText(r, c) !== undefined)) return r;
  }
  return undefined;
}

/**
 * The row's role from its period and version columns, as a role cell: its text "<version> <period>" and the column
 * the values start after (the later of the two when they stand right of the label, else the label's own).
 */
export function periodVersionCell(sheet: SheetGrid, row: number, labelCol: number, planYear: number | undefined): RoleCell | undefined {
  const head = headRowOf(sheet, row);
  if (head === undefined) return undefined;
  let period: number | undefined;
  let version: number | undefined;
  for (const c of sheet.filledColumns(head)) {
    const t = fold(sheet.ownText(head, c)!);
    if (PERIOD_HEAD.test(t)) period = c;
    else if (VERSION_HEAD.test(t)) version = c;
  }
  if (period === undefined || version === undefined || period === labelCol || version === labelCol) return undefined;
  const year = sheet.number(row, period) ?? Number(sheet.ownText(row, period));
  const own = sheet.ownText(row, version);
  // "Forecast", "Forecast (Jan)": the export's English word for a Prognose.
  const kindText = own !== undefined && FORECAST.test(fold(own)) ? "Prognose" : own;
  if (!isYearNumber(year) || kindText === undefined || !VERSION_KINDS.has(readColumn(kindText).kind ?? "")) return undefined;
  const after = Math.max(period, version);
  const col = after > labelCol ? after : labelCol;
  // A change row ("IQ change vs. PY") of the planning year's plan is the programme's change; of another version or
  // year it is none of the programme's figures (never the previous year's value).
  if (readColumn(sheet.ownText(row, labelCol) ?? "").kind === "change") {
    const role = readColumn(kindText).kind === "plan" && year === planYear ? "change" : "none";
    return { col, text: `${kindText} ${year}`, definite: true, role };
  }
  return { col, text: `${kindText} ${year}`, definite: true };
}
