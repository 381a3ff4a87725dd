// A sheet whose title says its numbers come from elsewhere ("Druckfassung – Werte eingefügt aus Blatt „Ziele“, nicht
// hier ändern!", "Zahlen übernommen aus dem Eingabeblatt", "Cockpit (Werte aus Blatt Planung, eingefügt 12.02.)") or are rounded for a presentation ("Kurzübersicht AIP 2025
// (gerundet, für Vorlage Beirat)") shows figures typed elsewhere: a copy, as a sheet marked "Kopie" is
// (./archiveMarks.ts): no rival to the sheets they were taken from. Alone such a sheet keeps its figures: a workbook
// may hold only the copy ("Übernommen aus AIP-Datei …, Blatt 'AIP'" in a colleague's file). Only the sheet's top
// title counts, however long: a label "Umschichtung übernommen aus VWT" marks nothing. The other way round, a title
// naming its sheet the input ("nur hier ändern!") marks the source of equal numbers typed elsewhere.
import { oncePerSheet } from "./sheetMemo";
import { parseCell, splitAddress } from "../address";
import type { Candidate } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

/** Words saying the numbers were put here from another place, or rounded, or are to be changed elsewhere. */
const COPY_WORDING =
  /\b((werte|zahlen|daten) )?(eingefuegt|uebernommen|kopiert|importiert) (aus|von)\b|\b(werte|zahlen|daten) (aus|von) (dem )?blatt\b|\bgerundet\b|\bnicht hier (aendern|eintragen|bearbeiten|pflegen)\b/;

/** Words of an input sheet's title naming it the one place to type ("nur hier ändern!", "Werte bitte NUR hier eintragen"). */
const INPUT_WORDING = /\b(nur|ausschliesslich) hier (aendern|eintragen|eingeben|erfassen|pflegen)\b/;

/** Whether the sheet's top title names it the one place where the numbers are typed. */
const isInputSheet = oncePerSheet((g): boolean => {
  const top = g.headingText(g.r0);
  return top !== undefined && INPUT_WORDING.test(fold(top));
});

/** The sheet's top title when it says its numbers are copied or rounded; else undefined. */
const copyTitle = oncePerSheet((g): string | undefined => {
  const top = g.headingText(g.r0);
  return top !== undefined && COPY_WORDING.test(fold(top)) ? top : undefined;
});

/** The pool without candidates on sheets titled as a copy or rounded presentation, when others stand beside them. */
export function withoutCopyTitledRivals(pool: Candidate[], grids: readonly SheetGrid[]): Candidate[] {
  if (pool.length < 2) return pool;
  const onCopy = (c: Candidate) => {
    const g = grids.find((x) => x.index === c.sheet);
    return g !== undefined && copyTitle(g) !== undefined && parseCell(splitAddress(c.labelCell).range.replace(/\$/g, "").split(":")[0]).row !== g.r0;
  };
  const own = pool.filter((c) => !onCopy(c));
  return own.length > 0 && own.length < pool.length ? own : pool;
}

/**
 * "Eingabewerte AIP 2025 (nur hier ändern!)" beside a tile typing the same number ("IQ-Ziel 2025 | 16,8 %"): the
 * workbook names the input sheet as the source, so its candidate is the figure when every other candidate is a typed
 * number equal to one of the input sheet's. Formulas elsewhere are left to ./copies.ts.
 */
export function preferInputSheet(pool: Candidate[], grids: readonly SheetGrid[]): Candidate[] {
  if (pool.length < 2) return pool;
  const sheetOf = (c: Candidate) => grids.find((x) => x.index === c.sheet);
  const input = pool.filter((c) => {
    const g = sheetOf(c);
    return g !== undefined && isInputSheet(g);
  });
  if (input.length === 0 || input.length === pool.length) return pool;
  const values = input.map((c) => c.value).filter((v): v is number => typeof v === "number");
  const typedCopy = (c: Candidate) => {
    const g = sheetOf(c);
    const { range } = splitAddress(c.ref);
    if (!g || range.includes(":") || typeof c.value !== "number") return false;
    const at = parseCell(range.replace(/\$/g, ""));
    const v = c.value;
    return !g.hasFormula(at.row, at.col) && !g.formula(at.row, at.col) && values.some((x) => Math.abs(x - v) <= 1e-9 * Math.max(1, Math.abs(x)));
  };
  return pool.every((c) => input.includes(c) || typedCopy(c)) ? input : pool;
}
