// A superseded version kept for the record: "Fassung Sep (ersetzt)", "… – Vorversion, ersetzt durch Endfassung vom
// 02.12.2025", "nicht mehr gültig". A sheet so named or titled is an archive copy: never sure and no rival to the
// valid sheet, whatever finder read it (the name, the Stand, a figure). Not the final one saying what it replaces
// ("ersetzt die Fassung vom …"), nor a comparison with the earlier one ("Änderungen ggü. Vorversion"). The words
// also mark a section as an archive (./context.ts).
import type { Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

const SUPERSEDED =
  /\bersetzt\b(?!\s+(die|den|das|fassung|version|entwurf|vorversion|vorfassung|vorlage|stand)\b)|(?<!\b(ggue|gegenueber|zur|vs|seit|als|zu)\s)\bvorversion\w*|\bnicht mehr gueltig\w*|\bungueltig\w*/;

/** Whether a folded name or title marks a superseded version. */
export function marksSuperseded(folded: string): boolean {
  return SUPERSEDED.test(folded);
}

/** How many rows from the top may hold the sheet's title lines. */
const TITLE_ROWS = 3;

/** The sheet's title lines: the first rows holding a single text. */
function titleLines(sheet: SheetGrid): string[] {
  const out: string[] = [];
  for (let r = sheet.r0; r <= Math.min(sheet.lastRow, sheet.r0 + TITLE_ROWS - 1); r++) {
    const cols = sheet.filledColumns(r);
    if (cols.length !== 1) continue;
    const t = sheet.ownText(r, cols[0]);
    if (t !== undefined) out.push(t);
  }
  return out;
}

/** `older` with every sheet named or titled as superseded, when some other sheet is not (that one is valid). */
export function withSupersededSheets(grids: readonly SheetGrid[], older: Map<number, Low>): Map<number, Low> {
  const marked = grids.filter((g) => [g.name, ...titleLines(g)].some((t) => marksSuperseded(fold(t))));
  if (marked.length === 0 || marked.length === grids.length) return older;
  const out = new Map(older);
  for (const g of marked) {
    if (!out.has(g.index)) out.set(g.index, { id: "kontext", text: `Blatt „${g.name}“ ist als ersetzte oder nicht mehr gültige Fassung gekennzeichnet.` });
  }
  return out;
}
