// Programmes of several years in one workbook: last year's agreed programme kept beside (or above) the one being
// planned ("AIP 2024 (beschlossen)" | "AIP 2025", "Programm 2023" | "Programm 2024", one sheet with the sections
// of both years under their titles). Every programme has the same labels, so only its year tells which figures
// are the planning year's: a programme of another year never yields a sure proposal (issue 13 §2), and the
// planning year of such a workbook is its newest programme's.
import type { Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold, yearsIn } from "./normalize";
import { readColumn } from "../columnRoles";
import { yearBesidePlanjahr } from "./planYear";
import { withoutLegend } from "./abbreviationLegend";

/** Words naming a whole programme or plan (folded): "AIP", "Arbeitsmarkt- und Integrationsprogramm", "Zielplanung", "Plan". */
const PROGRAMME = /\b(aip|\w*programm\w*|planung|zielplanung|jahresplanung|plan|zielvereinbarung\w*|ziele)\b/;
/** A note, not a title: a source or remark ("Quelle: Personalplanung, Beschluss vom 28.11.2024"), or a text with a date. */
const NOTE = /^(quelle|quellen|hinweis|anmerkung|erlaeuterung|fussnote|stand)\b|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}/;
/** A programme marked as last year's without its year ("AIP Vorjahr", "Programm (Vorjahr)"); "Ziele Vorjahr" may hold the previous year's results. */
const LAST_YEARS = /\b(vorjahr\w*)\b/;
const WHOLE_PROGRAMME = /\b(aip|\w*programm\w*)\b/;
/** A comparison with the previous year ("Soll-Ist-Vergleich Vorjahr", "ggü. Vorjahr"): this programme looks back, it is not last year's. */
const COMPARISON = /\w*vergleich\w*|\b(ggue|gegenueber|vs)\b/;

export interface ProgrammeBlock {
  sheet: number;
  /** First row the block applies to (the title row, or the sheet's first row for a sheet name). */
  fromRow: number;
  /** Last row (inclusive). */
  toRow: number;
  /** The programme's year; undefined when only marked as last year's. */
  year?: number;
  lastYears: boolean;
  /** German, for the reason: "Blatt „AIP 2024 (beschlossen)“". */
  where: string;
  /** Whether the year was read from the block's "Planjahr" cell (not from a name or title). */
  fromPlanjahr?: boolean;
}

/** The year a title or sheet name gives a programme, or undefined when it names none (an Ist, a forecast, two years). */
function programmeOf(text: string): { year?: number; lastYears: boolean } | undefined {
  if (text.length > 80 || NOTE.test(text.trim().toLowerCase())) return undefined;
  // A legend ("PJ = Planjahr, VJ = Vorjahr") defines words, it names no year of the programme (./abbreviationLegend.ts).
  const f = fold(withoutLegend(text));
  if (!PROGRAMME.test(f)) return undefined;
  const years = [...new Set(yearsIn(f))];
  if (years.length === 0 && LAST_YEARS.test(f) && WHOLE_PROGRAMME.test(f) && !COMPARISON.test(f)) return { lastYears: true };
  const kind = readColumn(text).kind;
  if (kind === "ist" || kind === "prognose" || kind === "change" || kind === "latest") return undefined;
  return years.length === 1 ? { year: years[0], lastYears: false } : undefined;
}

/** The year in a "Planjahr" cell of rows `from`..`to`, if any. */
function planjahrCell(sheet: SheetGrid, from: number, to: number): number | undefined {
  for (let r = from; r <= to; r++) {
    for (const c of sheet.filledColumns(r)) {
      const text = sheet.ownText(r, c);
      if (!text || text.length > 40) continue;
      const beside = yearBesidePlanjahr(sheet, r, c);
      if (beside) return beside.year;
    }
  }
  return undefined;
}

/**
 * The programme blocks of the visible sheets: a sheet named for a programme ("AIP 2024 (beschlossen)"), split by
 * title rows naming one ("Arbeitsmarkt- und Integrationsprogramm 2025"); any other title with one year ("Ist
 * 2024") ends a block. A block's "Planjahr" cell gives its year; without one, its title or sheet name does.
 */
export function programmeBlocks(sheets: SheetGrid[]): ProgrammeBlock[] {
  const out: ProgrammeBlock[] = [];
  for (const sheet of sheets) {
    const fromName = programmeOf(sheet.name);
    // The sheet name is the outer context: it holds for every row no programme title below governs.
    const named: ProgrammeBlock = { sheet: sheet.index, fromRow: sheet.r0, toRow: sheet.lastRow, year: fromName?.year, lastYears: fromName?.lastYears ?? false, where: `Blatt „${sheet.name}“` };
    const titled: ProgrammeBlock[] = [];
    let open: ProgrammeBlock | undefined;
    for (let r = sheet.r0; r <= sheet.lastRow; r++) {
      const text = sheet.headingText(r);
      if (text === undefined) continue;
      const p = programmeOf(text);
      // Any other title with a year and a role ("Ist 2024", "Vorjahr 2023") ends a programme's block.
      if (!p && !(yearsIn(fold(text)).length > 0 && readColumn(text).kind !== undefined)) continue;
      if (open) open.toRow = r - 1;
      open = undefined;
      if (!p) continue;
      open = { sheet: sheet.index, fromRow: r, toRow: sheet.lastRow, year: p.year, lastYears: p.lastYears, where: `Abschnitt „${text}“` };
      // A sheet renamed for the new year whose title still names the old one: neither is trusted, its Planjahr cell decides.
      if (r - sheet.r0 < 3 && titled.length === 0 && fromName?.year !== undefined && p.year !== fromName.year) open.year = undefined;
      titled.push(open);
    }
    for (const b of [named, ...titled]) {
      if (b.toRow < b.fromRow) continue;
      // A sheet holding programme sections reads its Planjahr cells per section, not for the whole sheet. A block's
      // own Planjahr cell beats its title: next year's copy keeps "AIP 2024" as title once its Planjahr says 2025.
      if (!b.lastYears && (b !== named || titled.length === 0)) {
        const own = planjahrCell(sheet, b.fromRow, b.toRow);
        if (own !== undefined) {
          b.year = own;
          b.fromPlanjahr = true;
        }
      }
      if (b.year !== undefined || b.lastYears) out.push(b);
    }
  }
  return out;
}

/**
 * The planning year of a workbook holding programmes of several years: the newest (the one being planned). Read
 * from the programmes' names and titles only when no block has its own "Planjahr" cell: Planjahr cells that
 * disagree give the newest of them, and a single one stays the planning year (the mapper's inferPlanYear).
 */
export function newestProgramme(blocks: ProgrammeBlock[]): number | undefined {
  const byPlanjahr = blocks.some((b) => b.fromPlanjahr);
  const years = [...new Set(blocks.filter((b) => !byPlanjahr || b.fromPlanjahr).map((b) => b.year).filter((y): y is number => y !== undefined))];
  return years.length > 1 ? Math.max(...years) : undefined;
}

/** The low a figure at `row` of `sheet` gets when it lies in a programme of another year than the planning year. */
export function otherProgrammeLow(blocks: ProgrammeBlock[], sheet: number, row: number, planYear: number | undefined): Low | undefined {
  const here = blocks.filter((b) => b.sheet === sheet && row >= b.fromRow && row <= b.toRow);
  // The innermost (latest starting) block decides: a section title beats the sheet name.
  const b = here.sort((x, y) => y.fromRow - x.fromRow)[0];
  if (!b) return undefined;
  if (b.lastYears) return { id: "kontext", text: `${b.where} ist das Programm des Vorjahres, nicht das des Planjahrs.` };
  if (planYear !== undefined && b.year !== undefined && b.year !== planYear) {
    return { id: "kontext", text: `${b.where} gehört zum Programm ${b.year}, nicht zum Planjahr ${planYear}.` };
  }
  // A programme newer than the planning year beside it ("Planung 2026" in a workbook whose Planjahr cell says 2025):
  // which one is planned cannot be told, so neither is sure.
  const newer = blocks.find((x) => planYear !== undefined && x.year !== undefined && x.year > planYear);
  if (newer && !b.fromPlanjahr) return { id: "kontext", text: `Neben diesem Programm steht ${newer.where} für ${newer.year}; welches das Planjahr ${planYear} ist, bitte prüfen.` };
  return undefined;
}
