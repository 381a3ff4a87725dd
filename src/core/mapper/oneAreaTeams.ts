// A VZÄ table whose rows are the teams of ONE area ("Team U25 | Team Ü25 Nord | … | VZÄ Bereich M&I" summing to 64,0
// while "VZÄ JC gesamt | 171,2" stands below) is an area's inner split, not the Jobcenter's VZÄ by area: its sum row
// names one area, or a VZÄ total naming the Jobcenter ("VZÄ JC gesamt") on the sheet is far above the rows' sum.
// Never sure then. A bare "VZÄ insgesamt" decides nothing: a table's rows may simply not reach it.
import type { Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

/** A label naming one unit ("Bereich M&I", "Abteilung Leistung"), not the whole ("Bereiche gesamt"). */
const NAMES_ONE_AREA = /\b(bereich|abteilung|fachbereich|geschaeftsbereich|sachgebiet)\b (?!(gesamt|insgesamt|summe|zusammen)\b)\w/;
const VZAE_WORD = /\b(vzae|vollzeitaequivalent\w*|vk|stellen|planstellen)\b/;
const NAMES_JOBCENTER = /\b(jc|jobcenter)\b/;

interface Rows {
  first: number;
  last: number;
  labelCol: number;
  valueCol: number;
  total?: { row: number; value: number; label: string };
}

const near = (a: number, b: number) => Math.abs(a - b) <= 0.05 + 1e-9 * Math.abs(b);

/** The sum row at the end or right under the rows (its value the sum of the rows above) and the rows' sum. */
function sumRow(sheet: SheetGrid, run: Rows): { label: string; sum: number } | undefined {
  const sumTo = (last: number) => {
    let sum = 0;
    for (let r = run.first; r <= last; r++) sum += sheet.number(r, run.valueCol) ?? 0;
    return sum;
  };
  if (run.total) return { label: run.total.label, sum: sumTo(run.last) };
  // The table's own last row, or a row right under it that another reader took ("VZÄ Fachbereich …" as a total).
  for (const [row, last] of [[run.last, run.last - 1], [run.last + 1, run.last]]) {
    if (last < run.first || row > sheet.lastRow) continue;
    const value = sheet.number(row, run.valueCol);
    const label = sheet.ownText(row, run.labelCol);
    const sum = sumTo(last);
    if (value !== undefined && label !== undefined && near(value, sum)) return { label, sum };
  }
  return undefined;
}

/** The low of a VZÄ table that splits one area into its teams. */
export function oneAreaTeamsLow(sheet: SheetGrid, run: Rows): Low | undefined {
  const total = sumRow(sheet, run);
  if (total && NAMES_ONE_AREA.test(fold(total.label))) {
    return { id: "tabelle", text: `Die Summenzeile „${total.label}“ nennt einen Bereich: die Zeilen sind dessen Teams, nicht die VZÄ des Jobcenters nach Bereichen.` };
  }
  let sum = 0;
  for (let r = run.first; r <= run.last; r++) sum += sheet.number(r, run.valueCol) ?? 0;
  if (total) sum = total.sum;
  if (!(sum > 0)) return undefined;
  const lastRow = run.total?.row ?? run.last;
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    if (r >= run.first && r <= lastRow) continue;
    for (const c of sheet.filledColumns(r)) {
      const text = sheet.ownText(r, c);
      if (text === undefined) continue;
      const key = fold(text);
      // It must name the Jobcenter: a bare "VZÄ insgesamt" may be a total the table's rows simply do not reach.
      if (!VZAE_WORD.test(key) || !NAMES_JOBCENTER.test(key)) continue;
      const value = sheet.filledColumns(r).filter((cc) => cc > c).map((cc) => sheet.number(r, cc)).find((v) => v !== undefined);
      if (value !== undefined && value > 1.5 * sum) {
        return { id: "tabelle", text: `„${text}“ nennt ${value} VZÄ für das ganze Jobcenter, die Zeilen ergeben nur ${Math.round(sum * 10) / 10}: sie sind wohl die Teams eines Bereichs.` };
      }
    }
  }
  return undefined;
}
