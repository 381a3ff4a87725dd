// Formulas as evidence: a cell whose formula divides the cells proposed as the previous year's integrations
// and ELB is the previous year's IQ ("=B4/B5", "=AIP.IQ(B4,B5)", "=B4/B5*100" with its unit noted; a file
// saved without the add-in shows "=_xldudf_AIP_IQ(B4,B5)"). Formulas arrive in invariant syntax with ",".
import { parseCell, splitAddress } from "../address";
import type { Candidate, Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { judgeValue } from "./values";

const REF = String.raw`\$?([A-Z]{1,3})\$?(\d{1,7})`;
const QUOTIENT = new RegExp(String.raw`^=\s*(?:${REF}\s*\/\s*${REF}|(?:AIP\.IQ|_xldudf_AIP_IQ)\(\s*${REF}\s*,\s*${REF}\s*\))(\s*\*\s*100)?\s*$`, "i");

/** Numerator and denominator (0-based) of a quotient formula, and whether it is ×100. */
export function quotientOf(formula: string): { num: { row: number; col: number }; den: { row: number; col: number }; times100: boolean } | undefined {
  const m = QUOTIENT.exec(formula.trim());
  if (!m) return undefined;
  const [a, b, c, d] = m[1] ? [m[1], m[2], m[3], m[4]] : [m[5], m[6], m[7], m[8]];
  return { num: parseCell(`${a}${b}`), den: parseCell(`${c}${d}`), times100: m[9] !== undefined };
}

const cellOf = (ref: string) => {
  const { sheet, range } = splitAddress(ref);
  return { sheet, ...parseCell(range.replace(/\$/g, "")) };
};

/** The previous year's IQ found by its formula over the chosen integrations and ELB, if any. */
export function iqByFormula(sheets: SheetGrid[], integrations: Candidate | undefined, elb: Candidate | undefined): Candidate | undefined {
  if (!integrations || !elb || integrations.sheet !== elb.sheet) return undefined;
  const sheet = sheets.find((s) => s.index === integrations.sheet);
  if (!sheet) return undefined;
  const n = cellOf(integrations.ref);
  const d = cellOf(elb.ref);
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    for (const c of sheet.filledColumns(r)) {
      const f = sheet.formula(r, c);
      const q = f ? quotientOf(f) : undefined;
      if (!q || q.num.row !== n.row || q.num.col !== n.col || q.den.row !== d.row || q.den.col !== d.col) continue;
      const v = sheet.value(r, c);
      const j = judgeValue("ZIE_IQ_VJ", v, sheet.format(r, c), q.times100);
      const lows: Low[] = j.ok ? [] : [{ id: j.id, text: j.text }];
      const labelCol = sheet.filledColumns(r).find((x) => x < c && sheet.ownText(r, x) !== undefined);
      return {
        name: "ZIE_IQ_VJ",
        sheet: sheet.index,
        ref: sheet.ref({ row: r, col: c }),
        label: labelCol !== undefined ? sheet.ownText(r, labelCol)! : f!,
        labelCell: sheet.ref({ row: r, col: labelCol ?? c }),
        value: v,
        lows,
        ...(j.ok && j.noteId ? { noteId: j.noteId, note: `${j.note} (Formel ${f} rechnet ×100.)` } : {}),
        order: 0,
      };
    }
  }
  return undefined;
}

/** Half a unit of the last place a number format shows, as a fraction (a value typed in % units: /100). */
function halfPlace(value: number, format: string | undefined, percentUnits: boolean): number {
  const m = /0\.(0+)/.exec(format ?? "");
  const decimals = m ? m[1].length : format && /0/.test(format) ? 0 : 3;
  const place = 10 ** -decimals / (format?.includes("%") || percentUnits ? 100 : 1);
  return place / 2;
}

/**
 * Two cells give the same IQ: equal as shares (either may be typed in % units, 16,4 for 16,4 %) within half a
 * last place of the coarser format (a typed 23,1 % agrees with 1.210 / 5.240 = 23,09 %).
 */
export function sameShare(a: { value: unknown; format?: string }, b: { value: unknown; format?: string }): boolean {
  if (typeof a.value !== "number" || typeof b.value !== "number") return false;
  const asShare = (v: number) => (Math.abs(v) > 1.5 ? { v: v / 100, pu: true } : { v, pu: false });
  const x = asShare(a.value);
  const y = asShare(b.value);
  const tolerance = Math.max(halfPlace(x.v, a.format, x.pu), halfPlace(y.v, b.format, y.pu)) + 1e-12;
  return Math.abs(x.v - y.v) <= tolerance;
}
