// Master data laid out as one head row with the values below ("Jobcenter | Planungsjahr | Stand" over "Jobcenter
// Landkreis Nordheim | 2026 | 15.02.2026"): a form of a single record. A reader takes each value from under its
// head. Only heads naming master data (the Eckdaten) count, and only one data row: more rows below make a list of
// several Jobcenters or years, no record of this programme.
import { areaOf } from "../areas";
import { contractName } from "../contract";
import { orderOf, type Candidate, type Claims, type Low } from "./candidate";
import { matchAt } from "./findCells";
import type { SheetGrid } from "./grid";
import { judgeValue } from "./values";

/** Heads a record needs (one head over one value is a label above its value, read elsewhere). */
const MIN_HEADS = 2;

/** The contract name a head names when it names exactly one master-data figure, else undefined. */
function masterName(sheet: SheetGrid, r: number, c: number): string | undefined {
  const specs = matchAt(sheet, r, c).standalone;
  if (specs.length !== 1) return undefined;
  const name = specs[0].names[specs[0].plain.role];
  return name && contractName(name) && areaOf(name)?.id === "eckdaten" ? name : undefined;
}

export function findMasterDataRows(sheet: SheetGrid, claims: Claims): Candidate[] {
  const out: Candidate[] = [];
  for (let hr = sheet.r0; hr < sheet.lastRow; hr++) {
    const cols = sheet.filledColumns(hr);
    if (cols.length < MIN_HEADS || cols.some((c) => sheet.ownText(hr, c) === undefined || claims.has(sheet.index, hr, c))) continue;
    // Heads side by side, every one a master-data figure, each a different one.
    if (cols.some((c, i) => i > 0 && c !== cols[i - 1] + 1)) continue;
    const names = cols.map((c) => masterName(sheet, hr, c));
    if (names.some((n) => n === undefined) || new Set(names).size !== names.length) continue;
    // One record: the row below fills the heads' columns only, and nothing follows it.
    const below = sheet.filledColumns(hr + 1);
    if (below.length < MIN_HEADS || below.some((c) => !cols.includes(c))) continue;
    if (hr + 2 <= sheet.lastRow && !sheet.rowBlank(hr + 2)) continue;
    const found: Candidate[] = [];
    for (const [i, c] of cols.entries()) {
      const v = sheet.value(hr + 1, c);
      if (v === null) continue;
      const name = names[i]!;
      const head = sheet.ownText(hr, c)!;
      const lows: Low[] = [];
      const j = judgeValue(name, v, sheet.format(hr + 1, c), false, head);
      if (!j.ok) lows.push({ id: j.id, text: j.text });
      found.push({
        name,
        sheet: sheet.index,
        ref: sheet.ref({ row: hr + 1, col: c }),
        label: head,
        labelCell: sheet.ref({ row: hr, col: c }),
        value: v,
        lows,
        ...(j.ok && j.noteId ? { noteId: j.noteId, note: j.note } : {}),
        order: orderOf(sheet.index, hr + 1, c),
      });
    }
    // A record with a value that does not fit its head is no record (a table of other things under those words).
    if (found.length < MIN_HEADS || found.some((f) => f.lows.length > 0)) continue;
    out.push(...found);
    claims.add(sheet.index, hr, cols[0], hr + 1, cols[cols.length - 1]);
  }
  return out;
}
