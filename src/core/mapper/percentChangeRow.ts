// "IQ Männer | Vorjahr | 16,9 %" / "| Ziel 2026 | 17,2 %" / "| in % | 1,8 %": a bare percent unit as the last row of
// a role column's group, under a previous-year row and a plan row, is their relative change — when its number is
// that change (a reader checks it). "in %" alone names no role: a share of the total ("Frauen | Ziel | in %") or a
// difference in points stays nothing.
import { readColumn } from "../columnRoles";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

/** "in %", "%", "(in %)", "in Prozent", "in v. H.": a unit only. */
const BARE_PERCENT = /^(in )?(%|prozent|v h)$/;
/** Rows a group spans at most above its change row. */
const MAX_ABOVE = 5;

const folded = (t: string) => fold(t).replace(/[.:()]/g, " ").replace(/\s+/g, " ").trim();

/** The first number right of `col` in `row`, with its column. */
function numberRight(sheet: SheetGrid, row: number, col: number): { col: number; value: number } | undefined {
  for (const c of sheet.filledColumns(row)) {
    if (c <= col) continue;
    const v = sheet.number(row, c);
    return v === undefined ? undefined : { col: c, value: v };
  }
  return undefined;
}

/**
 * Whether the cell at (row, col) is a bare percent unit closing a group whose rows above (same column, up to the
 * group's label row `labelCol` < col) name the previous year and the plan, none a change, and whose number is the
 * plan's relative change against the previous year (rounded as typed, also in percent units).
 */
export function isPercentChangeCell(sheet: SheetGrid, row: number, col: number): boolean {
  const t = sheet.ownText(row, col);
  if (t === undefined || t.length > 16 || !BARE_PERCENT.test(folded(t))) return false;
  const own = numberRight(sheet, row, col);
  if (!own) return false;
  let previous: number | undefined;
  let plan: number | undefined;
  for (let r = row - 1; r >= Math.max(sheet.r0, row - MAX_ABOVE); r--) {
    const text = sheet.ownText(r, col);
    if (text === undefined) return false;
    const kind = readColumn(folded(text)).kind;
    const value = numberRight(sheet, r, col);
    if (kind === "change" || !value || value.col !== own.col) return false;
    if (kind === "plan" && plan === undefined) plan = value.value;
    else if ((kind === "ist" || kind === "prognose") && previous === undefined) previous = value.value;
    else return false;
    // The group's label row: a text left of the role column closes it.
    if (sheet.filledColumns(r)[0] < col) break;
    if (r === Math.max(sheet.r0, row - MAX_ABOVE)) return false;
  }
  if (previous === undefined || plan === undefined || previous === 0) return false;
  const change = plan / previous - 1;
  const tolerance = 0.001 + 0.01 * Math.abs(change);
  return [own.value, own.value / 100].some((v) => Math.abs(v - change) <= tolerance);
}
