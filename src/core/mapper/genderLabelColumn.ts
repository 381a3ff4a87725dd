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
import { versionHeadRole } from "./versionColumns";
import { judgeValue } from "./values";

type Role = "current" | "previous" | "change";

/** The value columns of a head row of text: figure column, group column, then role heads. */
// The group column's head may be blank over a title in the figure column ("Ziele 2025 | | alt | neu | Änderung");
// the versions' heads give the roles there (./versionColumns.ts): the new column is the plan, the old one and the
// difference between them none.
function roleColumns(sheet: SheetGrid, hr: number, planYear: number | undefined): { figureCol: number; groupCol: number; titled: boolean; cols: Array<{ col: number; role: Role }> } | undefined {
  const filled = sheet.filledColumns(hr);
  if (filled.length < 4 || filled.some((c) => sheet.ownText(hr, c) === undefined)) return undefined;
  const blankGroupHead = filled[1] === filled[0] + 2;
  if (filled[1] !== filled[0] + 1 && !blankGroupHead) return undefined;
  const cols: Array<{ col: number; role: Role; absolute: boolean }> = [];
  let versioned = false;
  for (const c of filled.slice(blankGroupHead ? 1 : 2)) {
    const text = sheet.ownText(hr, c)!;
    const head = fold(text);
    const version = versionHeadRole(sheet, hr, text, c);
    if (version !== undefined) versioned = true;
    const role = version === "none" ? undefined : (version ?? roleOf(head, planYear));
    if (role === "current" || role === "previous" || role === "change") cols.push({ col: c, role, absolute: role === "change" && ABSOLUTE_CHANGE.test(head) });
  }
  const roles = new Set(cols.map((c) => c.role));
  if (roles.size < 2 && !(versioned && roles.has("current"))) return undefined;
  // Without a group head the versions must say the roles: a title over the figures gives no table of its own.
  if (blankGroupHead && !versioned) return undefined;
  const relative = cols.some((c) => c.role === "change" && !c.absolute);
  return { figureCol: filled[0], groupCol: filled[0] + 1, titled: blankGroupHead, cols: cols.filter((c) => !(relative && c.absolute)).map(({ col, role }) => ({ col, role })) };
}

const isGroup = (text: string | undefined) => text !== undefined && (isBareTotalLabel(text) || genderHead(text) !== undefined);

export function findGenderLabelColumn(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let hr = sheet.r0; hr < sheet.lastRow; hr++) {
    const head = roleColumns(sheet, hr, planYear);
    if (!head) continue;
    const { figureCol, groupCol, titled, cols } = head;
    const found: Candidate[] = [];
    let genders = 0;
    let lastFigure: string | undefined;
    let r = hr + 1;
    for (; r <= sheet.lastRow; r++) {
      // A figure merged down over its groups' rows names each of them (./groupRows.ts).
      // Under a title (no head over the figure and group columns) a figure named on its first group row only
      // ("Integrationsquote | gesamt", then "| Männer", "| Frauen") names the gender rows under it while its figure
      // cell stays blank, as a presentation table is read. Under a head "Indikator | Personengruppe" each row is a
      // record of its own: a blank figure cell names no figure (unless merged down).
      const group = sheet.ownText(r, groupCol);
      const figure = figureOfRow(sheet, r, figureCol) ?? (titled && lastFigure !== undefined && sheet.isBlank(r, figureCol) && genderHead(group ?? "") !== undefined ? lastFigure : undefined);
      if (figure === undefined || !isGroup(group) || claims.has(sheet.index, r, figureCol)) break;
      // The first column must name the figure alone; the group only says which part. A figure of no contract
      // name among the rows ("K1 Summe der Leistungen …") is passed over.
      const named = matchLabel(figure).standalone.length;
      if (named === 0 && skipsUnnamed(sheet, r, figureCol)) continue;
      if (named !== 1) break;
      lastFigure = figure;
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
