// "IQ-Ziel Männer / Frauen | 23,1 % | 17,6 %": one label names two figures that differ in one word, joined by a
// slash, and the row holds exactly two numbers: in the label's order, the first number is the first figure's, the
// second the second's. Read as "IQ-Ziel Männer" and "IQ-Ziel Frauen", each must name exactly one figure (of two
// figures of one area, "Anteil BA / Kommune", the area decides a reading naming two). Both sides may repeat the head
// word ("Anteil BA / Anteil Kommune"): each side is then a reading of its own. A pipe typed into the label
// ("Personalanteil BA | Kommune") joins the two as a slash does, and a unit cell between the label and the two
// numbers ("… | % | 70 % | 30 %", ./unitColumn.ts) says what they count, no third value.
import type { Candidate, Claims } from "./candidate";
import { labelledPartCandidate } from "./labelledPart";
import { ownColumnsBeside } from "./besideBlock";
import type { SheetGrid } from "./grid";
import { matchLabel, type LabelMatch } from "./matchLabel";
import { isUnitCell } from "./unitColumn";

/** The joining mark: a slash or a pipe typed into the label. */
const JOIN = /[/|]/;
const hasJoin = (text: string): boolean => text.includes("/") || text.includes("|");

/** "<lead> <word> / <word> <tail>": the two readings, each with one of the joined words. */
const PAIR = /^(.*?)([^\s/|]+)\s*[/|]\s*([^\s/|]+)(.*)$/u;

/** "Anteil BA / Anteil Kommune", "IQ Männer / IQ Frauen": both sides open with the same head word, each is a label. */
function headRepeated(text: string): [string, string] | undefined {
  const at = text.search(JOIN);
  if (at < 0 || JOIN.test(text.slice(at + 1))) return undefined;
  const [left, right] = [text.slice(0, at).trim(), text.slice(at + 1).trim()];
  const [l, r] = [left.indexOf(" "), right.indexOf(" ")];
  if (l <= 0 || r <= 0 || left.slice(0, l).toLowerCase() !== right.slice(0, r).toLowerCase() || !/^\p{L}/u.test(left)) return undefined;
  return [left, right];
}

function readings(text: string): [string, string] | undefined {
  const h = headRepeated(text);
  if (h) return h;
  const m = PAIR.exec(text.trim());
  if (!m || /\d/.test(m[2] + m[3])) return undefined;
  return [`${m[1]}${m[2]}${m[4]}`, `${m[1]}${m[3]}${m[4]}`];
}

/**
 * "Anteil BA / Kommune": the two readings are siblings of one area. A reading naming several figures ("Anteil
 * Kommune": the staff's or the budget's municipal share) keeps those of the area the other, unique reading names.
 */
function siblingReadings(ms: LabelMatch[]): LabelMatch[] {
  return ms.map((m, i) => {
    const other = ms[1 - i].standalone;
    if (m.standalone.length < 2 || other.length !== 1 || other[0].context === undefined) return m;
    const kept = m.standalone.filter((s) => s.context === other[0].context);
    return kept.length === 1 ? { ...m, standalone: kept } : m;
  });
}

/** The two readings' matches when each names exactly one figure and the two differ, else undefined. */
function pairSpecs(pair: [string, string]): LabelMatch[] | undefined {
  const specs = siblingReadings(pair.map((label) => matchLabel(label)));
  if (specs.some((m) => m.standalone.length !== 1) || specs[0].standalone[0].id === specs[1].standalone[0].id) return undefined;
  return specs;
}

/** Whether a label names two figures joined by a slash ("Anteil BA / Kommune", "IQ Männer / Frauen"). */
export function namesSlashPair(text: string): boolean {
  if (!hasJoin(text) || matchLabel(text).standalone.length > 0) return false;
  const pair = readings(text);
  return pair !== undefined && pairSpecs(pair) !== undefined;
}

export function findSlashPairRows(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    const filled = sheet.filledColumns(r);
    // Another table beside the row, after a blank column, is no part of it (./besideBlock.ts); so is one before it
    // ("Ausgabenstand EGT | 212.480 | | Anteil BA / Kreis | 69 % | 31 % | | Ausländeranteil | 38 %" in a cockpit).
    for (let i = 0; i < filled.length; i++) {
      if (i > 0 && filled[i] <= filled[i - 1] + 1) continue;
      const rest = withoutUnitCell(sheet, r, filled.slice(i));
      const cols = rest.length === 3 ? rest : ownColumnsBeside(sheet, r, rest, 3);
      if (cols) out.push(...slashPairAt(sheet, claims, planYear, r, cols));
    }
  }
  return out;
}

/** The block's columns without a unit cell right after its label ("Personalanteil BA | Kommune | % | 70 % | 30 %"). */
function withoutUnitCell(sheet: SheetGrid, r: number, cols: number[]): number[] {
  return cols.length > 3 && isUnitCell(sheet, r, cols[1]) ? [cols[0], ...cols.slice(2)] : cols;
}

/** The slash pair of one block of a row: its label and the two numbers after it. */
function slashPairAt(sheet: SheetGrid, claims: Claims, planYear: number | undefined, r: number, cols: number[]): Candidate[] {
  const out: Candidate[] = [];
  if (cols.some((c) => claims.has(sheet.index, r, c))) return out;
  const text = sheet.ownText(r, cols[0]);
  const values = [cols[1], cols[2]].map((c) => sheet.number(r, c));
  if (text === undefined || !hasJoin(text) || values.some((v) => v === undefined)) return out;
  // The label as a whole names a figure of its own: findCells reads it.
  if (matchLabel(text).standalone.length > 0) return out;
  const pair = readings(text);
  const specs = pair && pairSpecs(pair);
  if (!pair || !specs) return out;
  pair.forEach((label, i) => {
    const m = specs[i];
    const spec = m.standalone[0];
    const found = labelledPartCandidate(sheet, { row: r, col: cols[1 + i], areaCol: cols[0], labelCol: cols[0], label, value: values[i]! }, spec, m, planYear, "Die Beschriftung");
    if (found) out.push(found);
  });
  return out;
}
