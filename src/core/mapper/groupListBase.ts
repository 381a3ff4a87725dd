// A list of Personengruppen without "davon": "eLb insgesamt | Frauen | Männer | unter 25 Jahre | Ausländer", then
// "Arbeitslose SGB II insgesamt | unter 25 Jahre | Ausländer". A bare group row ("unter 25 Jahre") is a part of the
// base its list names above it — the nearest row of the label column (no blank row between) naming a base
// population, a total ("eLb insgesamt"), a sibling ("Arbeitslose unter 25 Jahre") or the block's title ("Arbeitslose
// SGB II nach Personengruppen"). A customer share whose description rules that base out (the youth share of the
// unemployed, not of the eLb) is not that row, however well the group's word matches.
// A row with its own share word ("Anteil U25") or its own base ("Alo U25") says itself what it is: left alone.
import type { SheetGrid } from "./grid";
import { tokenize } from "./tokens";

/** The base populations a customer share is taken of; the unemployed first ("arbeitslose eLb" are unemployed). */
const BASES = ["arbeitslos", "elb"];
/** Words that make a row more than a bare group: a share of its own, or a figure of the targets. */
const OWN_FIGURE = new Set(["anteil", "prozent", "quote", "iq", "integration"]);
/** The Personengruppen a list names row by row ("U25", "Ü50", "Migr.", "AE", "Frauen"). */
const GROUP_WORDS = new Set(["jugendliche", "aeltere", "auslaender", "ae", "alleinerziehend", "schwerbehindert", "frauen", "maenner"]);
/** How far up a list is read (Personengruppen lists are short). */
const REACH = 15;

const baseOf = (text: string): string | undefined => {
  const concepts = tokenize(text).flatMap((t) => t.concepts);
  return BASES.find((b) => concepts.includes(b));
};

/**
 * The base named above a bare group row, and the row's text that names it; undefined when the row names a base or
 * a share itself, or no base stands above it in its list.
 */
export function groupListBase(sheet: SheetGrid, row: number, col: number): { base: string; text: string } | undefined {
  const own = sheet.ownText(row, col);
  if (own === undefined) return undefined;
  const concepts = tokenize(own).flatMap((t) => t.concepts);
  if (concepts.some((c) => BASES.includes(c) || OWN_FIGURE.has(c))) return undefined;
  for (let r = row - 1; r >= Math.max(sheet.r0, row - REACH); r--) {
    if (sheet.rowBlank(r)) return undefined;
    const text = sheet.ownText(r, col);
    if (text === undefined) continue;
    const base = baseOf(text);
    if (base !== undefined) return { base, text };
  }
  return undefined;
}

/**
 * A row naming one Personengruppe and nothing else ("U25", "Ü50", "Migr.", "50 Jahre und älter"): a sibling in a
 * list of groups, no head of the rows under it ("AE" under "U25" and "Ü50" still hangs under "eLb").
 */
export function isBareGroupRow(text: string): boolean {
  const concepts = tokenize(text).flatMap((t) => t.concepts);
  return concepts.length > 0 && concepts.every((c) => GROUP_WORDS.has(c));
}
