// A sheet whose title says its numbers come from elsewhere ("Druckfassung – Werte eingefügt aus Blatt „Ziele“, nicht
// hier ändern!", "Zahlen übernommen aus dem Eingabeblatt") or are rounded for a presentation ("Kurzübersicht AIP 2025
// (gerundet, für Vorlage Beirat)") shows figures typed elsewhere: a copy, as a sheet marked "Kopie" is
// (./archiveMarks.ts): no rival to the sheets they were taken from. Alone such a sheet keeps its figures: a workbook
// may hold only the copy ("Übernommen aus AIP-Datei …, Blatt 'AIP'" in a colleague's file). Only the sheet's top
// title counts, however long: a label "Umschichtung übernommen aus VWT" marks nothing.
import { parseCell, splitAddress } from "../address";
import type { Candidate } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

/** Words saying the numbers were put here from another place, or rounded, or are to be changed elsewhere. */
const COPY_WORDING = /\b((werte|zahlen|daten) )?(eingefuegt|uebernommen|kopiert|importiert) (aus|von)\b|\bgerundet\b|\bnicht hier (aendern|eintragen|bearbeiten|pflegen)\b/;

const titleCache = new WeakMap<SheetGrid, string | null>();

/** The sheet's top title when it says its numbers are copied or rounded; else undefined. */
function copyTitle(g: SheetGrid): string | undefined {
  let t = titleCache.get(g);
  if (t === undefined) {
    const top = g.headingText(g.r0);
    t = top !== undefined && COPY_WORDING.test(fold(top)) ? top : null;
    titleCache.set(g, t);
  }
  return t ?? undefined;
}

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
