// Gender in a column of its own: "Kennzahl | Personengruppe | Basis 2024 | Ziel 2025 | Veränderung" over rows
// "IQ | gesamt | …", "IQ | Männer | …", "LZB | Frauen | …". A reader reads each row's figure and group together
// ("IQ Männer") and the column heads as the roles. An absolute change column ("Veränderung abs.") beside a
// relative one is not the stated change.
import { contractName } from "../contract";
import { orderOf, type Candidate, type Claims, type Low } from "./candidate";
import { isBareTotalLabel } from "./captionTable";
import { ABSOLUTE_CHANGE } from "./context";
import { genderHead } from "./genderHead";
import { matchLabel } from "./matchLabel";
import type { SheetGrid } from "./grid";
import { figureOfRow, skipsUnnamed } from "./groupRows";
import { fold } from "./normalize";
import { roleOf } from "./roles";
import { judgeValue } from "./values";

type Role = "current" | "previous" | "change";

/** The value columns of a head row of text: figure column, group column, then role heads. */
function roleColumns(sheet: SheetGrid, hr: number, planYear: number | undefined): { figureCol: number; groupCol: number; cols: Array<{ col: number; role: Role }> } | undefined {
  const filled = sheet.filledColumns(hr);
  if (filled.length < 4 || filled.some((c) => sheet.ownText(hr, c) === undefined) || filled[1] !== filled[0] + 1) return undefined;
  const cols: Array<{ col: number; role: Role; absolute: boolean }> = [];
  for (const c of filled.slice(2)) {
    const head = fold(sheet.ownText(hr, c)!);
    const role = roleOf(head, planYear);
    if (role === "current" || role === "previous" || role === "change") cols.push({ col: c, role, absolute: role === "change" && ABSOLUTE_CHANGE.test(head) });
  }
  if (new Set(cols.map((c) => c.role)).size < 2) return undefined;
  const relative = cols.some((c) => c.role === "change" && !c.absolute);
  return { figureCol: filled[0], groupCol: filled[1], cols: cols.filter((c) => !(relative && c.absolute)).map(({ col, role }) => ({ col, role })) };
}

const isGroup = (text: string | undefined) => text !== undefined && (isBareTotalLabel(text) || genderHead(text) !== undefined);

export function findGenderLabelColumn(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let hr = sheet.r0; hr < sheet.lastRow; hr++) {
    const head = roleColumns(sheet, hr, planYear);
    if (!head) continue;
    const { figureCol, groupCol, cols } = head;
    const found: Candidate[] = [];
    let genders = 0;
    let r = hr + 1;
    for (; r <= sheet.lastRow; r++) {
      // A figure merged down over its groups' rows names each of them (./groupRows.ts).
      const figure = figureOfRow(sheet, r, figureCol);
      const group = sheet.ownText(r, groupCol);
      if (figure === undefined || !isGroup(group) || claims.has(sheet.index, r, figureCol)) break;
      // The first column must name the figure alone; the group only says which part. A figure of no contract
      // name among the rows ("K1 Summe der Leistungen …") is passed over.
      const named = matchLabel(figure).standalone.length;
      if (named === 0 && skipsUnnamed(sheet, r, figureCol)) continue;
      if (named !== 1) break;
      const specs = matchLabel(`${figure} ${group}`).standalone;
      if (specs.length !== 1) break;
      if (genderHead(group)) genders++;
      for (const { col, role } of cols) {
        const name = specs[0].names[role];
        const v = sheet.value(r, col);
        if (!name || v === null || !contractName(name)) continue;
        const lows: Low[] = [];
        const j = judgeValue(name, v, sheet.format(r, col), false, `${figure} ${group} ${sheet.ownText(hr, col)}`);
        if (!j.ok) lows.push({ id: j.id, text: j.text });
        found.push({
          name,
          sheet: sheet.index,
          ref: sheet.ref({ row: r, col }),
          label: `${figure} ${group} / ${sheet.ownText(hr, col)}`,
          labelCell: sheet.ref({ row: r, col: figureCol }),
          value: v,
          lows,
          ...(j.ok && j.noteId ? { noteId: j.noteId, note: j.note } : {}),
          order: orderOf(sheet.index, r, col),
        });
      }
    }
    // A table of parts: at least one gender row besides the totals.
    if (genders === 0 || r - hr < 3) continue;
    claims.add(sheet.index, hr + 1, figureCol, r - 1, Math.max(...cols.map((c) => c.col)));
    out.push(...found);
    hr = r - 1;
  }
  return out;
}
