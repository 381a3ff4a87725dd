// One figure read from a part of a row that names two ("IQ-Ziel Männer / Frauen | a | b", "Im Jahr 2023 | 668 |
// Integrationen bei durchschnittlich | 3710 | eLb"): the candidate with the lows a reader would raise — no year, a
// label with foreign words, the wrong area, a value of the wrong type. Shared by ./slashPairRow.ts and
// ./twoFigureSentence.ts so both judge alike.
import { contractName } from "../contract";
import { orderOf, type Candidate, type Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { blockHeadArea } from "./blockHeadArea";
import type { LabelSpec } from "./labels";
import { SURE_SCORE } from "./match";
import type { LabelMatch } from "./matchLabel";
import { fold } from "./normalize";
import { roleOf } from "./roles";
import { judgeValue } from "./values";

export interface LabelledPart {
  row: number;
  /** The value's column. */
  col: number;
  /** The column whose area the row stands in (the row's first cell). */
  areaCol: number;
  /** The cell shown as the label. */
  labelCol: number;
  label: string;
  value: number;
}

/** The candidate for `spec` at the part, or undefined when the label's role names no contract figure. `subject`
 *  opens the messages: "Die Beschriftung" or "Der Satz". */
export function labelledPartCandidate(sheet: SheetGrid, part: LabelledPart, spec: LabelSpec, m: LabelMatch, planYear: number | undefined, subject: "Die Beschriftung" | "Der Satz"): Candidate | undefined {
  const { row: r, col: c, label, value } = part;
  const dated = roleOf(fold(label), planYear);
  const role = dated ?? spec.plain.role;
  const name = role === "none" ? undefined : spec.names[role];
  if (!name || !contractName(name)) return undefined;
  const named = subject === "Der Satz" ? `Der Satz „${label}“` : `„${label}“`;
  const lows: Low[] = [];
  const score = m.scores.get(spec.id);
  if (!spec.plain.sure && dated === undefined) lows.push({ id: "jahr", text: `${subject} sagt nicht, ob der Wert zum Planjahr oder zum Vorjahr gehört.` });
  if (score && (score.score < SURE_SCORE || score.foreign.length > 0)) lows.push({ id: "beschriftung", text: `${named} enthält Wörter, die nicht zu dieser Kennzahl gehören.` });
  // The block's corner head names the area as a section title would ("Personal | Köpfe | VZÄ", ./blockHeadArea.ts).
  if (spec.context && spec.context !== sheet.areaAt(r, part.areaCol) && spec.context !== blockHeadArea(sheet, r, part.areaCol)) lows.push({ id: "kontext", text: `${named} steht nicht im passenden Bereich (Blatt „${sheet.name}“).` });
  const j = judgeValue(name, value, sheet.format(r, c), /%|prozent/.test(fold(label)), label);
  if (!j.ok) lows.push({ id: j.id, text: j.text });
  return {
    name,
    sheet: sheet.index,
    ref: sheet.ref({ row: r, col: c }),
    label,
    labelCell: sheet.ref({ row: r, col: part.labelCol }),
    value,
    lows,
    ...(j.ok && j.noteId ? { noteId: j.noteId, note: j.note } : {}),
    order: orderOf(sheet.index, r, c),
  };
}
