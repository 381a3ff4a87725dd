// "5.1 Vorbindungen aus Vorjahren | 1.250.000" and, collapsed further down, "Vorb. FbW | 610.000", "Vorb. AGH |
// 420.000", "Vorb. § 16i | 220.000": rows under a figure's row in its column whose values add up to it are its
// parts (a breakdown, often a collapsed outline group), no rivals of the total they make up.
import { parseCell, splitAddress } from "../address";
import type { Candidate } from "./candidate";

interface Placed {
  c: Candidate;
  row: number;
  col: number;
  value: number;
}

const placed = (c: Candidate): Placed | undefined => {
  const { range } = splitAddress(c.ref);
  if (range.includes(":") || typeof c.value !== "number") return undefined;
  const at = parseCell(range.replace(/\$/g, ""));
  return { c, row: at.row, col: at.col, value: c.value };
};

/** The pool without candidates that, two or more, stand under another one in its column and sum to its value. */
export function withoutPartsUnderTotal(pool: Candidate[]): Candidate[] {
  if (pool.length < 3) return pool;
  const cells = pool.map(placed).filter((p): p is Placed => p !== undefined);
  const parts = new Set<Candidate>();
  for (const total of cells) {
    if (parts.has(total.c) || total.value === 0) continue;
    const below = cells.filter((p) => p !== total && p.c.sheet === total.c.sheet && p.col === total.col && p.row > total.row);
    if (below.length < 2) continue;
    const sum = below.reduce((s, p) => s + p.value, 0);
    if (Math.abs(sum - total.value) <= Math.max(0.5, Math.abs(total.value) * 1e-9)) below.forEach((p) => parts.add(p.c));
  }
  return parts.size > 0 ? pool.filter((c) => !parts.has(c)) : pool;
}
