// "Schleiz Ist 2024 | Schleiz Ziel 2025 | … | JC Ist 2024 | JC Ziel 2025 | Veränderung JC in %", "Nord 2024 |
// Süd 2024 | Jobcenter 2024 | Jobcenter 2023": a head naming the Jobcenter ("JC", "Jobcenter", "Jobcenter gesamt")
// with a role or year, and heads that say the same with a place's or unit's name instead. The Jobcenter's column
// holds its figure wherever it stands (first, last, between); the named columns with its roles are its parts, no
// rivals of which the first would be taken. A head whose other word is a role ("Vorjahr 2024", "Plan 2025") or
// holds a number ("U25 2025") is no such part.
import { readColumn } from "../columnRoles";
import { fold, yearsIn } from "./normalize";
import type { ColumnHeader } from "./roles";

interface Column {
  cell: { col: number };
  header: ColumnHeader | undefined;
}

const JOBCENTER_WORD = /\b(jobcenter|jc)\b/;
/** A place's or unit's name: words only ("schleiz", "bad lobenstein", "gs nord"). */
const NAME = /^[a-z][a-z .\-/&]*$/;

const headOf = (h: ColumnHeader | undefined) => (h && !h.acrossBlank ? fold(h.text).replace(/-/g, " ").replace(/\s+/g, " ").trim() : undefined);

/** The head without the Jobcenter's words: "jc ist 2024" → "ist 2024", "jobcenter gesamt 2024" → "2024". */
const restOf = (head: string) =>
  head
    .replace(/\b(jobcenter|jc|gesamt|insgesamt)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** The word(s) a head puts where the Jobcenter's head has "JC": "schleiz ist 2024" beside "ist 2024" → "schleiz". */
function nameBeside(head: string, rest: string): string | undefined {
  if (rest === "" || head === rest) return undefined;
  const name = head.endsWith(` ${rest}`) ? head.slice(0, -rest.length - 1) : head.startsWith(`${rest} `) ? head.slice(rest.length + 1) : undefined;
  if (name === undefined || !NAME.test(name.trim()) || yearsIn(name).length > 0 || JOBCENTER_WORD.test(name)) return undefined;
  const kind = readColumn(name.trim()).kind;
  return kind === undefined || kind === "location" ? name.trim() : undefined;
}

/** The columns without the named parts beside a head naming the Jobcenter with the same role; undefined when none. */
export function withoutPartsBesideJobcenterHead<C extends Column>(columns: C[]): { kept: C[]; parts: C[] } | undefined {
  const heads = columns.map((c) => headOf(c.header));
  const whole = columns.map((_, i) => heads[i] !== undefined && JOBCENTER_WORD.test(heads[i]!));
  if (!whole.some(Boolean) || whole.every(Boolean)) return undefined;
  const rests = columns.flatMap((c, i) => (whole[i] && c.header!.role !== undefined && c.header!.role !== "none" ? [{ role: c.header!.role, rest: restOf(heads[i]!) }] : []));
  const parts = columns.filter((c, i) => !whole[i] && heads[i] !== undefined && rests.some((r) => r.role === c.header!.role && nameBeside(heads[i]!, r.rest) !== undefined));
  return parts.length > 0 ? { kept: columns.filter((c) => !parts.includes(c)), parts } : undefined;
}

/**
 * An area table "Bereich | Eisenach | Bad Salzungen | Ruhla | Jobcenter": the column headed by the Jobcenter alone
 * ("Jobcenter", "JC", "Jobcenter gesamt"), whose numbers add up the named columns' in every row, is the table's VZÄ
 * column (the names are locations or units of the Jobcenter). Undefined when a head is no bare name or a row does
 * not add up.
 */
export function jobcenterOverNames(cols: readonly number[], headOf: (col: number) => string | undefined, rows: readonly number[], numberAt: (row: number, col: number) => number | undefined): number | undefined {
  const heads = cols.map((c) => fold(headOf(c) ?? "").replace(/-/g, " ").replace(/\s+/g, " ").trim());
  const whole = cols.filter((_, i) => /^(jobcenter|jc)( (gesamt|insgesamt))?$/.test(heads[i]));
  if (whole.length !== 1 || cols.length < 3 || rows.length === 0) return undefined;
  const parts = cols.filter((c) => c !== whole[0]);
  const named = parts.every((c) => {
    const h = heads[cols.indexOf(c)];
    return NAME.test(h) && yearsIn(h).length === 0 && (readColumn(h).kind === undefined || readColumn(h).kind === "location");
  });
  if (!named) return undefined;
  const addsUp = rows.every((r) => {
    const total = numberAt(r, whole[0]);
    const values = parts.map((c) => numberAt(r, c));
    return total !== undefined && values.every((v) => v !== undefined) && Math.abs(values.reduce((a, b) => a! + b!, 0)! - total) <= 0.05 * parts.length + 1e-9;
  });
  return addsUp ? whole[0] : undefined;
}
