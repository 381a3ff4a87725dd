// Transposed tables: figures as column headers ("IQ gesamt | IQ Frauen | IQ Männer | LZB …") and roles
// or years as row labels ("Ist 2024 (vorläufig)" | "Ziel 2025" | "Veränderung in %"). Found like the
// row-wise form: the header names the figure, the row label its role; the block's cells are claimed so
// its headers are not read again as row labels.
import { contractName } from "../contract";
import { orderOf, type Candidate, type Claims, type Low } from "./candidate";
import { matchAt } from "./findCells";
import type { SheetGrid } from "./grid";
import { SURE_SCORE } from "./match";
import { fold } from "./normalize";
import { roleOf, type RoleOrNone } from "./roles";
import { judgeValue } from "./values";

export function findTransposed(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let hr = sheet.r0; hr < sheet.lastRow; hr++) {
    const cols = sheet.filledColumns(hr);
    if (cols.length < 3) continue;
    // Figure headers: text cells naming exactly one figure; the row's first cell is the role column's head (or blank).
    const figureCols = cols
      .filter((c) => c > sheet.c0 || c > cols[0])
      .map((c) => ({ c, specs: sheet.ownText(hr, c) === undefined ? [] : matchAt(sheet, hr, c).standalone }))
      .filter((x) => x.specs.length === 1);
    if (figureCols.length < 2 || figureCols.length < cols.length - 2) continue;
    const labelCol = Math.min(...figureCols.map((x) => x.c)) - 1;
    if (labelCol < sheet.c0) continue;
    // Role rows below: a text label with a role, numbers under the figures.
    const roleRows: Array<{ r: number; role: RoleOrNone; label: string }> = [];
    for (let r = hr + 1; r <= sheet.lastRow && !sheet.rowBlank(r); r++) {
      const label = sheet.ownText(r, labelCol);
      if (label === undefined) break;
      const role = roleOf(fold(label), planYear);
      if (role === undefined) break;
      roleRows.push({ r, role, label });
    }
    if (roleRows.length === 0) continue;
    const last = roleRows[roleRows.length - 1].r;
    for (const { c, specs } of figureCols) {
      const spec = specs[0];
      const score = matchAt(sheet, hr, c).scores.get(spec.id);
      const header = sheet.ownText(hr, c)!;
      for (const { r, role, label } of roleRows) {
        if (role === "none") continue;
        const name = spec.names[role];
        const v = sheet.value(r, c);
        if (!name || v === null || !contractName(name)) continue;
        const lows: Low[] = [];
        if (score && (score.score < SURE_SCORE || score.foreign.length > 0)) {
          lows.push({ id: "beschriftung", text: `Der Spaltenkopf „${header}“ enthält Wörter, die nicht zu dieser Kennzahl gehören.` });
        }
        const j = judgeValue(name, v, sheet.format(r, c), /%|prozent/.test(fold(label)), `${header} ${label}`);
        if (!j.ok) lows.push({ id: j.id, text: j.text });
        out.push({
          name,
          sheet: sheet.index,
          ref: sheet.ref({ row: r, col: c }),
          label: `${header} / ${label}`,
          labelCell: sheet.ref({ row: hr, col: c }),
          value: v,
          lows,
          ...(j.ok && j.noteId ? { noteId: j.noteId, note: j.note } : {}),
          order: orderOf(sheet.index, hr, c),
        });
      }
    }
    claims.add(sheet.index, hr, labelCol, last, Math.max(...figureCols.map((x) => x.c)));
  }
  return out;
}
