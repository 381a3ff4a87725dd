// A three-level head: gender groups ("Frauen | Männer | Insgesamt", each merged over its columns) over role heads
// ("Kennzahl | Ist 2025 | Ziel 2026 | Veränd. in %" repeated per group), figures in the rows below. A reader reads
// each value by its row's figure, its group's part and its column's role: the total is taken from the
// "Insgesamt" group only, a gender group gives that gender's figure ("Integrationsquote" under "Frauen" is the
// IQ Frauen). The block is claimed so its rows are not read as rows of three unnamed numbers.
import { contractName } from "../contract";
import { orderOf, type Candidate, type Claims, type Low } from "./candidate";
import { isBareTotalLabel } from "./captionTable";
import { genderHead, matchAt, matchLabel } from "./findCells";
import type { SheetGrid } from "./grid";
import { settleHeadTwins } from "./headerTwins";
import type { LabelSpec } from "./labels";
import { SURE_SCORE } from "./match";
import { fold } from "./normalize";
import { roleOf, type RoleOrNone } from "./roles";
import { targetGroupHead } from "./targetGroupHead";
import { judgeValue } from "./values";

interface Group {
  col: number;
  end: number;
  text: string;
  part: "total" | "frauen" | "maenner" | "other";
}

/** The upper row's groups: every filled cell a gender or a total, at least one of each kind, spanning to the next. */
function groupsAt(sheet: SheetGrid, hr: number): Group[] | undefined {
  const cols = sheet.filledColumns(hr);
  if (cols.length < 2) return undefined;
  const groups: Group[] = [];
  for (let i = 0; i < cols.length; i++) {
    const text = sheet.ownText(hr, cols[i]);
    // Another Personengruppe's block ("Alleinerziehende" beside "Frauen | Männer") is read past (./targetGroupHead.ts).
    const part = text === undefined ? undefined : isBareTotalLabel(text) ? "total" : (genderHead(text) ?? (targetGroupHead(text) !== undefined ? "other" : undefined));
    if (!part || !text) return undefined;
    const end = sheet.mergeOf(hr, cols[i])?.end.col ?? (i + 1 < cols.length ? cols[i + 1] - 1 : cols[i]);
    groups.push({ col: cols[i], end, text, part });
  }
  const parts = new Set(groups.map((g) => g.part));
  // Groups of one column each are a plain gender head row (./genderHeadBlocks.ts, ./findCells.ts).
  return parts.size >= 2 && parts.has("total") && groups.some((g) => g.end > g.col) ? groups : undefined;
}

/** Each group column's role from the head row below; undefined when one column has none. */
function rolesAt(sheet: SheetGrid, rr: number, groups: Group[], planYear: number | undefined): Map<number, RoleOrNone> | undefined {
  const roles = new Map<number, RoleOrNone>();
  for (const g of groups) {
    for (let c = g.col; c <= g.end; c++) {
      const t = sheet.ownText(rr, c);
      const role = t === undefined ? undefined : roleOf(fold(t), planYear);
      if (role === undefined) return undefined;
      roles.set(c, role);
    }
  }
  return roles;
}

/** The figure of the row for the group's part: the row's own figure (`own`, twins settled by the block's other
 *  rows) under the total, its gender member of the same area else. */
function specFor(rowLabel: string, own: LabelSpec, g: Group): LabelSpec | undefined {
  if (g.part === "other") return undefined;
  if (g.part === "total") return Object.values(own.names).some((n) => n && /frauen|maenner/.test(fold(n))) ? undefined : own;
  const m = matchLabel(`${rowLabel} ${g.text}`).standalone.filter((s) => m1Area(s, own));
  if (m.length !== 1) return undefined;
  return Object.values(m[0].names).some((n) => n && fold(n).includes(g.part)) ? m[0] : undefined;
}

const m1Area = (s: LabelSpec, own: LabelSpec) => !s.context || !own.context || s.context === own.context;

export function findGenderGroupHeads(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let hr = sheet.r0; hr < sheet.lastRow - 1; hr++) {
    const groups = groupsAt(sheet, hr);
    if (!groups || claims.has(sheet.index, hr, groups[0].col)) continue;
    const labelCol = sheet.c0;
    if (labelCol >= groups[0].col) continue;
    const roles = rolesAt(sheet, hr + 1, groups, planYear);
    if (!roles) continue;
    const rows: Array<{ r: number; label: string; specs: LabelSpec[] }> = [];
    for (let r = hr + 2; r <= sheet.lastRow && !sheet.rowBlank(r); r++) {
      const label = sheet.ownText(r, labelCol);
      const specs = label === undefined ? [] : matchAt(sheet, r, labelCol).standalone;
      if (label === undefined || specs.length === 0) break;
      rows.push({ r, label, specs });
    }
    const settled = settleHeadTwins(rows.map((x) => x.specs));
    const before = out.length;
    for (const [i, { r, label: rowLabel }] of rows.entries()) {
      if (settled[i].length !== 1) continue;
      for (const g of groups) {
        const spec = specFor(rowLabel, settled[i][0], g);
        if (!spec) continue;
        const score = matchLabel(g.part === "total" ? rowLabel : `${rowLabel} ${g.text}`).scores.get(spec.id);
        for (let c = g.col; c <= g.end; c++) {
          const role = roles.get(c);
          const name = role && role !== "none" ? spec.names[role] : undefined;
          const v = sheet.value(r, c);
          if (!name || v === null || !contractName(name) || claims.has(sheet.index, r, c)) continue;
          const roleText = sheet.ownText(hr + 1, c)!;
          const lows: Low[] = [];
          if (score && (score.score < SURE_SCORE || score.foreign.length > 0)) lows.push({ id: "beschriftung", text: `„${rowLabel}“ enthält Wörter, die nicht zu dieser Kennzahl gehören.` });
          if (spec.context && spec.context !== sheet.areaAt(r, labelCol)) lows.push({ id: "kontext", text: `„${rowLabel}“ ist allein nicht eindeutig und steht nicht im passenden Bereich (Blatt „${sheet.name}“).` });
          const j = judgeValue(name, v, sheet.format(r, c), /%|prozent/.test(fold(roleText)), `${rowLabel} ${g.text} ${roleText}`);
          if (!j.ok) lows.push({ id: j.id, text: j.text });
          out.push({
            name,
            sheet: sheet.index,
            ref: sheet.ref({ row: r, col: c }),
            label: `${rowLabel} / ${g.text} / ${roleText}`,
            labelCell: sheet.ref({ row: r, col: labelCol }),
            value: v,
            lows,
            ...(j.ok && j.noteId ? { noteId: j.noteId, note: j.note } : {}),
            order: orderOf(sheet.index, r, c),
          });
        }
      }
    }
    if (out.length > before) claims.add(sheet.index, hr, labelCol, rows[rows.length - 1].r, groups[groups.length - 1].end);
  }
  return out;
}
