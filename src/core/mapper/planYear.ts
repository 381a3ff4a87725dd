// The planning year the workbook is about: a cell next to "Planjahr" holding a year, else the year of
// the Plan/Soll/Ziel column headers, else the Ist/VJ headers' year + 1.
import type { SheetGrid } from "./grid";
import { fold, isYearNumber, yearsIn } from "./normalize";
import { readColumn } from "../columnRoles";
import { matchAt } from "./labelCells";

const TITLE_WORDS = /\b(aip|programm\w*|integrationsprogramm|planung\w*|ziele?|zielwerte|plan)\b/;

export interface PlanYear {
  year: number;
  /** German: where it was read, e.g. "Spaltenkopf „Plan 2024“ (Förderung!$C$3)". */
  from: string;
  /** True when only headers tell it (no cell holds it as a number). */
  headersOnly: boolean;
  /** Read from Plan/Soll/Ziel column headers naming the year (not from Ist + 1 nor a title). */
  byPlanHeaders?: boolean;
}

/** The year right of a "Planjahr" label at (row, col), up to three columns on; undefined when the cell is no such label or no year follows. */
export function yearBesidePlanjahr(sheet: SheetGrid, row: number, col: number): { year: number; col: number } | undefined {
  if (!matchAt(sheet, row, col).standalone.some((s) => s.id === "planjahr")) return undefined;
  for (let cc = col + 1; cc <= Math.min(sheet.lastCol, col + 3); cc++) {
    const v = sheet.number(row, cc);
    if (isYearNumber(v)) return { year: v, col: cc };
  }
  return undefined;
}

export function inferPlanYear(sheets: SheetGrid[]): PlanYear | undefined {
  let current: { year: number; from: string } | undefined;
  let previous: { year: number; from: string } | undefined;
  let title: { year: number; from: string } | undefined;
  for (const sheet of sheets) {
    for (let r = sheet.r0; r <= sheet.lastRow; r++) {
      const cols = sheet.filledColumns(r);
      for (const c of cols) {
        const text = sheet.ownText(r, c);
        if (!text || text.length > 80) continue;
        const beside = yearBesidePlanjahr(sheet, r, c);
        if (beside) return { year: beside.year, from: `Zelle ${sheet.ref({ row: r, col: beside.col })} neben „${text}“`, headersOnly: false };
        const f = fold(text);
        if (cols.length < 2 && (c === sheet.c0 || text.length > 20)) {
          // A title naming the programme's year ("Arbeitsmarkt- und Integrationsprogramm 2024", "Ziele 2024").
          const years = yearsIn(f);
          if (!title && years.length === 1 && TITLE_WORDS.test(f)) title = { year: years[0], from: `Überschrift „${text}“ (${sheet.ref({ row: r, col: c })})` };
          continue;
        }
        const years = yearsIn(f);
        if (text.length > 40 || years.length !== 1) continue;
        const kind = readColumn(text).kind;
        const from = `Spaltenkopf „${text}“ (${sheet.ref({ row: r, col: c })})`;
        if (kind === "plan" && (!current || years[0] > current.year)) current = { year: years[0], from };
        else if (kind === "ist" && (!previous || years[0] > previous.year)) previous = { year: years[0], from };
      }
    }
  }
  if (current) return { ...current, headersOnly: true, byPlanHeaders: true };
  if (previous) return { year: previous.year + 1, from: `${previous.from} + 1`, headersOnly: true };
  if (title) return { ...title, headersOnly: true };
  return undefined;
}
