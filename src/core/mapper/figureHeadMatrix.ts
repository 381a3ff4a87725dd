// Figures in an upper head, roles in the head below, parts in the rows: "Integrationsquote | LZB-Bestand (JDW)"
// (each merged over its columns) over "Ziel 2024 | Veränd. in % | Ziel 2024 | Veränd. in %", rows "insgesamt |
// Männer | Frauen". A reader takes the upper head as the figure, the lower head as its role and the row as its
// part: "Frauen" under a target head is the women's target, never a staff share. The role head may take two rows
// ("Ziel | Veränd." over "2024 | in %"). Location rows closed by "Jobcenter gesamt" give the total row. The block's cells are claimed so its row labels are not read alone.
import { contractName } from "../contract";
import type { Candidate, Claims, Low } from "./candidate";
import { judgedCandidate } from "./judgedCandidate";
import { matchAt } from "./labelCells";
import { matchLabel } from "./matchLabel";
import type { SheetGrid } from "./grid";
import { settleHeadTwins } from "./headerTwins";
import { siteTotalRow } from "./siteTotalRow";
import type { LabelSpec } from "./labels";
import { SURE_SCORE } from "./match";
import { fold } from "./normalize";
import { roleOf, type RoleOrNone } from "./roles";
import { judgeValue } from "./values";
import { partRowLabels } from "./terseParts";
import { copyLowAt } from "./context";

interface FigureHead {
  col: number;
  end: number;
  spec: LabelSpec;
  text: string;
}


/** The figure heads of a row: every filled cell a text naming one figure (twins settled by the others), spans to the next head. */
function figureHeads(sheet: SheetGrid, hr: number): FigureHead[] | undefined {
  const cols = sheet.filledColumns(hr);
  if (cols.length === 0 || cols.some((c) => sheet.ownText(hr, c) === undefined)) return undefined;
  const settled = settleHeadTwins(cols.map((c) => matchAt(sheet, hr, c).standalone));
  if (settled.some((s) => s.length !== 1)) return undefined;
  return cols.map((col, i) => ({
    col,
    end: sheet.mergeOf(hr, col)?.end.col ?? (i + 1 < cols.length ? cols[i + 1] - 1 : col),
    spec: settled[i][0],
    text: sheet.ownText(hr, col)!,
  }));
}

/** Each head column's role from the `depth` rows below the figure heads (texts joined), or undefined when one has none. */
function roleRows(sheet: SheetGrid, hr: number, heads: FigureHead[], depth: number, planYear: number | undefined): Map<number, RoleOrNone> | undefined {
  const roles = new Map<number, RoleOrNone>();
  for (const h of heads) {
    for (let c = h.col; c <= h.end; c++) {
      const parts: string[] = [];
      for (let r = hr + 1; r <= hr + depth; r++) {
        const t = sheet.text(r, c);
        if (t !== undefined) parts.push(t);
      }
      const role = parts.length === 0 ? undefined : roleOf(fold(parts.join(" ")), planYear);
      if (role === undefined) return undefined;
      roles.set(c, role);
    }
  }
  return roles;
}

interface PartRow {
  r: number;
  part: "total" | "frauen" | "maenner";
  label: string;
}

/** The role heads `depth` rows deep and the part rows under them (at least one gender row), or undefined. */
function partRows(sheet: SheetGrid, hr: number, heads: FigureHead[], depth: number, planYear: number | undefined) {
  const roles = roleRows(sheet, hr, heads, depth, planYear);
  const first = hr + depth + 1;
  const labelCol = sheet.filledColumns(first)[0];
  if (!roles || labelCol === undefined || labelCol >= heads[0].col) return undefined;
  const labels: Array<string | undefined> = [];
  for (let r = first; r <= sheet.lastRow && !sheet.rowBlank(r); r++) labels.push(sheet.ownText(r, labelCol));
  // "ges. | Mä | Fr": short part labels as a set (./terseParts.ts).
  const rows: PartRow[] = partRowLabels(labels).map((part, i) => ({ r: first + i, part, label: labels[i]! }));
  if (rows.some((x) => x.part !== "total")) return { depth, roles, labelCol, rows };
  // Locations in the rows, closed by the Jobcenter's total row (./siteTotalRow.ts): only the total is the figure.
  const total = rows.length === 0 ? siteTotalRow(sheet, first, labelCol) : undefined;
  return total ? { depth, roles, labelCol, rows: [{ ...total, part: "total" as const }] } : undefined;
}

export function findFigureHeadMatrix(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let hr = sheet.r0; hr < sheet.lastRow - 1; hr++) {
    const heads = figureHeads(sheet, hr);
    // At least one head spans several role columns: one cell over one column is a head row of its own (./findTransposed.ts).
    if (!heads || !heads.some((h) => h.end > h.col) || heads.some((h) => claims.has(sheet.index, hr, h.col))) continue;
    const block = [1, 2].map((depth) => partRows(sheet, hr, heads, depth, planYear)).find((b) => b !== undefined);
    if (!block) continue;
    const { depth, roles, labelCol, rows } = block;
    // A block on a sheet or under a title marked as an archive or superseded copy ("überholt, nicht verwenden").
    const copyLow = copyLowAt(sheet, hr, (r, c) => matchAt(sheet, r, c).standalone.length > 0, heads[0].col);
    for (const h of heads) {
      const score = matchAt(sheet, hr, h.col).scores.get(h.spec.id);
      for (const { r, part, label } of rows) {
        let spec: LabelSpec | undefined = h.spec;
        if (part !== "total") {
          // The head read with the row ("Integrationsquote Frauen"): only a figure of that part counts.
          const m = matchLabel(`${h.text} ${label}`).standalone;
          spec = m.length === 1 && Object.values(m[0].names).some((n) => n && fold(n).includes(part)) ? m[0] : undefined;
        }
        if (!spec) continue;
        for (let c = h.col; c <= h.end; c++) {
          const role = roles.get(c);
          const name = role && role !== "none" ? spec.names[role] : undefined;
          const v = sheet.value(r, c);
          if (!name || v === null || !contractName(name)) continue;
          const roleText = [sheet.text(hr + 1, c), depth === 2 ? sheet.text(hr + 2, c) : undefined].filter((t) => t !== undefined).join(" ");
          const lows: Low[] = copyLow ? [copyLow] : [];
          if (score && (score.score < SURE_SCORE || score.foreign.length > 0)) {
            lows.push({ id: "beschriftung", text: `Der Spaltenkopf „${h.text}“ enthält Wörter, die nicht zu dieser Kennzahl gehören.` });
          }
          if (spec.context && spec.context !== sheet.areaAt(hr, h.col)) {
            lows.push({ id: "kontext", text: `Der Spaltenkopf „${h.text}“ ist allein nicht eindeutig und steht nicht im passenden Bereich (Blatt „${sheet.name}“).` });
          }
          const j = judgeValue(name, v, sheet.format(r, c), /%|prozent/.test(fold(roleText)), `${h.text} ${label} ${roleText}`);
          out.push(judgedCandidate(sheet, name, { row: r, col: c }, { row: hr, col: h.col }, `${h.text} / ${roleText} / ${label}`, v, lows, j));
        }
      }
    }
    claims.add(sheet.index, hr, labelCol, rows[rows.length - 1].r, heads[heads.length - 1].end);
  }
  return out;
}
