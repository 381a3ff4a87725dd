// "IQ-Ziel Männer / Frauen | 23,1 % | 17,6 %": one label names two figures that differ in one word, joined by a
// slash, and the row holds exactly two numbers: in the label's order, the first number is the first figure's, the
// second the second's. Read as "IQ-Ziel Männer" and "IQ-Ziel Frauen", each must name exactly one figure.
import { contractName } from "../contract";
import { orderOf, type Candidate, type Claims, type Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { SURE_SCORE } from "./match";
import { matchLabel } from "./matchLabel";
import { fold } from "./normalize";
import { roleOf } from "./roles";
import { judgeValue } from "./values";

/** "<lead> <word> / <word> <tail>": the two readings, each with one of the joined words. */
const PAIR = /^(.*?)(\S+)\s*\/\s*(\S+)(.*)$/u;

function readings(text: string): [string, string] | undefined {
  const m = PAIR.exec(text.trim());
  if (!m || /\d/.test(m[2] + m[3])) return undefined;
  return [`${m[1]}${m[2]}${m[4]}`, `${m[1]}${m[3]}${m[4]}`];
}

export function findSlashPairRows(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    const cols = sheet.filledColumns(r);
    if (cols.length !== 3 || cols.some((c) => claims.has(sheet.index, r, c))) continue;
    const text = sheet.ownText(r, cols[0]);
    const values = [cols[1], cols[2]].map((c) => sheet.number(r, c));
    if (text === undefined || !text.includes("/") || values.some((v) => v === undefined)) continue;
    // The label as a whole names a figure of its own: findCells reads it.
    if (matchLabel(text).standalone.length > 0) continue;
    const pair = readings(text);
    if (!pair) continue;
    const specs = pair.map((label) => matchLabel(label));
    if (specs.some((m) => m.standalone.length !== 1) || specs[0].standalone[0].id === specs[1].standalone[0].id) continue;
    pair.forEach((label, i) => {
      const m = specs[i];
      const spec = m.standalone[0];
      const dated = roleOf(fold(label), planYear);
      const role = dated ?? spec.plain.role;
      const name = role === "none" ? undefined : spec.names[role];
      if (!name || !contractName(name)) return;
      const c = cols[1 + i];
      const lows: Low[] = [];
      const score = m.scores.get(spec.id);
      if (!spec.plain.sure && dated === undefined) lows.push({ id: "jahr", text: "Die Beschriftung sagt nicht, ob der Wert zum Planjahr oder zum Vorjahr gehört." });
      if (score && (score.score < SURE_SCORE || score.foreign.length > 0)) lows.push({ id: "beschriftung", text: `„${label}“ enthält Wörter, die nicht zu dieser Kennzahl gehören.` });
      if (spec.context && spec.context !== sheet.areaAt(r, cols[0])) lows.push({ id: "kontext", text: `„${label}“ steht nicht im passenden Bereich (Blatt „${sheet.name}“).` });
      const j = judgeValue(name, values[i]!, sheet.format(r, c), /%|prozent/.test(fold(label)), label);
      if (!j.ok) lows.push({ id: j.id, text: j.text });
      out.push({
        name,
        sheet: sheet.index,
        ref: sheet.ref({ row: r, col: c }),
        label,
        labelCell: sheet.ref({ row: r, col: cols[0] }),
        value: values[i]!,
        lows,
        ...(j.ok && j.noteId ? { noteId: j.noteId, note: j.note } : {}),
        order: orderOf(sheet.index, r, c),
      });
    });
  }
  return out;
}
