// "Beschäftigte (Köpfe) | 98" over "davon weiblich | 49" and "davon männlich | 49": the parts of a head count are
// head counts too, never shares, even when they are small enough to read as percent. A share typed in percent
// format, or a part whose label says "Anteil", "Quote" or "%", stays possible; so does a number in a column headed as
// a share ("Personal | Anzahl | in %": 75,3 under "in %" beside 134 under "Anzahl", ./shareHeadColumn.ts).
import { readColumn } from "../columnRoles";
import type { CellKind } from "../contract";
import { isPercentFormat } from "../percentUnits";
import { LEVEL2 } from "../resolve/labels";
import type { Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

const COUNT_TOTAL = /\b(koepfe\w*|kopfzahl|anzahl|personen|beschaeftigte\w*|mitarbeitende\w*|mitarbeiter\w*|headcount|bestand|gesamtzahl)\b/;
const SHARE_WORDS = /\b(anteil\w*|quote\w*|prozent\w*)\b|%/;

/** A part row: "davon …"/"darunter …", or a label indented under the row above. */
function isPartRow(sheet: SheetGrid, row: number, col: number): boolean {
  const raw = sheet.value(row, col);
  return typeof raw === "string" && (LEVEL2.test(fold(raw)) || /^\s+\S/.test(raw));
}

/** Why the share reading of a part row of a head count is no candidate; undefined when the row is none. */
export function partOfCount(sheet: SheetGrid, row: number, col: number, valueCol: number, kind: CellKind | "table" | undefined, value: unknown, header?: string): Low | undefined {
  const label = sheet.ownText(row, col);
  if (kind !== "share" || typeof value !== "number" || label === undefined || isPercentFormat(sheet.format(row, valueCol))) return undefined;
  if (header !== undefined && readColumn(fold(header)).kind === "share") return undefined;
  if (!isPartRow(sheet, row, col) || SHARE_WORDS.test(fold(label))) return undefined;
  for (let r = row - 1; r >= Math.max(sheet.r0, row - 12); r--) {
    if (sheet.rowBlank(r)) return undefined;
    const head = sheet.ownText(r, col);
    if (head === undefined) continue;
    if (isPartRow(sheet, r, col)) continue;
    const total = sheet.number(r, valueCol);
    if (total === undefined || !Number.isInteger(total) || total < value || isPercentFormat(sheet.format(r, valueCol))) return undefined;
    const folded = fold(head);
    if (!COUNT_TOTAL.test(folded) || SHARE_WORDS.test(folded)) return undefined;
    return { id: "typ", text: `„${label.trim()}“ ist ein Teil von „${head.trim()}“ (${total}), also eine Anzahl, kein Anteil` };
  }
  return undefined;
}
