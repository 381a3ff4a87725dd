// A transposed target table with two head rows: the figures in the upper head, each spanning its parts
// ("Integrationsquote (K2)" merged over three columns, "LZB-Bestand" over the next three), the parts in the head
// below ("gesamt | Männer | Frauen"), the roles in the rows ("Ist 2024 (vorl.)", "Ziel 2025", "Veränd. ggü. Vj.").
// A reader takes the upper head as the figure, the lower head as its part and the row label as its year: "Männer"
// under the IQ head in the "Ziel" row is the men's IQ target. The mirror image of ./figureHeadMatrix.ts (roles in
// the head, parts in the rows). A row naming a difference ("Abstand zum Ziel in %-Pkt.") or an older year's target
// is no role of the contract; a row naming a figure of its own ends the table. A figure without parts among them
// ("Integrationen" merged down over the part row, or a blank part cell below it) is that whole figure.
import type { Candidate, Claims } from "./candidate";
import { isBareTotalLabel } from "./captionTable";
import { genderHead, matchAt } from "./findCells";
import type { Area2D, SheetGrid } from "./grid";
import { settleHeadTwins } from "./headerTwins";
import type { LabelSpec } from "./labels";
import { labelledPartCandidate } from "./labelledPart";
import { matchLabel } from "./matchLabel";
import { fold } from "./normalize";
import { isAbsoluteChange, roleRowLabel } from "./yearRowLabel";

type Part = "total" | "frauen" | "maenner";

interface PartColumn {
  col: number;
  head: string;
  part: Part;
  figure: { spec: LabelSpec; text: string; col: number };
}

/** A part head: the total ("gesamt", "insgesamt", "alle") or a gender; undefined for any other head. */
function partOf(text: string | undefined): Part | undefined {
  if (text === undefined) return undefined;
  if (isBareTotalLabel(text) || /^(alle|zusammen|summe|total)$/.test(fold(text).replace(/[.:]/g, " ").trim())) return "total";
  return genderHead(text);
}

/** A one-column figure head reaching down over the part row (merged) or standing over a blank part cell. */
function wholeFigureHead(sheet: SheetGrid, hr: number, col: number, merge: Area2D | undefined): boolean {
  if (merge) return merge.end.col === col && merge.end.row > hr;
  return sheet.isBlank(hr + 1, col) && (sheet.ownText(hr, col + 1) !== undefined || col === sheet.lastCol);
}

/**
 * The part columns under the figure heads of row `hr`: every filled cell of the row a text naming one figure,
 * spanning its merge (or, unmerged, the part heads up to the next figure head); every column under a head a part
 * head, at least one head spanning several parts and one part a gender. Undefined when the rows are no such head.
 */
function partColumns(sheet: SheetGrid, hr: number): PartColumn[] | undefined {
  const cols = sheet.filledColumns(hr);
  if (cols.length === 0 || cols[0] <= sheet.c0 || cols.some((c) => sheet.ownText(hr, c) === undefined)) return undefined;
  const settled = settleHeadTwins(cols.map((c) => matchAt(sheet, hr, c).standalone));
  if (settled.some((s) => s.length !== 1)) return undefined;
  const out: PartColumn[] = [];
  for (let i = 0; i < cols.length; i++) {
    const col = cols[i];
    const limit = i + 1 < cols.length ? cols[i + 1] - 1 : sheet.lastCol;
    const merge = sheet.mergeOf(hr, col);
    const merged = merge?.end.col;
    const figure = { spec: settled[i][0], text: sheet.ownText(hr, col)!, col };
    // A figure without parts beside the split ones ("Integrationen" merged down over the part row, or a blank
    // below it) is the whole figure in its one column.
    if (wholeFigureHead(sheet, hr, col, merge)) {
      out.push({ col, head: "", part: "total", figure });
      continue;
    }
    for (let c = col; c <= (merged ?? limit); c++) {
      const head = sheet.ownText(hr + 1, c);
      const part = partOf(head);
      if (part === undefined) {
        if (merged !== undefined || c === col) return undefined;
        break;
      }
      out.push({ col: c, head: head!, part, figure });
    }
  }
  const spans = new Set(out.map((p) => p.figure.col));
  if (out.length <= spans.size || !out.some((p) => p.part !== "total")) return undefined;
  return out;
}

/** The figure of a part column: the head read with its part ("Integrationsquote Männer"), of that part only. */
function partSpec(p: PartColumn): { spec: LabelSpec; m: ReturnType<typeof matchLabel> } | undefined {
  const m = p.part === "total" ? matchLabel(p.figure.text) : matchLabel(`${p.figure.text} ${p.head}`);
  // The whole figure's twins ("eLb-Bestand": targets' or customers') are settled by the row's other heads.
  const spec = p.part === "total" && m.standalone.includes(p.figure.spec) ? p.figure.spec : m.standalone.length === 1 ? m.standalone[0] : undefined;
  if (!spec) return undefined;
  const names = Object.values(spec.names).filter((n): n is string => n !== undefined).map((n) => fold(n));
  if (p.part === "total" ? names.some((n) => /frauen|maenner/.test(n)) : !names.some((n) => n.includes(p.part))) return undefined;
  return { spec, m };
}

export function findFigurePartHeads(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let hr = sheet.r0; hr < sheet.lastRow - 1; hr++) {
    const cols = sheet.filledColumns(hr);
    if (cols.length === 0 || claims.has(sheet.index, hr, cols[0])) continue;
    const parts = partColumns(sheet, hr);
    if (!parts) continue;
    const labelCol = parts[0].figure.col - 1;
    // The part head's corner may hold a head of the role column ("Zeile", "Kennzahl"), never a number.
    if (sheet.number(hr + 1, labelCol) !== undefined) continue;
    const specs = parts.map(partSpec);
    let last = hr + 1;
    for (let r = hr + 2; r <= sheet.lastRow && !sheet.rowBlank(r); r++) {
      const row = roleRowLabel(sheet, r, labelCol, planYear);
      if (row === undefined || matchAt(sheet, r, labelCol).standalone.length > 0) break;
      last = r;
      if (row.role === "none" || isAbsoluteChange(row.role, row.label)) continue;
      parts.forEach((p, i) => {
        const found = specs[i];
        const v = sheet.number(r, p.col);
        if (!found || v === undefined) return;
        const label = `${p.figure.text} ${p.part === "total" ? "" : `${p.head} `}${row.label}`;
        const shown = p.head === "" ? `${p.figure.text} / ${row.label}` : `${p.figure.text} / ${p.head} / ${row.label}`;
        const c = labelledPartCandidate(sheet, { row: r, col: p.col, areaCol: labelCol, labelCol, label, value: v }, found.spec, found.m, planYear, "Die Beschriftung");
        if (c) out.push({ ...c, label: shown, labelCell: sheet.ref({ row: hr, col: p.figure.col }) });
      });
    }
    if (last > hr + 1) claims.add(sheet.index, hr, labelCol, last, parts[parts.length - 1].col);
  }
  return out;
}
