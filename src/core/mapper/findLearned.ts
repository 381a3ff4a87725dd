// Candidates from the workbook's own words (./learned.ts): a cell whose label equals a remembered label
// (compared folded, without years, footnote marks and units) gives its name the value beside it. Which
// value in a row of several is decided by the column header's role (Plan/Ist/VJ/Veränderung, or the year),
// never by "the first"; customer structure (KUN_*) is as of the latest year shown, its _VJ the year before.
// Hidden sheets are not read, as for every proposal.
import { contractName } from "../contract";
import { isCellError, type CellValue } from "../snapshot";
import { orderOf, type Candidate, type Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { isGenericLabel, learnedKey, roleOfName, type LearnedLabel } from "./learned";
import { fold, yearsIn } from "./normalize";
import { latestYearRoles } from "./context";
import { columnHeader } from "./roles";
import { judgeValue, looksNumeric } from "./values";


const UNIT_ONLY = /^(€|eur|euro|%|vzae|personen|koepfe|tsd|tsd €|anzahl)$/;

interface ValueCell {
  row: number;
  col: number;
  value: CellValue;
}

function valuesRight(sheet: SheetGrid, row: number, col: number, wantText: boolean): ValueCell[] {
  const out: ValueCell[] = [];
  for (let c = col + 1; c <= sheet.lastCol; c++) {
    const v = sheet.value(row, c);
    if (v === null || v === "") continue;
    if (typeof v === "number" || typeof v === "boolean" || isCellError(v)) {
      out.push({ row, col: c, value: v });
      continue;
    }
    const t = String(v).trim();
    if (UNIT_ONLY.test(fold(t))) continue;
    if (wantText || looksNumeric(t)) {
      out.push({ row, col: c, value: t });
      if (wantText) break;
      continue;
    }
    break;
  }
  return out;
}

/** A transposed table: the label heads a column, the value stands right below it. */
function valueBelow(sheet: SheetGrid, row: number, col: number): ValueCell[] {
  for (let r = row + 1; r <= Math.min(sheet.lastRow, row + 2); r++) {
    const v = sheet.value(r, col);
    if (v === null || v === "") continue;
    return typeof v === "number" || isCellError(v) ? [{ row: r, col, value: v }] : [];
  }
  return [];
}

/** The value of the name's role among several in a row; undefined when the headers do not tell. */
function pickByHeader(sheet: SheetGrid, cells: ValueCell[], labelCol: number, name: string, planYear: number | undefined): ValueCell | undefined {
  const role = roleOfName(name);
  const headers = cells.map((c) => columnHeader(sheet, c.row, c.col, planYear, labelCol));
  if (name.startsWith("KUN_")) {
    // Customer structure is as of the latest year reported: the newest year column is current, the one before _VJ
    // (the same reading as the label data's, ./context.ts latestYearRoles).
    const roles = latestYearRoles(headers.map((h) => h?.text), planYear);
    if (roles.every((r) => r !== undefined) && new Set(roles).size === roles.length) {
      const i = roles.indexOf(role);
      return i >= 0 ? cells[i] : undefined;
    }
  }
  const matching = cells.filter((_, i) => headers[i]?.role === role);
  if (matching.length === 1) return matching[0];
  // Last year's columns kept beside this year's ("Plan 2024 | Plan 2025"): the role's year decides.
  if (matching.length > 1 && planYear !== undefined && role !== "change") {
    const year = role === "current" ? planYear : planYear - 1;
    const ofYear = matching.filter((c) => yearsIn(fold(headers[cells.indexOf(c)]?.text ?? "")).includes(year));
    if (ofYear.length === 1) return ofYear[0];
  }
  return undefined;
}

export interface LearnedCandidate extends Candidate {
  /** The sheet is the one the label was learned on (compared without years). */
  sameContext: boolean;
}

/**
 * Candidates of the remembered labels on one sheet. Cells a table finder claimed are read too: the user
 * said this label is this figure, which outweighs a guess that the rows form a table.
 */
export function findLearned(sheet: SheetGrid, learned: readonly LearnedLabel[], planYear: number | undefined): LearnedCandidate[] {
  const byKey = new Map<string, LearnedLabel[]>();
  for (const l of learned) {
    const key = learnedKey(l.label);
    // Generic labels ("Summe", a bare year) are never synonyms, even when a hand-made label file holds them.
    if (key && !isGenericLabel(l.label)) byKey.set(key, [...(byKey.get(key) ?? []), l]);
  }
  if (byKey.size === 0) return [];
  const sheetKey = learnedKey(sheet.name);
  const out: LearnedCandidate[] = [];
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    if (sheet.rowBlank(r)) continue;
    for (const c of sheet.filledColumns(r)) {
      const text = sheet.ownText(r, c);
      if (text === undefined || text.length > 200) continue;
      const entries = byKey.get(learnedKey(text));
      if (!entries) continue;
      const names = new Map<string, boolean>();
      for (const e of entries) names.set(e.name, names.get(e.name) === true || e.context === undefined || learnedKey(e.context) === sheetKey);
      for (const [name, sameContext] of names) {
        const kind = contractName(name)?.kind;
        const right = valuesRight(sheet, r, c, kind === "text");
        const cells = right.length ? right : valueBelow(sheet, r, c);
        if (cells.length === 0) continue;
        const lows: Low[] = [];
        let cell = cells.length === 1 ? cells[0] : pickByHeader(sheet, cells, c, name, planYear);
        if (!cell) {
          // Several numbers and no header telling which: not taken at all when another role's header marks them.
          cell = cells[0];
          lows.push({ id: "spalte", text: `In der Zeile stehen ${cells.length} Zahlen, und kein Spaltenkopf sagt, welche zu ${name} gehört; genommen wurde die erste.` });
        }
        const percentHint = /%|prozent/.test(fold(text));
        const j = judgeValue(name, cell.value, sheet.format(cell.row, cell.col), percentHint, fold(text));
        if (!j.ok) lows.push({ id: j.id, text: j.text });
        out.push({
          name,
          sheet: sheet.index,
          ref: sheet.ref({ row: cell.row, col: cell.col }),
          label: text,
          labelCell: sheet.ref({ row: r, col: c }),
          value: cell.value,
          lows,
          ...(j.ok && j.noteId ? { noteId: j.noteId, note: j.note } : {}),
          order: orderOf(sheet.index, r, c),
          sameContext,
        });
      }
    }
  }
  return out;
}
