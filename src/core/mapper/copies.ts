// A cell whose formula only refers to another cell ("=Daten!C5" on a dashboard) shows that cell's figure: it
// is a copy, and a name must point at the source. Used to keep copies from rivalling their source.
import { parseCell, quoteSheet, splitAddress } from "../address";
import type { Candidate } from "./candidate";
import { singleSourceOf } from "./derivedCopy";
import type { SheetGrid } from "./grid";

/** "=Daten!C5", "='Kunden 2024'!$B$3", "=C5" (the same sheet): one cell reference and nothing else. */
const REFERENCE = /^=?\s*(?:('(?:[^']|'')+'|[\p{L}\p{N}_.]+)!)?(\$?[A-Za-z]{1,3}\$?\d+)\s*$/u;

/** The absolute reference ("Daten!$C$5") a formula that is only a reference points at, else undefined. */
export function referenceOf(formula: string, ownSheet: string): string | undefined {
  const m = REFERENCE.exec(formula.trim());
  if (!m) return undefined;
  const sheet = m[1] === undefined ? ownSheet : m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
  const cell = parseCell(m[2]);
  return `${quoteSheet(sheet)}!$${m[2].replace(/\$/g, "").replace(/\d+$/, "")}$${cell.row + 1}`;
}

/** Candidates that only copy another candidate's cell of the same pool (by reference, or scaled or rounded: ./derivedCopy.ts) are no rivals: the sources stay. */
export function withoutCopies(pool: Candidate[], grids: SheetGrid[]): Candidate[] {
  if (pool.length < 2) return pool;
  const valueAt = new Map(pool.map((c) => [c.ref.toUpperCase(), c.value]));
  // A sign turned ("=-D8": the move seen from the giving budget) is another reading of the amount, left to ./deductions.ts.
  const sameSign = (a: unknown, b: unknown) => typeof a !== "number" || typeof b !== "number" || Math.sign(a) === Math.sign(b);
  const sources = pool.filter((c) => {
    const grid = grids.find((g) => g.index === c.sheet);
    const { range } = splitAddress(c.ref);
    if (!grid || range.includes(":")) return true;
    const at = parseCell(range.replace(/\$/g, ""));
    const f = grid.formula(at.row, at.col);
    const to = f ? singleSourceOf(f, grid.name) : undefined;
    return !(to && to.toUpperCase() !== c.ref.toUpperCase() && valueAt.has(to.toUpperCase()) && sameSign(c.value, valueAt.get(to.toUpperCase())));
  });
  return sources.length > 0 ? sources : pool;
}
