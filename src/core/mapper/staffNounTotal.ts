// "Beschäftigte gesamt | 1.184 | 1.052,6" under "Kennzahl | Köpfe | VZÄ": a total naming the staff by a staff noun
// holds the staff's VZÄ in the VZÄ column. The noun alone is a head-count word, so the reading stays a fallback
// with a doubt: it wins only where the sure area table's total row holds the same number (./areaTableTotal.ts),
// as a reader sees the labelled total restated by the areas' sum; another number leaves the area total.
import { readColumn } from "../columnRoles";
import { orderOf, type Candidate, type Claims } from "./candidate";
import type { SheetGrid } from "./grid";
import { isFigureLabelRow } from "./labelCells";
import { matchLabel } from "./matchLabel";
import { fold } from "./normalize";
import { columnHeader } from "./roles";

/** A label naming the head count by its unit ("Köpfe", "Anzahl", "Kopfzahl") is a head count, never the VZÄ. */
const COUNT_WORD = /\b(koepfe|kopf\w*|anzahl|zahl)\b/;

export function findStaffNounTotals(sheet: SheetGrid, claims: Claims): Candidate[] {
  const out: Candidate[] = [];
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    const cols = sheet.filledColumns(r);
    const labelCol = cols.find((c) => sheet.ownText(r, c) !== undefined);
    if (labelCol === undefined) continue;
    const text = sheet.ownText(r, labelCol)!;
    if (readColumn(text).kind !== "heads" || COUNT_WORD.test(fold(text))) continue;
    if (!matchLabel(text).standalone.some((s) => s.names.current === "PER_Beschaeftigte")) continue;
    for (const c of cols.filter((x) => x > labelCol && x <= labelCol + 8)) {
      const value = sheet.number(r, c);
      if (value === undefined || claims.has(sheet.index, r, c)) continue;
      const header = columnHeader(sheet, r, c, undefined, labelCol, (row, cs) => isFigureLabelRow(sheet, row, cs));
      if (!header || header.acrossBlank || readColumn(header.text).kind !== "vzae") continue;
      out.push({
        name: "PER_VZAE_Gesamt",
        sheet: sheet.index,
        ref: sheet.ref({ row: r, col: c }),
        label: `${text} (${header.text})`,
        labelCell: sheet.ref({ row: r, col: labelCol }),
        value,
        lows: [{ id: "beschriftung", text: `„${text}“ nennt die Beschäftigten, die Zahl steht unter „${header.text}“; keine Summe der Bereiche bestätigt sie.` }],
        fallback: true,
        staffNounTotal: true,
        order: orderOf(sheet.index, r, c),
      });
    }
  }
  return out;
}
