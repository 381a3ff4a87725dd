// Gender as columns with the figure named by a section row inside the table: "| Gesamt | Männer | Frauen" over
// "Integrationsquote" (a row of its label alone), then rows labelled only by their role ("Vorjahr 2025
// (Prognose)", "Ziel 2026", "Veränderung ggü. VJ"), then the next figure's section row. The section row names
// the figure, the column its part, the row label its year. A row whose label names a figure of its own
// ("Integrationen 2025") ends the table (findCells reads it).
import type { Candidate, Claims } from "./candidate";
import { figureCornerTitle } from "./figureCornerHead";
import { genderHead } from "./genderHead";
import { matchAt } from "./labelCells";
import type { SheetGrid } from "./grid";
import { labelledPartCandidate } from "./labelledPart";
import { matchLabel } from "./matchLabel";
import { fold } from "./normalize";
import { roleOf } from "./roles";

const TOTAL_HEAD = /^(insgesamt|gesamt|summe|alle|zusammen|total)$/;

/** The head row's part columns: a total and both genders side by side, right of the label column. */
function partColumns(sheet: SheetGrid, hr: number, labelCol: number): Array<{ col: number; head: string; part?: "frauen" | "maenner" }> | undefined {
  const cols = sheet.filledColumns(hr).filter((c) => c > labelCol && sheet.ownText(hr, c) !== undefined);
  const parts = cols.map((c) => ({ col: c, head: sheet.ownText(hr, c)!, part: genderHead(sheet.ownText(hr, c)) }));
  // Only the run of total/gender heads counts ("Trend", "Bemerkung" beside them head no part).
  const run = parts.filter((p) => p.part !== undefined || TOTAL_HEAD.test(fold(p.head)));
  if (!run.some((p) => p.part === "frauen") || !run.some((p) => p.part === "maenner") || run.filter((p) => p.part === undefined).length !== 1) return undefined;
  if (run.some((p, i) => i > 0 && p.col !== run[i - 1].col + 1)) return undefined;
  return run;
}

export function findGenderColumnsSectionTitle(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  const labelCol = sheet.c0;
  for (let hr = sheet.r0; hr < sheet.lastRow; hr++) {
    // The head row leaves the label column empty (the corner), or names the figure there, and holds text only.
    const corner = sheet.value(hr, labelCol) !== null ? figureCornerTitle(sheet, hr, labelCol, planYear) : undefined;
    if ((sheet.value(hr, labelCol) !== null && !corner) || claims.has(sheet.index, hr, labelCol)) continue;
    const filled = sheet.filledColumns(hr);
    if (filled.some((c) => sheet.ownText(hr, c) === undefined)) continue;
    const parts = partColumns(sheet, hr, labelCol);
    if (!parts) continue;
    let title: { text: string; row: number } | undefined = corner;
    let last = hr;
    const before = out.length;
    for (let r = hr + 1; r <= sheet.lastRow; r++) {
      if (sheet.rowBlank(r)) break;
      const label = sheet.ownText(r, labelCol);
      if (label === undefined) break;
      const own = sheet.filledColumns(r);
      const specs = matchAt(sheet, r, labelCol).standalone;
      if (own.length === 1) {
        // A section row: the label alone, naming exactly one figure.
        if (specs.length !== 1) break;
        title = { text: label, row: r };
        last = r;
        continue;
      }
      // A role row: its label names no figure, only a year or a change.
      const role = roleOf(fold(label), planYear);
      if (!title || specs.length > 0 || role === undefined) break;
      last = r;
      if (role === "none") continue;
      for (const p of parts) {
        const v = sheet.number(r, p.col);
        if (v === undefined || claims.has(sheet.index, r, p.col)) continue;
        const partLabel = p.part ? `${title.text} ${p.head}` : title.text;
        const m = matchLabel(partLabel);
        if (m.standalone.length !== 1) continue;
        const spec = m.standalone[0];
        // The part's figure must be that part's ("IQ Frauen"), the total's no part at all.
        const names = Object.values(spec.names).filter((n): n is string => n !== undefined).map((n) => fold(n));
        if (p.part ? !names.some((n) => n.includes(p.part!)) : names.some((n) => /frauen|maenner/.test(n))) continue;
        const found = labelledPartCandidate(sheet, { row: r, col: p.col, areaCol: labelCol, labelCol, label: `${partLabel} ${label}`, value: v }, spec, m, planYear, "Die Beschriftung");
        if (found) out.push({ ...found, label: `${title.text} / ${p.head} / ${label}`, labelCell: sheet.ref({ row: title.row, col: labelCol }) });
      }
    }
    if (out.length > before) claims.add(sheet.index, hr, labelCol, last, parts[parts.length - 1].col);
  }
  return out;
}
