// "Zielwerte 2025 | insgesamt | Männer | Frauen": a head row whose heads name only the parts (total, genders)
// while its corner over the labels names a year's role. The corner then titles the rows under it as a section
// title would: "LZB-Bestand (JDW)" below it is the 2025 target, though neither label nor column head says so.
import type { SheetGrid } from "./grid";
import { isMissingValueText } from "./missingValue";
import { withoutAsOfRemark } from "./asOfRemark";
import { readColumn } from "../columnRoles";
import { fold } from "./normalize";
import { roleOf } from "./roles";

/**
 * The corner title heading `row`: the nearest text-only row above it (of two or more cells, below `fromRow`)
 * whose cell at `labelCol` names a role and whose heads right of it name none. Undefined when the nearest head
 * row is another kind, or its corner names no role or only a change.
 */
export function cornerTitleAbove(sheet: SheetGrid, fromRow: number, row: number, labelCol: number, planYear: number | undefined, roleWordOnly = false): { row: number; text: string } | undefined {
  if (labelCol < 0) return undefined;
  for (let r = row - 1; r > fromRow; r--) {
    const cols = sheet.filledColumns(r);
    if (cols.some((c) => sheet.number(r, c) !== undefined)) continue;
    if (cols.length < 2) return undefined;
    const texts = cols.map((c) => sheet.ownText(r, c));
    if (texts.some((t) => t === undefined || isMissingValueText(t))) return undefined;
    const corner = sheet.ownText(r, labelCol);
    if (corner === undefined || cols[0] !== labelCol) return undefined;
    // "Ausgangswerte 2025 (Hochrechnung Stand Jan. 2026)": the as-of date's year is not the rows' (./asOfRemark.ts).
    const role = roleOf(fold(withoutAsOfRemark(corner)), planYear);
    if (role === undefined || role === "change" || role === "none") return undefined;
    // Under a title of its own year, only a corner with a role word of its own (Ist, Hochrechnung, Plan) outranks it.
    if (roleWordOnly && readColumn(fold(withoutAsOfRemark(corner))).kind === undefined) return undefined;
    // Heads naming other roles beside the parts ("Ziele 2026 | GS Nord | JC gesamt | Vorjahr (JC) | Veränderung")
    // keep their own columns; the parts' columns take the corner's role. A head of the corner's role or of none
    // ("Ist 2026") leaves the corner no column of its own.
    const headRoles = cols.slice(1).map((c) => roleOf(fold(sheet.ownText(r, c)!), planYear));
    const clash = headRoles.some((h) => h === role || h === "none") || headRoles.every((h) => h !== undefined);
    // Beside role heads, only locations' and the total's columns ("GS Nord", "JC gesamt") are the corner's parts.
    const parts = cols.slice(1).filter((_, i) => headRoles[i] === undefined);
    const placesOnly = parts.every((c) => ["location", "total"].includes(readColumn(fold(sheet.ownText(r, c)!)).kind ?? ""));
    return clash || (headRoles.some((h) => h !== undefined) && !placesOnly) ? undefined : { row: r, text: corner };
  }
  return undefined;
}
