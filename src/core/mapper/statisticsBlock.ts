// "Statistik der BA – Eckwerte (eingefügt)" over "Berichtsmonat | Oktober 2024", "Datenstand | 10.01.2025" and the
// month's figures ("eLb Bestand (Berichtsmonat)", "Alleinerziehende eLb (Berichtsmonat)"): a block of BA statistics
// pasted beside the plan reports one report month, for comparison. A reader takes no figure of the programme from
// it while the plan states that figure elsewhere: its cells are fallbacks (used only when nothing else names the
// figure) and never sure. A block is one only when its title names the statistics and a row of it names the
// report month; "Basiswerte (Berichtsmonat 12/2025)" or a "Datenstand BA-Statistik" line alone are none.
import { oncePerSheet } from "./sheetMemo";
import { parseCell, splitAddress } from "../address";
import type { Candidate, Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

const STATISTICS_TITLE = /(^|[^a-z])(ba[- ]?)?statistik(en)?( der (ba|bundesagentur\w*))?([^a-z]|$)/;
const REPORT_MONTH_LABEL = /^(berichtsmonat|bm|berichtszeitraum|stichtag der statistik)\s*:?$/;

interface Block {
  top: number;
  bottom: number;
  left: number;
  right: number;
  month: string;
}

/** The sheet's pasted statistics blocks. */
const blocksOf = oncePerSheet((sheet): Block[] => {
  const out: Block[] = [];
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    for (const c of sheet.filledColumns(r)) {
      const t = sheet.ownText(r, c);
      // The title stands alone in its block's row: nothing right of it before the next empty column.
      if (t === undefined || !STATISTICS_TITLE.test(fold(t)) || sheet.value(r, c + 1) !== null) continue;
      let bottom = r;
      while (bottom + 1 <= sheet.lastRow && sheet.value(bottom + 1, c) !== null) bottom++;
      let right = c;
      let month: string | undefined;
      for (let q = r + 1; q <= bottom; q++) {
        let e = c;
        while (sheet.value(q, e + 1) !== null) e++;
        right = Math.max(right, e);
        const label = sheet.ownText(q, c);
        const value = e > c ? sheet.text(q, c + 1) : undefined;
        if (month === undefined && label !== undefined && value !== undefined && REPORT_MONTH_LABEL.test(fold(label).trim())) month = value;
      }
      if (month !== undefined && bottom > r) out.push({ top: r, bottom, left: c, right, month });
    }
  }
  return out;
});

/** Candidates inside a pasted statistics block: fallbacks, with the doubt. */
export function withStatisticsBlocks(grids: SheetGrid[], candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    const sheet = grids.find((g) => g.index === c.sheet);
    if (!sheet) return c;
    const blocks = blocksOf(sheet);
    if (blocks.length === 0) return c;
    const { range } = splitAddress(c.ref);
    const at = parseCell(range.replace(/\$/g, "").split(":")[0]);
    const block = blocks.find((b) => at.row > b.top && at.row <= b.bottom && at.col >= b.left && at.col <= b.right);
    if (!block) return c;
    const low: Low = { id: "kontext", text: `Der Wert steht in einem eingefügten Block der BA-Statistik (Berichtsmonat ${block.month}), nicht in der Planung.` };
    return { ...c, lows: [...c.lows, low], fallback: true };
  });
}
