// A money unit stated once for what follows ("alle Beträge in Tsd. EUR" under a sheet's title, "Angaben in T€",
// "(in 1.000 €)", "Mio. €", a "T€" column head, a note line "Beträge in EUR") applies to every amount below it
// until another unit is stated, as a reader takes it. An amount in thousands or millions is never the contract's
// euro figure when the workbook holds plain euros too ("Beträge in EUR", a "€" head, amounts in a euro format):
// there the thousands are a rounded overview, so such an amount gets a type doubt, is not sure and no rival to the
// same figure in plain euros elsewhere. A workbook keeping all its money in thousands is read as its controllers
// keep it (the amounts stay; a label or format unit of their own still makes them low, ./values.ts).
// A cell whose own format shows a plain euro sign, or scales euros by a comma (./scaledFormat.ts), says itself.
import { parseCell, splitAddress } from "../address";
import { contractName } from "../contract";
import type { Candidate, Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold, isYearNumber } from "./normalize";
import { scalesByThousands } from "./scaledFormat";

export type MoneyUnit = "scaled" | "euro";

/** Thousands or millions of euros (folded: "T€", "TEUR", "kEUR", "Tsd. EUR", "in 1.000 €", "Mio. €"), not after a number ("3,2 Mio. €"). */
const SCALED_EURO = /(^| )(t€|teur|k€|keur)( |$)|(^| )(?<!\d )(tsd|tausend|1 000|1000|mio|millionen|mill|mrd|milliarden) (€|eur|euro)( |$)/;
/** "Beträge in Tsd.", "Angaben in Mio.": the scale alone after "in". */
const SCALED_IN = /(^| )in (tsd|tausend|mio|millionen)( |$)/;
/** An amount written out ("3,2 Mio. €"): no unit stated for other cells. */
const AMOUNT = /\d (tsd|tausend|mio|millionen|mill|mrd|milliarden) (€|eur|euro)( |$)/g;
/** Plain euros ("Betrag €", "in EUR", "(Euro)"), not after a number ("5.064.388 €"). */
const PLAIN_EURO = /(^| )(?<!\d )(€|eur|euro)( |$)/;
/** Plain euros in parentheses ("(Euro)", "(in EUR)", "(€)"), whatever stands before them. */
const EURO_IN_PARENS = /\(\s*(in\s+)?(€|eur|euro)\s*\)/i;
/** A number format showing a plain euro sign ("#,##0 \"€\"", "[$€-407]", "EUR"), not a thousands unit. */
const EURO_FORMAT = /€|\beur\b/i;
const SCALED_FORMAT = /t ?€|teur|tsd|mio/i;
/** How far up a stated unit is read. */
const MAX_ROWS = 400;

/** The money unit a text states, if any (thousands or millions before plain euros). */
export function unitStated(text: string): MoneyUnit | undefined {
  const f = fold(text).replace(AMOUNT, " ");
  if (SCALED_EURO.test(f) || SCALED_IN.test(f)) return "scaled";
  // "Haushalt 2025 (Euro)": a unit in parentheses after a year is stated, no amount's.
  return PLAIN_EURO.test(f) || EURO_IN_PARENS.test(text) ? "euro" : undefined;
}

/** A row of numbers (not years): data, whose label's unit is its own. */
function isDataRow(sheet: SheetGrid, row: number, cols: number[]): boolean {
  return cols.some((c) => {
    const n = sheet.number(row, c);
    return n !== undefined && !isYearNumber(n);
  });
}

/** A unit stated above an amount: by its column's head (in a row of heads) or by a title or note line. */
export interface UnitAbove {
  unit: MoneyUnit;
  text: string;
  row: number;
  by: "head" | "line";
}

/**
 * The unit stated for the amount at (row, col): the nearest row above without numbers that states one, by the
 * column's own head first, else by any of its cells (a title or note line, also merged over the column).
 */
export function unitAbove(sheet: SheetGrid, row: number, col: number): UnitAbove | undefined {
  for (let r = row - 1; r >= Math.max(sheet.r0, row - MAX_ROWS); r--) {
    if (sheet.rowBlank(r)) continue;
    const cols = sheet.filledColumns(r);
    if (isDataRow(sheet, r, cols)) continue;
    const head = sheet.ownText(r, col);
    const own = head !== undefined && cols.length > 1 ? unitStated(head) : undefined;
    if (own) return { unit: own, text: head!, row: r, by: "head" };
    const units = cols.map((c) => ({ text: sheet.ownText(r, c) ?? "", unit: unitStated(sheet.ownText(r, c) ?? "") })).filter((x) => x.unit !== undefined);
    // Thousands stated anywhere in the line outweigh a plain euro beside them: the reader must look.
    const found = units.find((x) => x.unit === "scaled") ?? units[0];
    if (found) return { unit: found.unit!, text: found.text, row: r, by: "line" };
  }
  return undefined;
}

/** Whether the workbook states plain euros anywhere: a text naming the unit, or a number in a euro format. */
export function holdsPlainEuros(grids: SheetGrid[]): boolean {
  for (const sheet of grids) {
    for (let r = sheet.r0; r <= sheet.lastRow; r++) {
      for (const c of sheet.filledColumns(r)) {
        const t = sheet.ownText(r, c);
        if (t !== undefined ? unitStated(t) === "euro" : EURO_FORMAT.test(sheet.format(r, c)) && !SCALED_FORMAT.test(sheet.format(r, c))) return true;
      }
    }
  }
  return false;
}

/**
 * A type doubt for a money candidate whose amount stands in thousands or millions by its label, head or section,
 * in a workbook that holds plain euros too (`mixedUnits`, asked only when needed).
 */
export function statedUnitLow(grids: SheetGrid[], c: Candidate, mixedUnits: () => boolean): Low | undefined {
  const kind = contractName(c.name)?.kind;
  if ((kind !== "money" && kind !== "moneySigned") || typeof c.value !== "number" || c.lows.some((l) => l.id === "typ")) return undefined;
  const sheet = grids.find((g) => g.index === c.sheet);
  const range = splitAddress(c.ref).range.replace(/\$/g, "");
  if (!sheet || range.includes(":")) return undefined;
  const at = parseCell(range);
  const format = sheet.format(at.row, at.col);
  // The cell says its own unit: euros scaled only in the display, a thousands unit, or a plain euro sign.
  if (scalesByThousands(format)) return undefined;
  if (SCALED_FORMAT.test(format)) return scaledLow(`Das Zahlenformat „${format}“ zeigt`);
  if (EURO_FORMAT.test(format)) return undefined;
  if (unitStated(c.label) === "scaled") return scaledLow(`Die Beschriftung „${c.label}“ nennt`);
  const above = unitAbove(sheet, at.row, at.col);
  if (above?.unit !== "scaled") return undefined;
  if (above.by === "head") return scaledLow(`Der Spaltenkopf „${above.text}“ (Zeile ${above.row + 1}) nennt`);
  return mixedUnits() ? scaledLow(`„${above.text}“ (Zeile ${above.row + 1}) gilt für die Beträge darunter und nennt`, true) : undefined;
}

function scaledLow(source: string, mixed = false): Low {
  const euros = mixed ? " Die Mappe führt andere Beträge in Euro; der Vertrag erwartet Euro." : " Der Vertrag erwartet Euro.";
  return { id: "typ", text: `${source} Tausend (oder Millionen) Euro.${euros}` };
}
