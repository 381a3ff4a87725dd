// Options with tick marks ("Vorjahreswerte | vorläufig | x" over "| endgültig | "): the choice is the tick, not the
// option's text. A cell holding one option's text keeps that text when another option is ticked, so it is never
// the status cell itself: a text value standing in such an option list is not sure.
import { parseCell, splitAddress } from "../address";
import type { Candidate, Low } from "./candidate";
import type { SheetGrid } from "./grid";

// A tick mark typed into a box cell: "x", "X", "✓", "✔", "☒", "☑", "⊠".
const TICK = /^\s*[xX✓✔☒☑⊠]\s*$/;
const MAX_OPTION_LENGTH = 40;

const isTick = (sheet: SheetGrid, r: number, c: number) => TICK.test(sheet.ownText(r, c) ?? "");
const boxFree = (sheet: SheetGrid, r: number, c: number) => isTick(sheet, r, c) || (sheet.ownText(r, c) ?? "").trim() === "" && sheet.number(r, c) === undefined;
const isOption = (sheet: SheetGrid, r: number, c: number) => {
  const t = sheet.ownText(r, c);
  return t !== undefined && t.trim().length > 0 && t.length <= MAX_OPTION_LENGTH && !TICK.test(t);
};

/**
 * Whether the text at (row, col) is one of at least two options stacked in one column, each with a box column
 * beside it (right or left) that holds a tick or nothing, and at least one of them ticked.
 */
export function inTickedOptions(sheet: SheetGrid, row: number, col: number): boolean {
  if (!isOption(sheet, row, col)) return false;
  for (const box of [col + 1, col - 1]) {
    if (box < 0 || !boxFree(sheet, row, box)) continue;
    const rows = [row];
    for (const step of [-1, 1]) for (let r = row + step; r >= sheet.r0 && r <= sheet.lastRow && isOption(sheet, r, col) && boxFree(sheet, r, box); r += step) rows.push(r);
    if (rows.length >= 2 && rows.some((r) => isTick(sheet, r, box))) return true;
  }
  return false;
}

/** The low for a text candidate standing in a list of ticked options. */
export function tickedOptionLow(grids: readonly SheetGrid[], c: Candidate): Low | undefined {
  if (typeof c.value !== "string" || c.ref.includes(":")) return undefined;
  const sheet = grids.find((g) => g.index === c.sheet);
  if (!sheet) return undefined;
  const at = parseCell(splitAddress(c.ref).range.replace(/\$/g, ""));
  if (!inTickedOptions(sheet, at.row, at.col)) return undefined;
  return { id: "kontext", text: `„${c.value}“ ist eine von mehreren Optionen zum Ankreuzen; gewählt ist, was angekreuzt ist. Bitte eine Zelle wählen, die den Wert selbst enthält.` };
}
