// A neutral in-memory workbook (sheets, cells, defined names): the form in which the example workbook
// and the template are described once, then written to xlsx, loaded into the fake Excel, or turned
// into a snapshot directly. Pure data, no file format.
import { parseRange, rangeA1, splitAddress, quoteSheet, cellA1 } from "./address";
import { contractName } from "./contract";
import { ROWS_BELOW_TABLES, type CellValue, type NameEntry, type NameProblem, type NameScope, type SheetInfo, type WorkbookSnapshot } from "./snapshot";

/** Last row index of a sheet (0-based; Excel has 1.048.576 rows). */
const MAX_ROW_INDEX = 1_048_575;

export interface ModelCell {
  /** Constant, or the cached result of `formula`. */
  value: CellValue;
  /** Formula in English (Excel file) syntax with a leading "=", e.g. "=SUM(B12:B16)". */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
}

export interface ModelSheet {
  name: string;
  visibility?: SheetInfo["visibility"];
  /** Column widths in characters, from column A on. */
  columnWidths?: number[];
  /** Cells by A1 address. */
  cells: Record<string, ModelCell>;
}

export interface ModelName {
  name: string;
  /** "=Haushalt!$B$7", "=#REF!", "=[1]Tabelle1!$A$1", … */
  refersTo: string;
  scope?: NameScope;
}

export interface WorkbookModel {
  sheets: ModelSheet[];
  names: ModelName[];
}

export type ParsedReference = { sheet: string; range: string } | { problem: NameProblem; detail: string };

/** Interpret a defined name's "refers to" text the way Excel does for a plain cell reference. */
/**
 * An absolute R1C1 reference ("Ziele!R8C2:R9C3"): Excel with the R1C1 reference style on has been reported to
 * give names' formulas in that form (office-js #1831). Relative ones (R[1]C) depend on a base cell and are not
 * read here (the Excel host takes those names' addresses from their ranges).
 */
function r1c1Reference(text: string): ParsedReference | undefined {
  const m = /^('(?:[^']|'')+'|[^!'"()=,;:]+)!R(\d+)C(\d+)(?::R(\d+)C(\d+))?$/i.exec(text);
  if (!m) return undefined;
  const { sheet } = splitAddress(`${m[1]}!A1`);
  const start = { row: Number(m[2]) - 1, col: Number(m[3]) - 1 };
  const end = m[4] ? { row: Number(m[4]) - 1, col: Number(m[5]) - 1 } : start;
  if (start.row < 0 || start.col < 0 || end.row < start.row || end.col < start.col) return undefined;
  return { sheet, range: rangeA1(start, end) };
}

export function parseReference(refersTo: string): ParsedReference {
  const text = refersTo.trim().replace(/^=/, "");
  // #REF! is English Excel's text; German Excel shows #BEZUG! (the Excel host classifies by NamedItem.type as well).
  if (/#(?:REF|BEZUG)!/i.test(text)) return { problem: "ref-error", detail: `verweist auf ${text}` };
  if (/^'?\[[^\]]*\]/.test(text) || /\.xls[xmb]?\]/i.test(text)) {
    return { problem: "external", detail: `verweist in eine andere Datei (${text})` };
  }
  const m = /^('(?:[^']|'')+'|[^!'"()=,;:]+)!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(text);
  if (!m) return r1c1Reference(text) ?? { problem: "not-a-range", detail: `ist kein Zellbezug (${text})` };
  const { sheet } = splitAddress(`${m[1]}!A1`);
  const { start, end } = parseRange(m[2].replace(/\$/g, ""));
  return { sheet, range: rangeA1(start, end) };
}

/** Read a name's cells out of a model, the way a host reads a named range. */
export function snapshotFromModel(model: WorkbookModel, source: string): WorkbookSnapshot {
  const sheets = new Map(model.sheets.map((s) => [s.name.toLowerCase(), s]));
  const names: NameEntry[] = model.names.map((n) => {
    const entry: NameEntry = { name: n.name, scope: n.scope ?? { kind: "workbook" }, refersTo: n.refersTo };
    const ref = parseReference(n.refersTo);
    if ("problem" in ref) return { ...entry, problem: ref.problem, problemDetail: ref.detail };
    const sheet = sheets.get(ref.sheet.toLowerCase());
    if (!sheet) return { ...entry, problem: "sheet-missing", problemDetail: `Blatt „${ref.sheet}“ fehlt` };
    const { start, end } = parseRange(ref.range);
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: string[][] = [];
    for (let r = start.row; r <= end.row; r++) {
      const vRow: CellValue[] = [];
      const fRow: (string | null)[] = [];
      const nRow: string[] = [];
      for (let c = start.col; c <= end.col; c++) {
        const cell = sheet.cells[cellA1({ row: r, col: c })];
        vRow.push(cell ? cell.value : null);
        fRow.push(cell?.formula ?? null);
        nRow.push(cell?.numberFormat ?? "General");
      }
      values.push(vRow);
      formulas.push(fRow);
      numberFormats.push(nRow);
    }
    // Like the Excel and xlsx hosts: the rows right below a table name, so every host gives the same findings.
    const below: CellValue[][] = [];
    if (contractName(n.name)?.kind === "table") {
      for (let r = end.row + 1; r <= Math.min(end.row + ROWS_BELOW_TABLES, MAX_ROW_INDEX); r++) {
        const row: CellValue[] = [];
        for (let c = start.col; c <= end.col; c++) row.push(sheet.cells[cellA1({ row: r, col: c })]?.value ?? null);
        below.push(row);
      }
    }
    return {
      ...entry,
      sheet: sheet.name,
      address: `${quoteSheet(sheet.name)}!${ref.range}`,
      values,
      formulas,
      numberFormats,
      ...(below.length ? { belowValues: below } : {}),
    };
  });
  return {
    source,
    sheets: model.sheets.map((s) => ({ name: s.name, visibility: s.visibility ?? "visible" })),
    names,
  };
}

/** Deep copy, so tests and the fake Excel can change a model without touching the original. */
export function cloneModel(model: WorkbookModel): WorkbookModel {
  return structuredClone(model);
}
