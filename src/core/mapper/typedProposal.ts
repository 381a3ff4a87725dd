// A proposal at a cell whose figure is typed as text (./typedNumbers.ts): the place is right, so it stays sure,
// but it shows the text as typed and says that the check reports it (typen/zahl) until it is entered as a number.
// A rounded text ("ca. 140 VZÄ", "rd. 900") is the figure only when no exact value of it is found elsewhere.
import { parseCell, splitAddress } from "../address";
import type { Candidate } from "./candidate";
import type { SheetGrid } from "./grid";
import type { Proposal } from "./types";

function typedAt(grids: readonly SheetGrid[], sheet: number, ref: string): { text: string; approx: boolean } | undefined {
  const range = splitAddress(ref).range.replace(/\$/g, "");
  if (range.includes(":")) return undefined;
  const g = grids.find((x) => x.index === sheet);
  if (!g) return undefined;
  const at = parseCell(range);
  return g.typedText(at.row, at.col);
}

/** Rounded texts yield to any candidate typed exactly (a number, or a text without "ca."/"rd."). */
export function withoutRoundedRivals(pool: Candidate[], grids: readonly SheetGrid[]): Candidate[] {
  if (pool.length < 2) return pool;
  const rounded = pool.filter((c) => typedAt(grids, c.sheet, c.ref)?.approx === true);
  return rounded.length > 0 && rounded.length < pool.length ? pool.filter((c) => !rounded.includes(c)) : pool;
}

/** The proposal with its cell's text as the value and a note that the check reports the text. */
export function withTypedText(p: Proposal, best: Candidate, grids: readonly SheetGrid[]): Proposal {
  const typed = typedAt(grids, best.sheet, best.ref);
  if (!typed) return p;
  const note = `Der Wert „${typed.text.trim()}“ steht als Text in der Zelle; gelesen als Zahl. Die Prüfung meldet ihn (typen/zahl), bis er als Zahl eingetragen ist.`;
  if (p.confidence === "low") return { ...p, value: typed.text, reason: `${p.reason ?? ""} ${note}`.trim(), noteId: p.noteId ?? "zahl-als-text" };
  return { ...p, value: typed.text, noteId: p.noteId ?? "zahl-als-text", note: [p.note, note].filter(Boolean).join(" ") };
}
