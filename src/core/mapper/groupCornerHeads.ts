// A budget block turned over with its group in the corner: "Verwaltungskosten | | Bund lt. EinglMV | Umschichtung aus
// EGT | kommunaler Anteil (KFA) | Gesamt" over "Plan 2025 | | 24.310.000 | …". The corner names the group the heads
// are parts of, the cell under it the row's role. A reader reads each head with the group ("Gesamt" is the
// Verwaltungskosten' total); a head naming a figure alone keeps it. Every head must name a figure of the corner's
// area and kind (parts of an amount are amounts), or the row is no such block (the other readers try it); gender
// heads ("Beschäftigte nach Geschlecht (Köpfe) | Frauen | Männer") are left to the gender readers.
import { areaOf } from "../areas";
import { contractName } from "../contract";
import type { Candidate, Claims, Low } from "./candidate";
import { byFamilies } from "./allocationAsPart";
import type { SheetGrid } from "./grid";
import { genderHead } from "./genderHead";
import { judgedCandidate } from "./judgedCandidate";
import type { LabelSpec } from "./labels";
import { SURE_SCORE } from "./match";
import { matchLabel } from "./matchLabel";
import { fold } from "./normalize";
import { roleRowLabel } from "./yearRowLabel";
import { judgeValue } from "./values";

const firstName = (s: LabelSpec) => Object.values(s.names).find((n) => n !== undefined) ?? "";
const areaOfSpec = (s: LabelSpec) => areaOf(firstName(s))?.id;
/** The figure's kind; a signed amount (the Umschichtung) is an amount as the others are. */
const kindOfSpec = (s: LabelSpec) => contractName(firstName(s))?.kind?.replace(/^moneySigned$/, "money");

interface Head {
  col: number;
  text: string;
  spec: LabelSpec;
  label: string;
  sure: boolean;
}

export function findGroupCornerHeads(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let hr = sheet.r0; hr < sheet.lastRow; hr++) {
    const cols = sheet.filledColumns(hr);
    if (cols.length < 3 || cols.some((c) => claims.has(sheet.index, hr, c) || sheet.ownText(hr, c) === undefined)) continue;
    const corner = cols[0];
    const cornerText = sheet.ownText(hr, corner)!;
    const group = matchLabel(cornerText).standalone;
    if (group.length !== 1) continue;
    const area = areaOfSpec(group[0]);
    const kind = kindOfSpec(group[0]);
    // The row under the corner gives a role ("Plan 2025"), and numbers stand under the heads.
    const first = roleRowLabel(sheet, hr + 1, corner, planYear);
    if (first === undefined || !cols.slice(1).some((c) => sheet.number(hr + 1, c) !== undefined)) continue;
    const heads = readHeads(sheet, hr, cols.slice(1), cornerText, area, kind);
    if (heads === undefined || heads.length < 2) continue;
    let last = hr;
    for (let r = hr + 1; r <= sheet.lastRow && !sheet.rowBlank(r); r++) {
      const row = roleRowLabel(sheet, r, corner, planYear);
      if (row === undefined) break;
      last = r;
      if (row.role === "none") continue;
      for (const h of heads) {
        const name = h.spec.names[row.role];
        const v = sheet.value(r, h.col);
        if (!name || v === null || !contractName(name)) continue;
        const lows: Low[] = h.sure ? [] : [{ id: "beschriftung", text: `„${h.label}“ enthält Wörter, die nicht zu dieser Kennzahl gehören.` }];
        const j = judgeValue(name, v, sheet.format(r, h.col), /%|prozent/.test(fold(h.label)), `${h.label} ${row.label}`);
        out.push(judgedCandidate(sheet, name, { row: r, col: h.col }, { row: hr, col: h.col }, `${h.label} / ${row.label}`, v, lows, j));
      }
    }
    if (last === hr) continue;
    claims.add(sheet.index, hr, corner, last, cols[cols.length - 1]);
    hr = last;
  }
  return out;
}

/** Each head's figure, alone or read with the corner's group; undefined when one names none of the group's area. */
function readHeads(sheet: SheetGrid, hr: number, cols: number[], cornerText: string, area: string | undefined, kind: string | undefined): Head[] | undefined {
  if (cols.some((c) => genderHead(sheet.ownText(hr, c)) !== undefined)) return undefined;
  const read = cols.map((col) => {
    const text = sheet.ownText(hr, col)!;
    const alone = matchLabel(text);
    const withGroup = matchLabel(`${cornerText} ${text}`);
    const m = alone.standalone.length === 1 ? alone : withGroup;
    return { col, text, m, label: m === alone ? text : `${cornerText} ${text}` };
  });
  const singles = read.filter((x) => x.m.standalone.length === 1).map((x) => x.m.standalone[0]);
  const heads: Head[] = [];
  for (const x of read) {
    const specs = x.m.standalone.length > 1 ? byFamilies(x.m.standalone, singles) : x.m.standalone;
    if (specs.length !== 1 || areaOfSpec(specs[0]) !== area || kindOfSpec(specs[0]) !== kind) return undefined;
    const score = x.m.scores.get(specs[0].id);
    heads.push({ col: x.col, text: x.text, spec: specs[0], label: x.label, sure: score === undefined || (score.score >= SURE_SCORE && score.foreign.length === 0) });
  }
  // Two heads of one figure: no block of parts.
  return new Set(heads.map((h) => h.spec.id)).size === heads.length ? heads : undefined;
}
