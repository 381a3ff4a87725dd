// Figures a row's label names only together with a value column's header ("Personal gesamt" under "Köpfe |
// VZÄ"), or with a "%" number format. Split from ./findCells.ts, which takes them beside the label's own specs.
import { headsBlocksBelow } from "./genderHeadBlocks";
import { contractName } from "../contract";
import type { SheetGrid } from "./grid";
import type { LabelSpec } from "./labels";
import type { Score } from "./match";
import { matchLabel } from "./matchLabel";
import { columnHeader } from "./roles";
import { readColumn } from "../columnRoles";
import { isPercentFormat } from "../percentUnits";
import { specsAt } from "./labelSpecs";
import { isFigureLabelRow } from "./labelCells";
import { genderHead } from "./genderHead";

/**
 * Figures a row's label names only together with a value column's header: "Personal gesamt" under "Köpfe |
 * VZÄ" is PER_Beschaeftigte in the one column and PER_VZAE_Gesamt in the other. Only headers that carry
 * figure words (VZÄ, Köpfe, Anteil) count; which column each figure takes, ./context.ts whichNumbers decides.
 */
export function headerSpecs(sheet: SheetGrid, row: number, col: number): Array<{ spec: LabelSpec; score: Score | undefined }> {
  const own = specsAt(sheet, row, col);
  if (own.length === 0) return [];
  const text = sheet.ownText(row, col)!;
  // Each with the score of the text it was matched on, so the label's own foreign or unknown words still count.
  const out: Array<{ spec: LabelSpec; score: Score | undefined }> = [];
  const has = (spec: LabelSpec) => own.includes(spec) || out.some((o) => o.spec === spec);
  // A "%" number format is evidence for a share where the label alone names a count ("LZB" at 60 % on the
  // customer sheet is the LZB share): the share reading is added, the count reading fails on the format.
  const counts = own.every((s) => ["count", "stock"].includes(contractName(Object.values(s.names)[0]!)?.kind ?? ""));
  for (let c = col + 1; c <= Math.min(sheet.lastCol, col + 8); c++) {
    if (sheet.number(row, c) === undefined) continue;
    const header = columnHeader(sheet, row, c, undefined, col, (r, cols) => isFigureLabelRow(sheet, r, cols));
    const kind = header ? readColumn(header.text).kind : undefined;
    if (counts && kind !== "change" && isPercentFormat(sheet.format(row, c))) {
      const withPercent = matchLabel(`${text} %`);
      const added = withPercent.standalone.filter((x) => !own.includes(x));
      const share = added.length === 1 ? added[0] : undefined;
      if (share && !has(share) && (!share.context || share.context === sheet.areaAt(row, col))) out.push({ spec: share, score: withPercent.scores.get(share.id) });
    }
    if (!header || (kind !== "vzae" && kind !== "heads" && kind !== "share" && !genderHead(header.text))) continue;
    // Across a blank row only a gender head over blocks of the same columns (./genderHeadBlocks.ts).
    if (header.acrossBlank && !(genderHead(header.text) && headsBlocksBelow(sheet, row, c, (t) => genderHead(t) !== undefined))) continue;
    // A label that names its own unit keeps it: "Köpfe" under a "VZÄ" head (the row below a VZÄ table) is a head
    // count, never a VZÄ figure, and "VZÄ" under "Köpfe" no head count.
    const ownKind = readColumn(text).kind;
    if ((ownKind === "heads" || ownKind === "vzae") && (kind === "heads" || kind === "vzae") && ownKind !== kind) continue;
    const m = matchLabel(`${text} ${header.text}`);
    if (m.standalone.length !== 1) continue;
    const spec = m.standalone[0];
    if (!has(spec) && (!spec.context || spec.context === sheet.areaAt(row, col))) out.push({ spec, score: m.scores.get(spec.id) });
  }
  return out;
}
