// A matrix's share row: "Anteil" under a total row, one share per column, the column heads naming the parts
// ("VZÄ: BA | Kommune | gesamt", "Köpfe: Frauen | Männer"). The label says "share", the head says of what:
// read together ("Anteil BA", "Anteil Frauen") they name the figure, as a label would. The label may name what the
// columns split ("Anteil Träger") or the base ("Anteil Köpfe") instead of the bare word.
import type { Candidate, Claims } from "./candidate";
import type { SheetGrid } from "./grid";
import { matchLabel } from "./matchLabel";
import { fold } from "./normalize";
import { judgeValue } from "./values";

/** "Anteil", "Anteile", "Anteil in %", "%-Anteil", "Quote": a row label that is only the word share. */
const SHARE_ROW = /^\s*(%\s*-?\s*)?(anteile?|quote)(\s*(in\s*)?%)?\s*:?\s*$/;
/** "Anteil an Köpfen", "Anteil am Personal", "Anteile an den VZÄ (in %)": the share word with the staff base it divides by. */
const SHARE_OF_BASE = /^\s*(anteile?|quote)\s+(an|am|der|des|bezogen auf)\s+(den\s+|die\s+)?(koepfen?|beschaeftigten?|personal|vzae|mitarbeitenden|koepfe)\b(\s*\(?(in\s*)?%\)?)?\s*:?\s*$/;
/** "Anteil Träger", "Anteil nach Trägern", "Trägeranteil", "Anteil Köpfe", "Anteil Personal", "Anteil (VZÄ)": the share word with what the columns split or its base. */
const SHARE_BY = /^\s*((anteile?|quote)\s+(nach\s+|je\s+)?\(?(traeger\w*|koepfen?|vzae|beschaeftigten?|personal)\)?|traegeranteile?|personalanteile?)(\s*\(?(in\s*)?%\)?)?\s*:?\s*$/;
const isShareRow = (folded: string): boolean => SHARE_ROW.test(folded) || SHARE_OF_BASE.test(folded) || SHARE_BY.test(folded);
/** How far above the share row its head row may stand (a staff matrix of a handful of areas). */
const MAX_ROWS_UP = 15;

export function findShareRow(sheet: SheetGrid, claims: Claims): Candidate[] {
  const out: Candidate[] = [];
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    const filled = sheet.filledColumns(r);
    const labelCol = filled.find((c) => sheet.ownText(r, c) !== undefined);
    if (labelCol === undefined || !isShareRow(fold(sheet.ownText(r, labelCol)!)) || claims.has(sheet.index, r, labelCol)) continue;
    const valueCols = filled.filter((c) => c > labelCol && typeof sheet.value(r, c) === "number");
    if (valueCols.length < 2) continue;
    let head: number | undefined;
    for (let hr = r - 1; hr >= Math.max(sheet.r0, r - MAX_ROWS_UP) && head === undefined; hr--) {
      if (valueCols.every((c) => sheet.ownText(hr, c) !== undefined)) head = hr;
    }
    if (head === undefined) continue;
    const area = sheet.areaAt(r, labelCol);
    for (const c of valueCols) {
      // The area decides between readings ("Anteil Kommune": the staff's share or the municipal budget part).
      const specs = area === undefined ? [] : matchLabel(`Anteil ${sheet.ownText(head, c)}`).standalone.filter((s) => s.context === area);
      if (specs.length !== 1) continue;
      const name = specs[0].names[specs[0].plain.role];
      const v = sheet.value(r, c);
      if (!name || !judgeValue(name, v, sheet.format(r, c), false).ok) continue;
      out.push({
        name,
        sheet: sheet.index,
        ref: sheet.ref({ row: r, col: c }),
        label: `${sheet.ownText(r, labelCol)} ${sheet.ownText(head, c)}`,
        labelCell: sheet.ref({ row: r, col: labelCol }),
        value: v,
        lows: [],
        order: sheet.index * 1e9 + r * 20_000 + c,
      });
    }
  }
  return out;
}
