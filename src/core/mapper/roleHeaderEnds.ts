// A section title's year applies to the figures under it only until a column header row with a role of its own:
// "Ergebnisse 2023 (endgültig)" over a few values, then "Kennzahl | Ziel 2025 | Veränderung" starts a new table,
// whose columns say which year each value is (the title neither lends its year nor makes the targets another
// year's). A header naming only a change ("Wert | Veränderung") gives no year and leaves the section's.
import { fold } from "./normalize";
import type { SheetGrid } from "./grid";
import { isMissingValueText } from "./missingValue";
import { roleOf } from "./roles";
import { versionHeadRole } from "./versionColumns";

/**
 * Whether a text-only row between `titleRow` and `row`, below value rows of the section, heads columns right of
 * `labelCol` with a year's role.
 */
export function roleHeaderBetween(sheet: SheetGrid, titleRow: number, row: number, labelCol: number, planYear: number | undefined): boolean {
  let valuesSeen = false;
  for (let r = titleRow + 1; r < row; r++) {
    const cols = sheet.filledColumns(r);
    if (cols.some((c) => sheet.number(r, c) !== undefined)) valuesSeen = true;
    if (!valuesSeen || cols.length < 2) continue;
    const texts = cols.map((c) => sheet.ownText(r, c));
    if (texts.some((t) => t === undefined || isMissingValueText(t))) continue;
    // The corner head over the labels may carry the table's year ("Zielwerte 2025 | insgesamt | Männer | Frauen").
    // "Erstentwurf | Fassung nach ZV": the final version's head is the plan's (./versionColumns.ts).
    const heads = cols.filter((c) => c >= labelCol).map((c) => roleOf(fold(sheet.ownText(r, c)!), planYear) ?? versionHeadRole(sheet, r, sheet.ownText(r, c)!));
    if (heads.some((role) => role !== undefined && role !== "change")) return true;
  }
  return false;
}
