// Customer structure turned over: the Personengruppen as column heads ("| eLb gesamt | Frauen | Männer | U25 |
// Alleinerz. | LZB | Ausländer"), the years' counts and shares as rows ("Bestand Ø 2026", "Anteil an eLb 2026",
// often formulas "=G5/$B5"), a second block "Arbeitslose SGB II | insgesamt | U25 | Ausländer" below. A reader
// reads each cell as its row label said of its column's group ("Anteil an Arbeitslosen 2026" under "U25" = the U25
// share of the unemployed), its year as the customer figures' (y−1 current, y−2 the _VJ). Only the customer
// figures (KUN_*) are read here; a count row never gives a share nor a share row a count.
import { contractName } from "../contract";
import { orderOf, type Candidate, type Claims, type Low } from "./candidate";
import { matchLabel } from "./findCells";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import { nameOfGroup, targetGroupHead, type TargetGroup } from "./targetGroupHead";
import { judgeValue } from "./values";

interface Head {
  col: number;
  text: string;
  group: TargetGroup;
}

/** A head row of Personengruppen: every filled cell right of the label column a group, one a total, ≥ 3 in all. */
function groupHeadRow(sheet: SheetGrid, r: number, labelCol: number): Head[] | undefined {
  const cols = sheet.filledColumns(r).filter((c) => c > labelCol);
  if (cols.length < 3) return undefined;
  const heads: Head[] = [];
  for (const c of cols) {
    const text = sheet.ownText(r, c);
    const group = targetGroupHead(text);
    if (!text || !group) return undefined;
    heads.push({ col: c, text, group });
  }
  return heads.some((h) => h.group === "total") && heads.some((h) => h.group !== "total" && h.group !== "frauen" && h.group !== "maenner") ? heads : undefined;
}

const SHARE_WORDS = /\b(anteil\w*|quote|%|prozent|in vh)\b|%/;
const YEAR = /\b(19|20)\d\d\b/g;

export function findGroupColumnTables(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  if (planYear === undefined) return [];
  const out: Candidate[] = [];
  const labelCol = sheet.c0;
  for (let hr = sheet.r0; hr < sheet.lastRow; hr++) {
    const heads = groupHeadRow(sheet, hr, labelCol);
    if (!heads || claims.has(sheet.index, hr, heads[0].col)) continue;
    const corner = sheet.ownText(hr, labelCol) ?? "";
    const found: Candidate[] = [];
    const at: Array<[number, number]> = [];
    const labelsRead: number[] = [];
    for (let r = hr + 1, blanks = 0; r <= sheet.lastRow; r++) {
      if (sheet.rowBlank(r)) {
        if (++blanks > 1) break;
        continue;
      }
      blanks = 0;
      if (groupHeadRow(sheet, r, labelCol)) break;
      const label = sheet.ownText(r, labelCol);
      if (label === undefined || claims.has(sheet.index, r, labelCol)) break;
      const years = [...new Set(fold(label).match(YEAR) ?? [])];
      if (years.length !== 1) break;
      const year = Number(years[0]);
      const role = year === planYear - 1 ? "current" : year === planYear - 2 ? "previous" : undefined;
      if (!role) continue;
      const isShareRow = SHARE_WORDS.test(fold(label));
      for (const h of heads) {
        const v = sheet.value(r, h.col);
        if (typeof v !== "number" || claims.has(sheet.index, r, h.col)) continue;
        const text = `${corner} ${label} ${h.text}`.trim();
        const m = matchLabel(text);
        const specs = m.standalone.filter((s) => s.latestYear && Object.values(s.names).every((n) => n === undefined || n.startsWith("KUN_")));
        // Only the eLb stock's planning twin (ZIE_ELB_VJ, the same figure by the contract) may be named beside it.
        if (specs.length !== 1 || m.standalone.some((s) => s !== specs[0] && !Object.values(s.names).some((n) => n?.startsWith("ZIE_ELB")))) continue;
        // A figure without a _VJ name (KUN_ELB) is the latest year's only: the row before it holds no figure,
        // its label is claimed so it is not read as that figure with another year ("2 Fundstellen").
        if (role === "previous" && specs[0].names.previous === specs[0].names.current) {
          if (h.group === "total") labelsRead.push(r);
          continue;
        }
        const name = specs[0].names[role];
        const kind = name ? contractName(name)?.kind : undefined;
        if (!name || !kind || (kind === "share") !== isShareRow || !nameOfGroup(name, h.group)) continue;
        const score = m.scores.get(specs[0].id);
        const lows: Low[] = [];
        if (!score || score.score < 0.99 || score.foreign.length > 0) lows.push({ id: "beschriftung", text: `„${text}“ enthält Wörter, die nicht zu dieser Kennzahl gehören.` });
        const j = judgeValue(name, v, sheet.format(r, h.col), isShareRow && /%|prozent/.test(fold(label)), text);
        if (!j.ok) lows.push({ id: j.id, text: j.text });
        at.push([r, h.col]);
        found.push({
          name,
          sheet: sheet.index,
          ref: sheet.ref({ row: r, col: h.col }),
          label: `${label} / ${h.text}`,
          labelCell: sheet.ref({ row: r, col: labelCol }),
          value: v,
          lows,
          ...(j.ok && j.noteId ? { noteId: j.noteId, note: j.note } : {}),
          order: orderOf(sheet.index, r, h.col),
        });
      }
    }
    // The cells read are claimed, not the block: its other rows ("Integrationen 2026") are left to the label finders.
    for (const [r, c] of at) claims.add(sheet.index, r, c, r, c);
    for (const r of labelsRead) claims.add(sheet.index, r, labelCol, r, labelCol);
    out.push(...found);
  }
  return out;
}
