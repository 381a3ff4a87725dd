// A helper column at a table's right edge: a lookup ("Kosten/TN (SVERWEIS)", a column of VLOOKUP formulas), a
// column of error values (#N/A from unfinished lookups), or a check column ("Prüfung", "Kontrolle", no heading
// at all). A reader sees the controller's scaffolding beside the table, no column of the table itself.
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

/** Heading words naming a lookup, a helper or a check (folded text). */
const HELPER_HEAD = /sverweis|xverweis|wverweis|vlookup|xlookup|hlookup|lookup|nachschlag|hilfs|helper|(^|\W)(check|pruefung|pruefsumme|kontrolle|abgleich)(\W|$)/;
/** A formula that only fetches a value from elsewhere (a lookup), in the host's English function names. */
const LOOKUP_FORMULA = /^=?\s*(iferror\(|ifna\()?\s*(vlookup|hlookup|xlookup|lookup|index|match)\(/i;
/** Check marks a check column writes instead of figures. */
const CHECK_MARK = /^(ok|passt|stimmt|fehler|x|✓|✔|wahr|falsch|true|false)$/;

/**
 * Whether column `c` of a table headed in `headRows` with data in rows `top`+1..`last` is a helper column:
 * a heading naming a lookup or check, or no heading with only check marks or errors below, or data cells that
 * are all error values or lookup formulas.
 */
export function isHelperColumn(sheet: SheetGrid, headRows: readonly number[], c: number, top: number, last: number): boolean {
  const heads = headRows.map((r) => sheet.text(r, c)).filter((t): t is string => t !== undefined);
  if (heads.some((t) => HELPER_HEAD.test(fold(t)))) return true;
  let filled = 0;
  let helper = 0;
  let marks = 0;
  for (let r = top + 1; r <= last; r++) {
    if (sheet.isBlank(r, c)) continue;
    filled++;
    const formula = sheet.formula(r, c);
    if (sheet.isError(r, c) || (formula !== undefined && LOOKUP_FORMULA.test(formula))) helper++;
    else {
      const t = sheet.ownText(r, c);
      if (t !== undefined && CHECK_MARK.test(fold(t))) marks++;
    }
  }
  if (filled === 0) return heads.length === 0;
  if (helper === filled) return true;
  return heads.length === 0 && helper + marks === filled;
}
