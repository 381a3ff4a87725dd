// The Jobcenter's name as a line of its sheet's title block: "Arbeitsmarkt- und Integrationsprogramm 2026" over
// "Jobcenter Ortenaukreis", or "Jobcenter Bochum | | | Planjahr | 2025" under the sheet's title. A reader takes the
// name line for the Jobcenter's name though no label stands beside it: every filled row above it is a lone title
// line, its own row holds besides it at most a logo placeholder before it and, after a gap, the planning year's or
// the programme's date with its label, and the row under it is no table's head row (then it captions the table). A report title naming the same Jobcenter ("Monatsbericht
// Jobcenter Landkreis X – Berichtsjahr 2024") is then no rival; a second plain name, or a title naming another
// Jobcenter, leaves the name unsure.
import type { Candidate } from "./candidate";
import type { SheetGrid } from "./grid";
import { matchLabel } from "./matchLabel";
import { fold } from "./normalize";
import { isPlainJobcenterName, placeOf } from "./jobcenterTitle";
import { isProgrammeName } from "./programmeYear";

/** Title lines above the name line at most: a cover sheet's title and a subtitle, not a table's body. */
const MAX_TITLE_LINES = 3;
/** "[LOGO]", "(Logo)": a placeholder for the logo image beside the name labels nothing. */
const LOGO = /^[[(]?\s*logo\s*[\])]?$/i;
/** Workbook-level figures whose label and value may share the name line. */
const KEY_FIGURES = new Set(["AIP_Planjahr", "AIP_Stand"]);

/** "Planjahr", "Stand:", or the programme's bare name before its year ("AIP | 2027", ./programmeYear.ts). */
const namesKeyFigure = (text: string) => isProgrammeName(text) || matchLabel(text).standalone.some((s) => s.names.current !== undefined && KEY_FIGURES.has(s.names.current));

/** Whether the cell at (row, col) is a line of its sheet's title block (see the module comment). */
export function inTitleBlock(sheet: SheetGrid, row: number, col: number): boolean {
  // The sheet's first line with nothing right beside it ("Jobcenter Erzgebirgskreis | | | AIP 2026") is its title.
  let first = sheet.r0;
  while (first <= sheet.lastRow && sheet.filledColumns(first).length === 0) first++;
  if (row === first && sheet.value(row, col - 1) === null && sheet.value(row, col + 1) === null) return true;
  let lines = 0;
  for (let r = sheet.r0; r < row; r++) {
    const cols = sheet.filledColumns(r);
    if (cols.length === 0) continue;
    if (cols.length > 1 || ++lines > MAX_TITLE_LINES) return false;
  }
  // A line right on top of a table's head row ("JC Saale-Orla-Kreis" over "| Ist 2024 | Plan 2025") captions that table.
  const below = sheet.filledColumns(row + 1);
  if (below.length > 1 && !namesKeyFigure(sheet.ownText(row + 1, below[0]) ?? "")) return false;
  const others = sheet.filledColumns(row).filter((c) => c !== col);
  if (others.some((c) => c < col && !LOGO.test(sheet.ownText(row, c) ?? ""))) return false;
  const after = others.filter((c) => c > col);
  if (after.length === 0) return true;
  // A gap after the name (or its merged area) first: a value right beside it would make the name a label.
  // Right beside it only a key figure's label ("JC Sonneberg | AIP | 2027"): the head line split into cells.
  const merge = sheet.mergeOf(row, col);
  if (after[0] <= (merge ? merge.end.col : col + 1) && !namesKeyFigure(sheet.ownText(row, after[0]) ?? "")) return false;
  // Then only label/value pairs of the planning year or the programme's date.
  for (let i = 0; i < after.length; i += 2) {
    const label = sheet.ownText(row, after[i]);
    const value = after[i + 1] !== undefined ? sheet.value(row, after[i + 1]) : null;
    if (!label || !namesKeyFigure(label) || typeof value !== "number") return false;
  }
  return true;
}

/**
 * Among the unlabelled title candidates (not on another year's sheet), the one plain name in a title block is sure;
 * the other titles that name the same place are dropped as no rivals. Returns the candidates to keep.
 */
export function settleTitleNames(titles: Candidate[], sheetOf: (c: Candidate) => SheetGrid | undefined, cellOf: (c: Candidate) => { row: number; col: number }): Candidate[] {
  const plain = titles.filter((c) => {
    const g = sheetOf(c);
    const at = cellOf(c);
    return g !== undefined && isPlainJobcenterName(String(c.value)) && inTitleBlock(g, at.row, at.col);
  });
  // Two name lines (even alike, on two sheets) leave open which cell is the name.
  if (plain.length !== 1) return titles;
  const place = placeOf(String(plain[0].value));
  const others = titles.filter((c) => !plain.includes(c));
  // Another title naming another Jobcenter (a comparison, a neighbour's report) leaves the name unsure.
  if (!others.every((c) => fold(String(c.value)).includes(place))) return titles;
  const sure = plain[0];
  sure.lows = [];
  return [sure];
}
