// Gender in rows under figure heads: "Personengruppe | IQ Ziel 2026 | Veränd. ggü. VJ | LZB Ziel 2026 | Veränd. ggü. VJ"
// over rows "insgesamt | Männer | Frauen". Each head names a figure and its year; a bare change head ("Veränd. ggü.
// VJ") is the change of the figure to its left. The row label names the part: "insgesamt" the figure itself,
// "Männer"/"Frauen" its member (head and row read together: "IQ Männer"); both genders without a total row suffice.
import { contractName } from "../contract";
import { readColumn } from "../columnRoles";
import { orderOf, type Candidate, type Claims, type Low } from "./candidate";
import { isBareTotalLabel } from "./captionTable";
import { genderHead } from "./genderHead";
import { matchAt } from "./labelCells";
import type { SheetGrid } from "./grid";
import type { LabelSpec, Role } from "./labels";
import { matchLabel } from "./matchLabel";
import { fold } from "./normalize";
import { roleOf } from "./roles";
import { judgeValue } from "./values";
import { isAbsoluteChange } from "./yearRowLabel";

interface Head {
  c: number;
  spec: LabelSpec;
  role: Role;
  /** The figure's own head text (a change head's owner), read with the row's part. */
  figureText: string;
  text: string;
}

/** The row's heads right of the label column, every one a figure with its year or a change of the one before. */
function figureHeads(sheet: SheetGrid, hr: number, cols: number[], planYear: number | undefined): Head[] | undefined {
  const heads: Head[] = [];
  for (const c of cols) {
    const text = sheet.ownText(hr, c);
    if (text === undefined) return undefined;
    // "eLb 2024 (JDW)" among heads split by gender: the targets' twin (the customer stock has no gender parts).
    const all = matchAt(sheet, hr, c).standalone;
    const specs = all.length > 1 && all.some((s) => s.context === "ziele") ? all.filter((s) => s.context === "ziele") : all;
    const role = roleOf(fold(text), planYear);
    const prev = heads[heads.length - 1];
    if (specs.length === 1 && (role === "current" || role === "previous")) heads.push({ c, spec: specs[0], role, figureText: text, text });
    // "Veränd. IQ" right of "IQ 2025": a change head may name its figure again.
    else if ((specs.length === 0 || (specs.length === 1 && prev && specs[0].id === prev.spec.id)) && readColumn(fold(text)).kind === "change" && role === "change" && prev && prev.c === c - 1 && prev.role !== "change") {
      heads.push({ c, spec: prev.spec, role: "change", figureText: prev.figureText, text });
    } else return undefined;
  }
  return heads.some((h) => h.role !== "change") ? heads : undefined;
}

/** The spec of a head's figure for the row's part: the figure for the total row, its member for a gender row. */
function partSpec(head: Head, rowLabel: string): LabelSpec | undefined {
  if (isBareTotalLabel(rowLabel)) return head.spec;
  const part = genderHead(rowLabel);
  if (!part) return undefined;
  const m = matchLabel(`${head.figureText} ${rowLabel}`).standalone;
  return m.length === 1 && Object.values(m[0].names).some((n) => n && fold(n).includes(part)) ? m[0] : undefined;
}

export function findGenderRows(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let hr = sheet.r0; hr < sheet.lastRow; hr++) {
    const filled = sheet.filledColumns(hr);
    if (filled.length < 3 || claims.has(sheet.index, hr, filled[1])) continue;
    // The corner over the row labels may be blank: then the first head stands right of the label column.
    const cornerBlank = matchAt(sheet, hr, filled[0]).standalone.length > 0;
    const labelCol = cornerBlank ? filled[0] - 1 : filled[0];
    if (labelCol < sheet.c0) continue;
    const heads = figureHeads(sheet, hr, cornerBlank ? filled : filled.slice(1), planYear);
    if (!heads || heads[0].c !== labelCol + 1) continue;
    const rows: Array<{ r: number; label: string }> = [];
    for (let r = hr + 1; r <= sheet.lastRow && !sheet.rowBlank(r); r++) {
      const label = sheet.ownText(r, labelCol);
      if (label === undefined || (!isBareTotalLabel(label) && genderHead(label) === undefined)) break;
      rows.push({ r, label });
    }
    // A total row and a gender row, or both genders without the total ("nach Geschlecht": Frauen | Männer).
    const parts = new Set(rows.map((x) => (isBareTotalLabel(x.label) ? "total" : genderHead(x.label))));
    if (!(parts.has("total") && parts.size > 1) && !(parts.has("frauen") && parts.has("maenner"))) continue;
    for (const { r, label } of rows) {
      for (const head of heads) {
        const spec = partSpec(head, label);
        const name = spec?.names[head.role];
        const v = sheet.value(r, head.c);
        if (!name || v === null || !contractName(name) || isAbsoluteChange(head.role, head.text)) continue;
        const lows: Low[] = [];
        const j = judgeValue(name, v, sheet.format(r, head.c), /%|prozent/.test(fold(head.text)), `${head.figureText} ${label}`);
        if (!j.ok) lows.push({ id: j.id, text: j.text });
        out.push({
          name,
          sheet: sheet.index,
          ref: sheet.ref({ row: r, col: head.c }),
          label: `${head.text} / ${label}`,
          labelCell: sheet.ref({ row: hr, col: head.c }),
          value: v,
          lows,
          ...(j.ok && j.noteId ? { noteId: j.noteId, note: j.note } : {}),
          order: orderOf(sheet.index, r, head.c),
        });
      }
    }
    claims.add(sheet.index, hr, labelCol, rows[rows.length - 1].r, heads[heads.length - 1].c);
  }
  return out;
}
