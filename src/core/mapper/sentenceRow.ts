// A figure written as a sentence around its number, one part per cell: "In einer ersten Aufstellung sind für 2025
// insgesamt | 846 | Förderungen vorgesehen." Neither part names the figure alone; read together, as a reader
// reads the line, they do. Only a row of exactly text, number, text is such a sentence.
import { contractName } from "../contract";
import type { Candidate, Claims, Low } from "./candidate";
import { judgedCandidate } from "./judgedCandidate";
import { matchAt } from "./labelCells";
import { matchLabel } from "./matchLabel";
import type { SheetGrid } from "./grid";
import { SURE_SCORE } from "./match";
import { fold } from "./normalize";
import { roleOf } from "./roles";
import { judgeValue } from "./values";

export function findSentenceRows(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    const cols = sheet.filledColumns(r);
    if (cols.length !== 3 || cols.some((c) => claims.has(sheet.index, r, c))) continue;
    const [a, b, c] = cols;
    const before = sheet.ownText(r, a);
    const after = sheet.ownText(r, c);
    const v = sheet.number(r, b);
    if (before === undefined || after === undefined || v === undefined) continue;
    // A label of its own before the number is read as such (./findCells.ts); the sentence reading is for the rest.
    // The part after the number may name the figure ("… | 846 | Eintritte geplant."): it has no value of its own.
    if (matchAt(sheet, r, a).standalone.length > 0) continue;
    const label = `${before} … ${after}`;
    const m = matchLabel(`${before} ${after}`);
    if (m.standalone.length !== 1) continue;
    const spec = m.standalone[0];
    const role = roleOf(fold(label), planYear) ?? spec.plain.role;
    const name = role === "none" ? undefined : spec.names[role];
    if (!name || !contractName(name)) continue;
    const lows: Low[] = [];
    const score = m.scores.get(spec.id);
    if (!spec.plain.sure && roleOf(fold(label), planYear) === undefined) lows.push({ id: "jahr", text: "Der Satz sagt nicht, ob der Wert zum Planjahr oder zum Vorjahr gehört." });
    if (score && (score.score < SURE_SCORE || score.foreign.length > 0)) lows.push({ id: "beschriftung", text: `Der Satz „${label}“ enthält Wörter, die nicht zu dieser Kennzahl gehören.` });
    if (spec.context && spec.context !== sheet.areaAt(r, a)) lows.push({ id: "kontext", text: `Der Satz „${label}“ steht nicht im passenden Bereich (Blatt „${sheet.name}“).` });
    const j = judgeValue(name, v, sheet.format(r, b), /%|prozent/.test(fold(label)), label);
    out.push(judgedCandidate(sheet, name, { row: r, col: b }, { row: r, col: a }, label, v, lows, j, { row: r, col: a }));
  }
  return out;
}
