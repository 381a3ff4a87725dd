// A summary sheet for the management ("GF-Übersicht | VZÄ | ='Personal'!B10") repeats figures by formula: the
// figure lives at the source, and a name must point there. When the source is on another visible sheet but no
// candidate of its own (a total row named only by its column head), the copy is never sure: the source is
// proposed instead when its total row and column head name the same figure, else the copy stays not sure.
// Only on a summary sheet, whose numbers are (nearly) all such copies: a form with figures of its own that takes
// one number from an annex ("Planstellen in VZÄ | ='Anlage Personal'!B9") is the document itself.
// A source on a hidden sheet or in another file is no place for a name: the visible copy is left as it is.
import { parseCell, splitAddress } from "../address";
import { isTotalLabel } from "../columnRoles";
import { orderOf, type Candidate } from "./candidate";
import { referenceOf } from "./copies";
import { labelKey } from "./labelCells";
import { specsAt } from "./labelSpecs";
import type { SheetGrid } from "./grid";

interface Source {
  grid: SheetGrid;
  row: number;
  col: number;
  ref: string;
}

/** The visible other sheet's cell a candidate's formula only refers to. */
function sourceOf(grids: SheetGrid[], c: Candidate): Source | undefined {
  const { range } = splitAddress(c.ref);
  if (range.includes(":")) return undefined;
  const own = grids.find((g) => g.index === c.sheet);
  const at = parseCell(range.replace(/\$/g, ""));
  const f = own?.formula(at.row, at.col);
  const to = f && own ? referenceOf(f, own.name) : undefined;
  if (!to) return undefined;
  const { sheet, range: cell } = splitAddress(to);
  // Only visible sheets are grids: a hidden sheet or another file ("[1]Daten") finds none.
  const grid = grids.find((g) => g.name === sheet);
  if (!grid || grid === own) return undefined;
  const p = parseCell(cell.replace(/\$/g, ""));
  return { grid, row: p.row, col: p.col, ref: grid.ref(p) };
}

/** The nearest text cell above a column's number (its head), skipping numbers of the rows between. */
function columnHead(g: SheetGrid, row: number, col: number): number | undefined {
  for (let r = row - 1; r >= g.r0; r--) {
    if (g.number(r, col) !== undefined) continue;
    return g.ownText(r, col) !== undefined ? r : undefined;
  }
  return undefined;
}

/** The source as a candidate of `name` when its row is a total row ("Summe", "insgesamt") and its column head names the figure. */
function understood(c: Candidate, s: Source): Candidate | undefined {
  const { grid: g, row, col } = s;
  if (g.number(row, col) === undefined) return undefined;
  let labelCol: number | undefined;
  for (let k = col - 1; k >= g.c0 && labelCol === undefined; k--) if (g.ownText(row, k) !== undefined) labelCol = k;
  const key = labelCol === undefined ? undefined : labelKey(g, row, labelCol);
  if (!key || !isTotalLabel(key)) return undefined;
  const head = columnHead(g, row, col);
  if (head === undefined) return undefined;
  const specs = specsAt(g, head, col);
  if (specs.length !== 1 || !specs[0].plain.sure || specs[0].names[specs[0].plain.role] !== c.name) return undefined;
  return { ...c, sheet: g.index, ref: s.ref, label: g.ownText(head, col)!, labelCell: g.ref({ row: head, col }), value: g.value(row, col), order: orderOf(g.index, head, col) };
}

/** Sheets whose numbers are at least three and at least three quarters plain references to another sheet's cell. */
function summarySheets(grids: SheetGrid[]): Set<number> {
  const out = new Set<number>();
  for (const g of grids) {
    let numbers = 0;
    let copies = 0;
    for (let r = g.r0; r <= g.lastRow; r++) {
      for (let c = g.c0; c <= g.lastCol; c++) {
        if (g.number(r, c) === undefined) continue;
        numbers++;
        const f = g.formula(r, c);
        const to = f ? referenceOf(f, g.name) : undefined;
        if (to && splitAddress(to).sheet !== g.name) copies++;
      }
    }
    if (copies >= 3 && copies * 4 >= numbers * 3) out.add(g.index);
  }
  return out;
}

/** Copies on summary sheets of cells on other visible sheets: their source (found by a finder, or understood), else not sure. */
export function resolveCopies(grids: SheetGrid[], candidates: Candidate[]): Candidate[] {
  const summaries = summarySheets(grids);
  if (summaries.size === 0) return candidates;
  const at = new Set(candidates.map((c) => `${c.name}@${c.ref.toUpperCase()}`));
  return candidates.flatMap((c) => {
    const s = summaries.has(c.sheet) ? sourceOf(grids, c) : undefined;
    if (!s) return [c];
    // The source found by a finder (also as a fallback, a total row) is the figure: the copy is none.
    if (at.has(`${c.name}@${s.ref.toUpperCase()}`)) return [];
    const source = understood(c, s);
    if (source) return [source];
    return [{ ...c, lows: [...c.lows, { id: "ohne-beschriftung", text: `Die Zelle übernimmt nur per Formel den Wert von ${s.ref}; die Zahl steht dort, ist dort aber nicht eindeutig beschriftet.` }] }];
  });
}
