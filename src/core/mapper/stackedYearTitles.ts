// "Jahresdurchschnitt 2024" over a customer block, "Jahresdurchschnitt 2023" over the same block further down: year
// blocks stacked on one sheet. A figure of the customers' year only (KUN_ELB, no _VJ name) is the later block's;
// the earlier block's value is the year before, no rival — as side-by-side titles already say (./latestTitle.ts).
import { latestYearRoles } from "./context";
import type { SheetGrid } from "./grid";
import { oncePerSheet } from "./sheetMemo";
import { fold, yearsIn } from "./normalize";

interface YearTitle {
  row: number;
  col: number;
  /** The title's words without its years ("jahresdurchschnitt"). */
  words: string;
  text: string;
}

const withoutYearWords = (folded: string) => folded.replace(/\b(19|20)\d\d\b/g, " ").replace(/\s+/g, " ").trim();

/** The sheet's lone-text rows naming one year (a title alone in its row). */
const yearTitles = oncePerSheet((sheet: SheetGrid): YearTitle[] => {
  const out: YearTitle[] = [];
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    const cols = sheet.filledColumns(r);
    if (cols.length !== 1) continue;
    const text = sheet.ownText(r, cols[0]);
    if (text === undefined || text.length > 60) continue;
    const folded = fold(text);
    if (yearsIn(folded).length !== 1) continue;
    out.push({ row: r, col: cols[0], words: withoutYearWords(folded), text });
  }
  return out;
});

/** Whether another title of the same words in the same column names the customers' (current) year. */
export function stackedUnderLaterTitle(sheet: SheetGrid, titleRow: number | undefined, planYear: number | undefined): boolean {
  if (titleRow === undefined) return false;
  const titles = yearTitles(sheet);
  const own = titles.find((t) => t.row === titleRow);
  if (own === undefined || own.words === "") return false;
  return titles.some((t) => t.row !== titleRow && t.col === own.col && t.words === own.words && latestYearRoles([t.text], planYear)[0] === "current");
}
