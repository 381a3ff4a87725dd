// Reads the monthly tracking sheet (area "Verlauf", the MON_* names of src/core/contract.ts) from a
// snapshot: each series as 12 or 13 month values in a column or a row, the month tables MON_Eintritte and
// MON_Mittel by row label. Cells are read directly: blank → null ("not reported yet"), 0 stays 0. Cells that
// are not usable numbers (text, negative, fractional count, error value) read as null and are recorded as
// issues once, for verlauf/typen; a name that cannot be read at all is recorded for verlauf/typen too.
// With snapshot.asOfMonth = M this year's months after M read as blank and are not checked ("as of March");
// the previous year's series (…_VJ) stay whole.
import { cellInRange } from "../address";
import { MONTHLY_NAMES, MONTHLY_PREFIX, monthlyName, type MonthlyName } from "../contract";
import type { MessageData } from "../messages/render";
import { isCellError, type CellValue, type NameEntry, type WorkbookSnapshot } from "../snapshot";

export const MONTHS = 12;

/** One series: values[i] and cells[i]; 13 entries (index 0 = December of the previous year) or 12 (January …). */
export interface MonthCells {
  values: (number | null)[];
  cells: string[];
}

export interface MonthlyTableRow {
  label: string;
  labelCell: string;
  /** January … December. */
  values: (number | null)[];
  cells: string[];
}

export type MonthlyIssueCode = "form" | "unlesbar" | "blattbezogen" | "doppelt" | "text" | "negativ" | "bruch" | "fehlerwert";

export interface MonthlyIssue {
  code: MonthlyIssueCode;
  name: string;
  cells: string[];
  data: MessageData;
}

export interface MonthlyData {
  /** At least one MON_ name is defined (in any scope, broken included): the area is there. */
  present: boolean;
  series: Map<string, MonthCells>;
  tables: Map<string, MonthlyTableRow[]>;
  issues: MonthlyIssue[];
  /** Months after this one were ignored (aip check --month). */
  asOfMonth?: number;
}

const MONTH_LABELS_DE = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];

const isBlank = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** A month cell as a number, or null with the issue it gives (blank gives none). */
function monthValue(kind: MonthlyName["kind"], v: CellValue): { value: number | null; issue?: { code: MonthlyIssueCode; data: MessageData } } {
  if (isBlank(v)) return { value: null };
  if (isCellError(v)) return { value: null, issue: { code: "fehlerwert", data: { error: v.error } } };
  if (typeof v !== "number" || !Number.isFinite(v)) return { value: null, issue: { code: "text", data: { value: String(v) } } };
  const decimals = Math.abs(v - Math.round(v)) > 1e-9 ? 2 : 0;
  if (v < 0) return { value: null, issue: { code: "negativ", data: { value: v, decimals } } };
  if (kind !== "money" && decimals) return { value: null, issue: { code: "bruch", data: { value: v, decimals } } };
  return { value: v };
}

/** The cells of a 1-row or 1-column range as a flat list with their addresses, or undefined for another shape. */
function line(e: NameEntry): { values: CellValue[]; cells: string[] } | undefined {
  const rows = e.values!.length;
  const cols = e.values![0]?.length ?? 0;
  if (rows === 1) return { values: e.values![0], cells: e.values![0].map((_, c) => cellInRange(e.address!, 0, c)) };
  if (cols === 1) return { values: e.values!.map((r) => r[0]), cells: e.values!.map((_, r) => cellInRange(e.address!, r, 0)) };
  return undefined;
}

/** Month number (1–12) of entry i of a series: 13-cell series start with December of the previous year (month 0). */
export const monthOfIndex = (length: number, i: number) => (length === 13 ? i : i + 1);

export function readMonthly(snapshot: WorkbookSnapshot): MonthlyData {
  const asOfMonth = snapshot.asOfMonth;
  const data: MonthlyData = { present: false, series: new Map(), tables: new Map(), issues: [], ...(asOfMonth ? { asOfMonth } : {}) };
  const byName = new Map<string, NameEntry[]>();
  for (const e of snapshot.names) {
    if (!e.name.toUpperCase().startsWith(MONTHLY_PREFIX)) continue;
    const c = monthlyName(e.name);
    if (!c) continue;
    data.present = true;
    byName.set(c.name, [...(byName.get(c.name) ?? []), e]);
  }
  const later = (month: number) => asOfMonth !== undefined && month > asOfMonth;

  for (const c of MONTHLY_NAMES) {
    const entries = byName.get(c.name);
    if (!entries) continue;
    const issue = (code: MonthlyIssueCode, cells: string[], extra: MessageData = {}) => data.issues.push({ code, name: c.name, cells, data: { name: c.name, ...extra } });
    const wb = entries.filter((e) => e.scope.kind === "workbook");
    if (wb.length === 0) {
      issue("blattbezogen", []);
      continue;
    }
    if (wb.length > 1) {
      issue("doppelt", [], { count: wb.length });
      continue;
    }
    const e = wb[0];
    if (e.problem || !e.address || !e.values || !e.values.length) {
      issue("unlesbar", [], { refersTo: e.refersTo });
      continue;
    }
    // The previous year is history: "as of month M" cuts only this year's months.
    const previousYear = c.name.endsWith("_VJ");
    const cellValue = (v: CellValue, cell: string, month: number): number | null => {
      if (!previousYear && later(month)) return null;
      const { value, issue: problem } = monthValue(c.kind, v);
      if (problem) issue(problem.code, [cell], { ...problem.data, month });
      return value;
    };

    if (c.shape !== "table") {
      const expected = c.shape === "months13" ? 13 : 12;
      const l = line(e);
      if (!l || l.values.length !== expected) {
        issue("form", [cellInRange(e.address, 0, 0)], { rows: e.values.length, cols: e.values[0].length, expected });
        continue;
      }
      data.series.set(c.name, { values: l.values.map((v, i) => cellValue(v, l.cells[i], monthOfIndex(expected, i))), cells: l.cells });
      continue;
    }

    // Tables: a label column and 12 month columns; a first row whose month cells are text is the header.
    const width = e.values[0].length;
    if (width !== MONTHS + 1) {
      issue("form", [cellInRange(e.address, 0, 0)], { rows: e.values.length, cols: width, expected: MONTHS + 1 });
      continue;
    }
    const header = e.values[0].slice(1).every((v) => typeof v === "string" || isBlank(v)) ? 1 : 0;
    const rows: MonthlyTableRow[] = [];
    const address = e.address;
    for (let r = header; r < e.values.length; r++) {
      const cells = e.values[r];
      if (cells.every((v) => isBlank(v))) continue; // spacer row
      const label = typeof cells[0] === "string" ? cells[0].trim() : isCellError(cells[0]) ? cells[0].error : cells[0] === null ? "" : String(cells[0]);
      const monthCells = cells.slice(1).map((_, m) => cellInRange(address, r, m + 1));
      rows.push({
        label,
        labelCell: cellInRange(address, r, 0),
        values: cells.slice(1).map((v, m) => cellValue(v, monthCells[m], m + 1)),
        cells: monthCells,
      });
    }
    data.tables.set(c.name, rows);
  }
  return data;
}

/** German short month label (1 = "Jan"); month 0 is December of the previous year. */
export function monthLabelDe(month: number): string {
  return month === 0 ? "Dez VJ" : MONTH_LABELS_DE[month - 1];
}

export const MONTH_HEADER_DE: readonly string[] = MONTH_LABELS_DE;
