// A label split over two or three columns ("Bereich | Kennzahl | Merkmal | Einheit | Ist 2025 | Ziel 2026" over
// "LZB | Bestand LZB (JDW) | gesamt", "Zuteilung (vorläufig) | EGT", "VWH | gesamt"): the topic, often merged over
// its rows or repeated on each, and the detail or qualifier are read together, as a reader reads the row. The
// columns' heads give the roles; a note or unit column between them and the values is passed over. The whole
// reading decides: "EGT" under the topic "Zuteilung" is the allocation, not the Eingliederungstitel's budget.
import { readColumn } from "../columnRoles";
import type { Candidate, Claims } from "./candidate";
import { rowCandidates, valueHeads } from "./headedRow";
import type { SheetGrid } from "./grid";
import { figureOfRow } from "./groupRows";
import { matchLabel } from "./matchLabel";
import { fold } from "./normalize";
import { mergedHeadEnd } from "./mergedHeadSpan";
import { isCodeHead, isRemarkHead } from "./remarkColumns";
import { roleOf } from "./roles";
import { looksNumeric } from "./values";
import { isShareBaseDetail } from "./shareBaseDetail";

export const UNIT_HEAD = /^(einheit|masseinheit|unit|dimension)$/;
/** A running number's column ("Nr.", "Pos.", "lfd. Nr."): part of no label. */
export const NUMBER_HEAD = /^(nr|nummer|lfd nr|pos|position nr|zeile|gliederung)$/;
/** A table's rows are searched this far down at most. */
const MAX_ROWS = 80;
const YEAR = /^(19|20)\d\d$/;

interface SplitHead {
  labelCols: number[];
  values: Array<{ col: number; head: string }>;
}

/** The head's text: a text head or a bare year ("2024" as a number). */
export function headText(sheet: SheetGrid, r: number, c: number): string | undefined {
  const v = sheet.value(r, c);
  if (typeof v === "number") return Number.isInteger(v) && v >= 1990 && v <= 2100 ? String(v) : undefined;
  return sheet.ownText(r, c);
}

/** Whether a head names a year or a role (the value columns begin there). */
export const namesRole = (head: string, planYear: number | undefined) => roleOf(fold(head), planYear) !== undefined || readColumn(fold(head)).year !== undefined;

/** A head row of two or more label columns, then value columns headed by years or roles. */
function splitHead(sheet: SheetGrid, hr: number, planYear: number | undefined): SplitHead | undefined {
  const filled = sheet.filledColumns(hr);
  // A head merged across columns ("Merkmal" over A:B) heads each of them (./mergedHeadSpan.ts).
  const spanEnd = (c: number) => mergedHeadEnd(sheet, hr, c);
  if (filled.reduce((n, c) => n + spanEnd(c) - c + 1, 0) < 3) return undefined;
  const heads = filled.map((c) => headText(sheet, hr, c));
  // Heads name no figure and no running number ("0.2 | Allgemein | Planjahr | 2026" is a data row).
  if (heads.some((h) => h === undefined || looksNumeric(h.trim()) && !YEAR.test(h.trim()) || matchLabel(h).standalone.length > 0)) return undefined;
  const labelCols: number[] = [];
  let i = 0;
  for (; i < filled.length && !namesRole(heads[i]!, planYear); i++) {
    const h = fold(heads[i]!).replace(/[.:]/g, " ").replace(/\s+/g, " ").trim();
    if (isRemarkHead(h) || isCodeHead(h) || UNIT_HEAD.test(h) || NUMBER_HEAD.test(h)) continue;
    for (let c = filled[i]; c <= spanEnd(filled[i]); c++) labelCols.push(c);
  }
  if (labelCols.length < 2 || labelCols.length > 3 || labelCols[1] !== labelCols[0] + 1) return undefined;
  // One block: the heads stand side by side; a gap starts another block beside it (a list of instruments).
  const start = filled.indexOf(labelCols[0]);
  let end = start;
  while (end + 1 < filled.length && filled[end + 1] === spanEnd(filled[end]) + 1) end++;
  if (end < i) return undefined;
  const values = filled.slice(i, end + 1).map((col, k) => ({ col, head: heads[i + k]! }));
  // Two columns of one role ("Ist 2023 | JDW 2023 (vorl.)") leave the choice to the finders that weigh them.
  const roles = values.map((v) => roleOf(fold(v.head), planYear)).filter((r) => r !== undefined && r !== "none");
  if (new Set(roles).size !== roles.length) return undefined;
  return values.length > 0 && labelCols.every((c) => holdsNoNumber(sheet, hr, c)) ? { labelCols, values } : undefined;
}

/** A label column holds words: a number under its head ("Kennzahl | Wert") makes it a value column. */
function holdsNoNumber(sheet: SheetGrid, hr: number, col: number): boolean {
  for (let r = hr + 1; r <= Math.min(sheet.lastRow, hr + MAX_ROWS) && !sheet.rowBlank(r); r++) {
    if (typeof sheet.value(r, col) === "number") return false;
  }
  return true;
}

/** The row's label parts: own texts, or a topic merged down over the row (a blank cell without a merge is none). */
function rowParts(sheet: SheetGrid, r: number, labelCols: number[]): Array<string | undefined> {
  return labelCols.map((c) => figureOfRow(sheet, r, c));
}

/**
 * The one figure the parts name read together (the topic dropped only when the whole names none or several). A
 * qualifier is never read alone when the row has a figure's column: "weiblich" under an unknown "Quote der
 * Integrationen" is no staff share. A topic naming a figure by itself ("Integration" over "eLb | JDW") lends its
 * word to no row whose detail names another figure; "Zuteilung" over "EGT" names none by itself, so the whole
 * reading stands. Twins ("eLb": targets or customers) are settled by the row's area.
 */
function specOf(parts: Array<string | undefined>, area: string | undefined) {
  const words = parts.filter((p): p is string => p !== undefined);
  const one = (text: string) => {
    const specs = matchLabel(text).standalone;
    const inArea = specs.length > 1 && area !== undefined ? specs.filter((x) => x.context === area) : specs;
    return inArea.length === 1 ? inArea[0] : undefined;
  };
  for (let k = 0; k < Math.max(1, words.length - 1); k++) {
    const spec = one(words.slice(k).join(" "));
    if (!spec) continue;
    const rest = k + 1 < words.length ? one(words.slice(k + 1).join(" ")) : undefined;
    // "Anteil LZB | an allen eLb": a share's base is no figure of its own (./shareBaseDetail.ts).
    if (rest && rest !== spec && one(words[k]) === spec && !isShareBaseDetail(words[k + 1])) return { spec: rest, label: words.slice(k + 1).join(" ") };
    return { spec, label: words.slice(k).join(" ") };
  }
  return undefined;
}

export function findSplitLabels(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let hr = sheet.r0; hr < sheet.lastRow; hr++) {
    const head = splitHead(sheet, hr, planYear);
    if (!head) continue;
    const { labelCols, values } = head;
    const heads = valueHeads(values, planYear);
    let r = hr + 1;
    for (; r <= Math.min(sheet.lastRow, hr + MAX_ROWS) && !sheet.rowBlank(r); r++) {
      const parts = rowParts(sheet, r, labelCols);
      if (parts.every((p) => p === undefined) || labelCols.some((c) => claims.has(sheet.index, r, c))) continue;
      // "eLb (Jahresdurchschnitt)" merged over all label columns is one whole label, no split one: the other finders read it.
      if (mergedHeadEnd(sheet, r, labelCols[0]) >= labelCols[labelCols.length - 1]) continue;
      const found = specOf(parts, sheet.areaAt(r, labelCols[labelCols.length - 1]));
      if (!found) continue;
      const row = rowCandidates(sheet, r, found.spec, found.label, labelCols[labelCols.length - 1], heads, claims);
      if (row.length === 0) continue;
      // The row is read: its label cells name no figure of their own (the bare detail "EGT" is no budget).
      claims.add(sheet.index, r, labelCols[0], r, values[values.length - 1].col);
      out.push(...row);
    }
    hr = r - 1;
  }
  return out;
}
