// A numbered data sheet ("Nr. | Bezeichnung | Bemerkung | Einheit | | Ist 2024 | Plan 2025 | Veränd. ggü. VJ"
// over "1 Finanzen", "1.1 Verwaltungshaushalt", …, a blank row, "2 Ziele", "2.3 Integrationsquote", "2.3.1 IQ
// Männer"): the outline numbers hold the sheet together as one table, so the head row heads every numbered row
// below it, across the sections' blank rows and titles. A "davon"/"darunter" row is read with its parent
// ("2.4.1 davon männlich" under "2.4 Langzeitleistungsbezieher"), as the numbering says.
import type { Candidate, Claims } from "./candidate";
import type { SheetGrid } from "./grid";
import { rowCandidates, valueHeads } from "./headedRow";
import { matchLabel } from "./matchLabel";
import { fold } from "./normalize";
import { isCodeHead, isRemarkHead } from "./remarkColumns";
import { roleOf } from "./roles";
import { headText, namesRole, NUMBER_HEAD, UNIT_HEAD } from "./splitLabels";

// "2", "2.3.1", "A", "A.1": digits or a capital letter open the number.
const OUTLINE = /^([A-H]|\d{1,2})(\.\d{1,2}){0,3}\.?$/;
const PART = /^(davon|darunter|dar|dav|thereof)\b/;
const MAX_ROWS = 120;

interface OutlineHead {
  nrCol: number;
  labelCol: number;
  values: Array<{ col: number; head: string }>;
}

/** "Nr. | Bezeichnung | (notes, units) | (spacer) | role heads": one label column after the number column. */
function outlineHead(sheet: SheetGrid, hr: number, planYear: number | undefined): OutlineHead | undefined {
  const filled = sheet.filledColumns(hr);
  if (filled.length < 4) return undefined;
  const heads = filled.map((c) => headText(sheet, hr, c));
  if (heads.some((h) => h === undefined) || !NUMBER_HEAD.test(fold(heads[0]!).replace(/[.:]/g, " ").trim())) return undefined;
  if (filled[1] !== filled[0] + 1 || namesRole(heads[1]!, planYear)) return undefined;
  let i = 2;
  for (; i < filled.length && !namesRole(heads[i]!, planYear); i++) {
    const h = fold(heads[i]!).trim();
    if (!(isRemarkHead(h) || isCodeHead(h) || UNIT_HEAD.test(h))) return undefined;
  }
  const values = filled.slice(i).map((col, k) => ({ col, head: heads[i + k]! }));
  const roles = values.map((v) => roleOf(fold(v.head), planYear)).filter((r) => r !== undefined && r !== "none");
  if (!roles.includes("current") || new Set(roles).size !== roles.length) return undefined;
  // The value heads stand side by side (a spacer column may stand before them, not among them).
  if (values.some((v, k) => k > 0 && v.col !== values[k - 1].col + 1)) return undefined;
  return { nrCol: filled[0], labelCol: filled[1], values };
}

const numberOf = (sheet: SheetGrid, r: number, col: number): string | undefined => {
  const v = sheet.value(r, col);
  const t = typeof v === "number" && Number.isInteger(v) ? String(v) : typeof v === "string" ? v.trim() : undefined;
  return t !== undefined && OUTLINE.test(t) ? t.replace(/\.$/, "") : undefined;
};

export function findOutlineTables(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let hr = sheet.r0; hr < sheet.lastRow; hr++) {
    const head = outlineHead(sheet, hr, planYear);
    if (!head) continue;
    const { nrCol, labelCol } = head;
    const heads = valueHeads(head.values, planYear);
    const labels = new Map<string, string>();
    let r = hr + 1;
    for (; r <= Math.min(sheet.lastRow, hr + MAX_ROWS); r++) {
      if (sheet.rowBlank(r)) {
        if (r + 1 > sheet.lastRow || sheet.rowBlank(r + 1)) break;
        continue;
      }
      const nr = numberOf(sheet, r, nrCol);
      const own = sheet.ownText(r, labelCol);
      if (nr === undefined) break;
      if (own === undefined) continue;
      labels.set(nr, own);
      if (claims.has(sheet.index, r, labelCol)) continue;
      const parent = labels.get(nr.split(".").slice(0, -1).join("."));
      const label = PART.test(fold(own)) && parent !== undefined ? `${parent} ${own}` : own;
      // The parent's words may widen a part's reading ("Verwaltungshaushalt … davon Bundesanteil lt. EinglMV" also
      // reads as the VWT allocation): the part's own words, when they pick one of the readings, decide.
      const read = matchLabel(label).standalone;
      const ownSpecs = label !== own ? matchLabel(own).standalone.filter((s) => read.includes(s)) : [];
      const specs = read.length > 1 && ownSpecs.length === 1 ? ownSpecs : read;
      // A part naming what its parent names ("4.5.1 dar. mit Kindern unter 3 J." under "Alleinerziehende") is a
      // part the contract does not name: no reading of the parent's figure.
      if (specs.length !== 1 || (label !== own && matchLabel(parent!).standalone.includes(specs[0]))) continue;
      const row = rowCandidates(sheet, r, specs[0], label, labelCol, heads, claims);
      if (row.length === 0) continue;
      claims.add(sheet.index, r, labelCol, r, head.values[head.values.length - 1].col);
      out.push(...row);
    }
    hr = r - 1;
  }
  return out;
}
