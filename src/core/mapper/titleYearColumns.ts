// "Kundenstruktur 2025 (Jahresdurchschnitt)" over "Kennzahl | Nord | Süd | JC gesamt | JC gesamt 2024": a column
// without a year beside one naming an earlier year is the caption's year. A reader takes "JC gesamt" as 2025's
// total and "JC gesamt 2024" as the year before, so the latest year's column is the one without a year.
import { readColumn } from "../columnRoles";
import type { SheetGrid } from "./grid";
import { fold, yearsIn } from "./normalize";
import type { ColumnHeader } from "./roles";

/** Kinds of a head that say which year's role it has by their own word: such a head takes no year from a caption. */
const OWN_ROLE = new Set(["attainment", "change", "prognose", "ist", "plan", "latest", "month"]);

/**
 * The caption right above a head row (blank rows between allowed): the nearest filled row above it holding one
 * text only. It may read as a figure's label ("… (Jahresdurchschnitt)"); standing over the head row, it captions it.
 */
function captionAbove(sheet: SheetGrid, headRow: number): string | undefined {
  for (let r = headRow - 1; r >= Math.max(sheet.r0, headRow - 3); r--) {
    if (sheet.rowBlank(r)) continue;
    const cols = sheet.titleColumns(r, sheet.filledColumns(r));
    return cols.length === 1 ? sheet.ownText(r, cols[0]) : undefined;
  }
  return undefined;
}

/**
 * The texts of a row's value heads, each yearless head given its caption's one year when another head of the same
 * head row names an earlier year and none names the caption's own (undefined heads stay undefined).
 */
export function withTitleYear(heads: Array<ColumnHeader | undefined>, sheet: SheetGrid): Array<string | undefined> {
  const texts = heads.map((h) => h?.text);
  const headYears = texts.flatMap((t) => (t === undefined ? [] : yearsIn(fold(t))));
  const rows = new Set(heads.flatMap((h) => (h?.row === undefined ? [] : [h.row])));
  if (headYears.length === 0 || rows.size !== 1) return texts;
  const caption = captionAbove(sheet, [...rows][0]);
  const years = caption === undefined ? [] : [...new Set(yearsIn(fold(caption)))];
  if (years.length !== 1 || headYears.some((y) => y >= years[0])) return texts;
  return texts.map((t) => {
    if (t === undefined || yearsIn(fold(t)).length > 0) return t;
    const kind = readColumn(fold(t)).kind;
    return kind !== undefined && OWN_ROLE.has(kind) ? t : `${t} ${years[0]}`;
  });
}
