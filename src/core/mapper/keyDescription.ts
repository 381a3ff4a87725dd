// A settings list "Schlüssel | Wert | Typ | Beschreibung" ("anteilKommune | 18 % | percent | Personal Landkreis"):
// the description column says in words what the key is. When the key names several figures ("anteilKommune": the
// staff's municipal share or the KFA; "vhEinglMv": the VH's federal part or the title's allocation), the one the
// description names too is the key's; a description naming an area's population ("Personal BA") gives the key
// that area, as a section title would. Only a column headed as a description counts: remarks ("Bem.") stay remarks.
import type { SheetGrid } from "./grid";
import type { LabelSpec } from "./labels";
import { matchLabel } from "./matchLabel";
import { fold } from "./normalize";
import { oncePerSheet } from "./sheetMemo";

const HEAD = /^(beschreibung|bezeichnung|erlaeuterung|erklaerung|klartext|description)$/;

/** Per description column, the row of its head (a sheet has few; most have none). */
const descriptionColumns = oncePerSheet((sheet: SheetGrid): Array<{ col: number; headRow: number }> => {
  const out: Array<{ col: number; headRow: number }> = [];
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    for (const c of sheet.filledColumns(r)) {
      const t = sheet.ownText(r, c);
      if (t !== undefined && t.length < 20 && HEAD.test(fold(t).trim()) && !out.some((d) => d.col === c)) out.push({ col: c, headRow: r });
    }
  }
  return out;
});

/** The description of a key in its row (right of it, under a description head), or undefined. */
export function keyDescription(sheet: SheetGrid, row: number, col: number): string | undefined {
  for (const d of descriptionColumns(sheet)) {
    if (d.col <= col || d.headRow >= row) continue;
    const t = sheet.ownText(row, d.col);
    if (t !== undefined && t.trim() !== "") return t;
  }
  return undefined;
}

/** Of a key's several readings, the one its description names too (all of them when it names none or several). */
export function byKeyDescription(sheet: SheetGrid, row: number, col: number, specs: LabelSpec[]): LabelSpec[] {
  const d = keyDescription(sheet, row, col);
  if (d === undefined) return specs;
  const named = new Set(matchLabel(d).standalone.map((s) => s.id));
  const kept = specs.filter((s) => named.has(s.id));
  return kept.length === 1 ? kept : specs;
}
