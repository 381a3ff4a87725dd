// Two figures written as one sentence, one part per cell: "Im Jahr 2023 voraussichtlich | 668 | Integrationen bei
// durchschnittlich | 3710 | eLb". The words after a number name it ("668 Integrationen"), up to the connective that
// opens the next figure ("bei", "mit", "und"); the words from there on qualify the next number ("durchschnittlich
// … eLb"). The sentence's opening ("Im Jahr 2023") dates both. Only a row of exactly text, number, text, number, text.
import type { Candidate, Claims } from "./candidate";
import { labelledPartCandidate } from "./labelledPart";
import { matchAt } from "./labelCells";
import { matchLabel } from "./matchLabel";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

const CONNECTIVE = /^(.*?)\s+\b(bei|mit|und|sowie|von|gegenueber|aus)\b\s*(.*)$/;

/** The middle text split at its first connective: the first figure's noun, the next figure's qualifier. */
function splitMiddle(middle: string): [string, string] | undefined {
  const m = CONNECTIVE.exec(fold(middle));
  return m && m[1].trim() ? [m[1], m[3]] : undefined;
}

export function findTwoFigureSentences(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    const cols = sheet.filledColumns(r);
    if (cols.length !== 5 || cols.some((c) => claims.has(sheet.index, r, c))) continue;
    const [lead, middle, last] = [cols[0], cols[2], cols[4]].map((c) => sheet.ownText(r, c));
    const values = [cols[1], cols[3]].map((c) => sheet.number(r, c));
    if (lead === undefined || middle === undefined || last === undefined || values.some((v) => v === undefined)) continue;
    // An opening that names a figure of its own is a label (./findCells.ts); one naming only a year dates the sentence.
    if (matchAt(sheet, r, cols[0]).standalone.some((spec) => !spec.id.startsWith("planjahr"))) continue;
    const parts = splitMiddle(middle);
    if (!parts) continue;
    const labels = [`${lead} ${parts[0]}`, `${lead} ${parts[1]} ${last}`];
    labels.forEach((label, i) => {
      const c = cols[1 + 2 * i];
      const m = matchLabel(label);
      // Two readings (the eLb of the targets and of the customers): the one whose area the row stands in.
      const area = sheet.areaAt(r, cols[0]);
      const inArea = m.standalone.length > 1 ? m.standalone.filter((x) => x.context === area) : m.standalone;
      if (inArea.length !== 1) return;
      const spec = inArea[0];
      const found = labelledPartCandidate(sheet, { row: r, col: c, areaCol: cols[0], labelCol: i === 0 ? cols[2] : cols[4], label, value: values[i]! }, spec, m, planYear, "Der Satz");
      if (found) out.push(found);
    });
  }
  return out;
}
