// A change history ("Änderungshistorie": Datum | Version | Kennzahl | alter Wert | neuer Wert) records what was
// changed, with old values and values copied from the sheets: it is never where a figure lives. A sheet named so
// is no source at all; elsewhere, a table under a header with a date or version column, an old and a new value
// column is none. Without the date or version ("Kennzahl | bisher | neu" of a revised plan) the new values may
// be the current ones, so such a table stays a source.
import { parseCell, splitAddress } from "../address";
import type { Candidate } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import { isVersionHistoryHead } from "./versionHistory";

/** A sheet or title naming a change history (folded): Änderungshistorie, Änderungsprotokoll, Versionsverlauf, Changelog. */
const LOG_NAME = /\b(aenderungs|versions|revisions)(historie|protokoll|verlauf|nachweis|liste|log)\b|\bchange ?log\b|\bhistorie der aenderungen\b|\b(version|revision) history\b/;
/** A column of the value before the change: "alter Wert", "bisher", "vorher", "Wert alt", "ursprünglicher Wert". */
const OLD_VALUE = /^(alte[rs]? wert|wert alt|alt|bisher\w*( wert)?|vorher|ursprueng\w*( wert)?|old value)$/;
/** A column of the value after the change: "neuer Wert", "Wert neu", "neu", "nachher", "geändert auf". */
const NEW_VALUE = /^(neue[rs]? wert|wert neu|neu|nachher|geaendert (auf|in)|new value)$/;

/** A column saying when or in which version: "Datum", "Version", "geändert am", "Änderungsdatum". */
const WHEN = /^(datum|version|versionsnr|vers|geaendert am|aenderungsdatum|date|stand)$/;

const cleaned = (t: string | undefined) => (t === undefined ? "" : fold(t).replace(/[.:()]/g, " ").replace(/\s+/g, " ").trim());

/** Whether a row is the header of a change log: a date or version column, one of old values and one of new values. */
function isChangeLogHeader(sheet: SheetGrid, row: number): boolean {
  const heads = sheet.filledColumns(row).map((c) => cleaned(sheet.ownText(row, c)));
  return heads.some((h) => WHEN.test(h)) && heads.some((h) => OLD_VALUE.test(h)) && heads.some((h) => NEW_VALUE.test(h));
}

/** The rows of a sheet that belong to a change log: all of a sheet named so, else those under a change-log header. */
export function changeLogRows(sheet: SheetGrid): (row: number) => boolean {
  if (LOG_NAME.test(cleaned(sheet.name))) return () => true;
  const starts: Array<[from: number, to: number]> = [];
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    if (!isChangeLogHeader(sheet, r) && !isVersionHistoryHead(sheet, r)) continue;
    // The log runs down to the first blank row (a title right above it belongs to it too).
    let end = r;
    while (end + 1 <= sheet.lastRow && !sheet.rowBlank(end + 1)) end++;
    const titled = r - 1 >= sheet.r0 && LOG_NAME.test(cleaned(sheet.headingText(r - 1)));
    starts.push([titled ? r - 1 : r, end]);
    r = end;
  }
  return (row) => starts.some(([a, b]) => row >= a && row <= b);
}

/** The candidates outside change logs: a value recorded in a history is never the figure's source. */
export function withoutChangeLogs(grids: SheetGrid[], candidates: Candidate[]): Candidate[] {
  const logs = new Map(grids.map((g) => [g.index, changeLogRows(g)]));
  return candidates.filter((c) => {
    const inLog = logs.get(c.sheet);
    if (!inLog) return true;
    const at = splitAddress(c.ref).range.replace(/\$/g, "").split(":")[0];
    return !inLog(parseCell(at).row);
  });
}
