// A comparison column beside the Jobcenter's own value ("Wert JC | Ø Vergleichstyp IIIb", "Ziel | Bund Ø",
// "Bundesdurchschnitt 2023", "Deutschland"): it holds other regions' figures for reference, never a second value
// of the Jobcenter's row, so it must not make the row's own number doubtful.
import { fold } from "./normalize";
import type { SheetGrid } from "./grid";
import type { ColumnHeader } from "./roles";

/** Words that name a comparison population by themselves. */
const BENCHMARK = /\b(vergleichstyp\w*|vgl ?typ|bundesdurchschnitt\w*|landesdurchschnitt\w*|bundeswert\w*|bundesebene|landeswert\w*|landesebene|deutschland|bundesgebiet|vergleichs(jobcenter|jc|region)\w*)\b/;
/** A region word that is a comparison only as an average ("Bund Ø", "Ø Land"); alone "Bund" may head the federal share. */
const REGION = /\b(bund|land|rd|regionaldirektion)\b/;
const AVERAGE = /\b(durchschnitt\w*|mittelwert|schnitt)\b/;
/** The German states by name (folded: hyphens are spaces): "Ø Sachsen", "Durchschnitt NRW" is that state's average. */
const STATE = /\b(baden wuerttemberg|bayern|berlin|brandenburg|bremen|hamburg|hessen|mecklenburg vorpommern|niedersachsen|nordrhein westfalen|nrw|rheinland pfalz|saarland|sachsen( anhalt)?|schleswig holstein|thueringen)\b/;
/** A bare region head ("Land", "Bund", "Sachsen"): a comparison only beside a comparison head (the Vergleichstyp's). */
const BARE_REGION = /^(bund|land|bundesland|rd|regionaldirektion|baden wuerttemberg|bayern|berlin|brandenburg|bremen|hamburg|hessen|mecklenburg vorpommern|niedersachsen|nordrhein westfalen|nrw|rheinland pfalz|saarland|sachsen( anhalt)?|schleswig holstein|thueringen)$/;

/** Whether a column head names a comparison population (the Vergleichstyp, the federal or state average). */
export function isBenchmarkHead(text: string | undefined): boolean {
  if (text === undefined) return false;
  const folded = fold(text);
  if (BENCHMARK.test(folded)) return true;
  return (REGION.test(folded) || STATE.test(folded)) && (text.includes("Ø") || AVERAGE.test(folded));
}

/** A head naming only a region ("Land" after "Vgl.-Typ"): a comparison when the row has a comparison head. */
const isBareRegionHead = (text: string | undefined) => text !== undefined && BARE_REGION.test(fold(text).trim());

/** How far up a column's head is sought when no header reaches the row (section rows between, an RD template). */
const MAX_UP = 40;

/** The nearest text above a row in a column (the column's head when only values stand between). */
export function textAbove(sheet: SheetGrid, row: number, col: number): string | undefined {
  for (let r = row - 1; r >= Math.max(sheet.r0, row - MAX_UP); r--) {
    const t = sheet.ownText(r, col);
    if (t !== undefined) return t;
  }
  return undefined;
}

/**
 * The value columns of a row without those under a comparison head; all of them when every column is one. Where
 * no header reaches the row (numbered section rows between head and value), the column's nearest text decides.
 */
export function withoutBenchmarkColumns<C extends { cell: { col: number }; header: ColumnHeader | undefined }>(columns: C[], sheet?: SheetGrid, row?: number): C[] {
  const headOf = (c: C) => c.header?.text ?? (sheet !== undefined && row !== undefined ? textAbove(sheet, row, c.cell.col) : undefined);
  const named = columns.filter((c) => isBenchmarkHead(headOf(c)));
  const benchmark = (c: C) => named.includes(c) || (named.length > 0 && isBareRegionHead(headOf(c)));
  const own = columns.filter((c) => !benchmark(c));
  return own.length > 0 ? own : columns;
}
