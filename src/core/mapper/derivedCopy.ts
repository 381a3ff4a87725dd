// A copy in another unit or rounded ("=B5*100" in a chart-data range, "=ROUND(Eingabe!C9/1000,0)" on a board
// summary) fetches one cell and only scales or rounds it: the same figure, no place of its own. Two references
// ("=C15/B15-1", "=B4/B5") compute something new and are no such copy.
import { quoteSheet } from "../address";

/** One cell reference, optionally with its sheet ("Daten!$C$5", "'Kunden 2024'!B3", "C5"). */
const CELL_REF = /(?:('(?:[^']|'')+'|[\p{L}\p{N}_.]+)!)?\$?([A-Za-z]{1,3})\$?(\d+)(?![\p{L}\p{N}_(!])/gu;
/** What may stand beside the one reference in a derived copy: numbers, arithmetic and rounding functions. */
const ARITHMETIC_ONLY = /^[\s\d.,;+\-*/^()%]*$/;
const ROUNDING = /\b(?:ROUND|RUNDEN|ROUNDUP|ROUNDDOWN|AUFRUNDEN|ABRUNDEN|INT|GANZZAHL|ABS)\s*\(/giu;

/** The absolute reference a formula fetching one cell, perhaps scaled or rounded, depends on; else undefined. */
export function singleSourceOf(formula: string, ownSheet: string): string | undefined {
  const body = formula.trim().replace(/^=/, "").replace(ROUNDING, "(");
  const refs = new Set<string>();
  const rest = body.replace(CELL_REF, (_m, sheetPart: string | undefined, col: string, row: string) => {
    const sheet = sheetPart === undefined ? ownSheet : sheetPart.startsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
    refs.add(`${quoteSheet(sheet)}!$${col.toUpperCase()}$${row}`.toUpperCase());
    return " ";
  });
  if (refs.size !== 1 || !ARITHMETIC_ONLY.test(rest)) return undefined;
  return [...refs][0];
}

