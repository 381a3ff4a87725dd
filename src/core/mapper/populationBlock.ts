// "Personengruppe | Anzahl | Anteil" over the eLb's rows, a blank row, then "Arbeitslose SGB II nach Personengruppen"
// over the unemployed's rows in the same columns: the second population's block continues the table, so its head
// row (the years over "Anzahl | Anteil") still heads it. A title first met after data rows otherwise starts a new
// table (./groupTitle.ts); here the title names a base population and its rows repeat the columns and number
// formats of the rows above, as a reader sees at a glance.
import type { SheetGrid } from "./grid";
import { tokenize } from "./tokens";

const BASES = ["elb", "arbeitslos"];

const namesPopulation = (text: string | undefined): boolean =>
  text !== undefined && tokenize(text).some((t) => t.concepts.some((c) => BASES.includes(c)));

/** The number columns of a row and their formats, as one key ("1:#,##0|2:0.0%"). */
function numberLayout(sheet: SheetGrid, row: number): string {
  return sheet
    .filledColumns(row)
    .filter((c) => sheet.number(row, c) !== undefined)
    .map((c) => `${c}:${sheet.format(row, c)}`)
    .join("|");
}

/**
 * Whether the title at `titleRow` (one text in the label column) opens another population's block of the table
 * above: it names a base population, the row under it and the last row above it (past blank rows) hold numbers in
 * the same columns with the same formats, two or more of them.
 */
export function continuesPopulationTable(sheet: SheetGrid, titleRow: number, labelCol: number): boolean {
  if (!namesPopulation(sheet.ownText(titleRow, labelCol))) return false;
  let above = titleRow - 1;
  while (above >= sheet.r0 && sheet.rowBlank(above)) above--;
  if (above < sheet.r0 || above === titleRow - 1 || titleRow + 1 > sheet.lastRow) return false;
  const below = numberLayout(sheet, titleRow + 1);
  return below.includes("|") && below === numberLayout(sheet, above);
}
