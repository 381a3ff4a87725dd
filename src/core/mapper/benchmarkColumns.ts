// A comparison column beside the Jobcenter's own value ("Wert JC | Ø Vergleichstyp IIIb", "Ziel | Bund Ø",
// "Bundesdurchschnitt 2023", "Deutschland"): it holds other regions' figures for reference, never a second value
// of the Jobcenter's row, so it must not make the row's own number doubtful.
import { fold } from "./normalize";
import type { ColumnHeader } from "./roles";

/** Words that name a comparison population by themselves. */
const BENCHMARK = /\b(vergleichstyp\w*|vgl ?typ|bundesdurchschnitt\w*|landesdurchschnitt\w*|bundeswert\w*|bundesebene|deutschland|bundesgebiet|vergleichs(jobcenter|jc|region)\w*)\b/;
/** A region word that is a comparison only as an average ("Bund Ø", "Ø Land"); alone "Bund" may head the federal share. */
const REGION = /\b(bund|land|rd|regionaldirektion)\b/;
const AVERAGE = /\b(durchschnitt\w*|mittelwert|schnitt)\b/;

/** Whether a column head names a comparison population (the Vergleichstyp, the federal or state average). */
export function isBenchmarkHead(text: string | undefined): boolean {
  if (text === undefined) return false;
  const folded = fold(text);
  if (BENCHMARK.test(folded)) return true;
  return REGION.test(folded) && (text.includes("Ø") || AVERAGE.test(folded));
}

/** The value columns of a row without those under a comparison head; all of them when every column is one. */
export function withoutBenchmarkColumns<C extends { header: ColumnHeader | undefined }>(columns: C[]): C[] {
  const own = columns.filter((c) => !isBenchmarkHead(c.header?.text));
  return own.length > 0 ? own : columns;
}
