// Single figures: a label cell a controller wrote (./labels.ts), and the value in the same row to its
// right, whose column header (or the label's own year) tells which contract name it is. Row groups:
// "darunter Männer" belongs to the row it stands under (the IQ row or the LZB row).
// The orchestrator: walks the rows, asks ./labelSpecs.ts, ./headerSpecs.ts and ./settleTwins.ts which figures a
// label cell names and ./cellCandidates.ts for their values.
import type { Candidate } from "./candidate";
import type { SheetGrid } from "./grid";
import { groupLabelOf } from "./roleColumn";
import { isUnderUnitHead } from "./unitHead";
import { changeRowHead, labelColumnsOf } from "./changeRow";
import { isUnitCell } from "./unitColumn";
import { candidatesOf, type FindContext } from "./cellCandidates";
import { specsAt, scoreAt } from "./labelSpecs";
import { headerSpecs } from "./headerSpecs";
import { settleTwins } from "./settleTwins";
import { isFigureLabelCell } from "./labelCells";
import { isNoteBesideLabel } from "./noteColumn";
import { joinedLabelAt } from "./qualifierCell";
import { matchLabel } from "./matchLabel";
import type { LabelSpec } from "./labels";

// Still importable from here under their old names; their homes are the modules named.
export { matchLabel, type LabelMatch } from "./matchLabel";
export { labelKey, matchAt } from "./labelCells";
export { genderHead } from "./genderHead";
export { specsAt } from "./labelSpecs";
export type { FindContext } from "./cellCandidates";

/** All single-figure candidates of a sheet. */
export function findCells(sheet: SheetGrid, ctx: FindContext): Candidate[] {
  const out: Candidate[] = [];
  for (let r = sheet.r0; r <= sheet.lastRow; r++) {
    if (sheet.rowBlank(r)) continue;
    out.push(...groupRowCandidates(sheet, r, ctx), ...labelColumnsOf(sheet, r).flatMap((c) => changeRowCandidates(sheet, r, c, ctx)));
    // A qualifier read with the label left of it (./qualifierCell.ts) is no label of its own.
    let qualifier: number | undefined;
    for (const c of sheet.filledColumns(r)) {
      if (c === qualifier || ctx.claims.has(sheet.index, r, c)) continue;
      const text = sheet.ownText(r, c);
      // A comment beside the row's label names no figure of its own (./noteColumn.ts).
      if (text === undefined || isUnitCell(sheet, r, c) || isUnderUnitHead(sheet, r, c) || isNoteBesideLabel(sheet, r, c)) continue;
      const twins = settleTwins(specsAt(sheet, r, c), sheet, r, c, ctx.planYear);
      let any = false;
      for (const { spec, score } of [...twins.specs.map((spec) => ({ spec, score: scoreAt(sheet, r, c, spec) })), ...headerSpecs(sheet, r, c)]) {
        const why: string[] = [];
        const found = candidatesOf(spec, sheet, r, c, ctx, text, why, twins.settled && twins.specs.includes(spec), score);
        if (found.length === 0) ctx.labelOnly?.(spec, sheet.ref({ row: r, col: c }), text, why);
        out.push(...found);
        any ||= found.length > 0;
      }
      if (any) continue;
      const joined = joinedCandidates(sheet, r, c, twins.specs, ctx);
      if (joined) {
        out.push(...joined.found);
        qualifier = joined.col;
      }
    }
  }
  return out;
}

/**
 * "Verwaltungshaushalt | gesamt | 9.120.000": the label read with its qualifier beside it (./qualifierCell.ts), when
 * the label alone found no value and the qualifier alone names no figure (or the label does).
 */
function joinedCandidates(sheet: SheetGrid, row: number, col: number, own: LabelSpec[], ctx: FindContext): { col: number; found: Candidate[] } | undefined {
  const joined = joinedLabelAt(sheet, row, col);
  if (!joined || ctx.claims.has(sheet.index, row, joined.col)) return undefined;
  const m = matchLabel(joined.text);
  const area = sheet.areaAt(row, joined.col);
  // Context twins (the targets' eLb or the customers'): the cell's area picks one, as for a single label.
  const specs = m.standalone.some((s) => s.context && s.context === area) ? m.standalone.filter((s) => !s.context || s.context === area) : m.standalone;
  // A qualifier naming a figure by itself is a label of its own ("Kunden | Anteil Ausländer an Alo"), unless the
  // label left of it already names what both name together, another figure than the qualifier alone
  // ("Zuteilung VWT | Bundesanteil": the allocation, not the VH's federal share).
  const alone = specsAt(sheet, row, joined.col);
  if (alone.length > 0 && !(specs.length > 0 && specs.every((s) => own.some((o) => o.id === s.id) && !alone.some((a) => a.id === s.id)))) return undefined;
  const labelCell = sheet.ref({ row, col });
  // The qualifier says something of the figure: one whose words are all unknown ("Nord", a place) is none.
  const said = joined.words.filter((w) => !/^\d+$/.test(w));
  if (specs.some((s) => said.every((w) => m.scores.get(s.id)?.unknown.includes(w)))) return undefined;
  const found = specs.flatMap((spec) => candidatesOf(spec, sheet, row, joined.col, ctx, joined.text, [], false, m.scores.get(spec.id)).map((c) => ({ ...c, labelCell })));
  return found.length > 0 ? { col: joined.col, found } : undefined;
}

/** A change-only row under a figure's row (./changeRow.ts), per group side by side: the figure above, the change of this row. */
function changeRowCandidates(sheet: SheetGrid, row: number, col: number, ctx: FindContext): Candidate[] {
  const head = changeRowHead(sheet, row, (r, c) => specsAt(sheet, r, c).length > 0, col);
  if (!head) return [];
  const text = `${sheet.ownText(head.row, head.col)} ${sheet.ownText(row, col)}`;
  // With the parts the head row's columns name ("Männer | Frauen"): each column's change is that part's.
  return [...specsAt(sheet, head.row, head.col).map((spec) => ({ spec, score: scoreAt(sheet, head.row, head.col, spec) })), ...headerSpecs(sheet, head.row, head.col)]
    .filter(({ spec }) => spec.names.change !== undefined)
    .flatMap(({ spec, score }) => candidatesOf(spec, sheet, row, col, ctx, text, [], false, score, true));
}

/** A row below its group's label ("" | "Ziel 2024" | numbers, ./roleColumn.ts): the label above names its figure. */
function groupRowCandidates(sheet: SheetGrid, row: number, ctx: FindContext): Candidate[] {
  const head = groupLabelOf(sheet, row, (r, c) => isFigureLabelCell(sheet, r, c));
  if (!head || ctx.claims.has(sheet.index, head.row, head.col)) return [];
  const text = sheet.ownText(head.row, head.col)!;
  const labelCell = sheet.ref(head);
  const twins = settleTwins(specsAt(sheet, head.row, head.col), sheet, head.row, head.col, ctx.planYear);
  return twins.specs.flatMap((spec) =>
    candidatesOf(spec, sheet, row, head.col, ctx, text, [], twins.settled, scoreAt(sheet, head.row, head.col, spec)).map((c) => ({ ...c, labelCell })),
  );
}
