// The budget matrix turned over: the titles as column heads ("Eingliederungstitel | Verwaltungskostentitel | Summe"),
// the stages as row labels ("Zuteilung lt. EinglMV", "Umschichtung EGT → VWT", "verfügbar nach Umschichtung").
// The EGT's allocation is BUD_EGT_Zuteilung, the VWT's BUD_VWT_Zuteilung and the VH's federal part; the VWT's move
// (positive, the EGT's negative twin) is BUD_VH_Umschichtung; what the EGT has after the move is BUD_EB_Gesamt, and
// its bindings from earlier years ("Vorjahresbindungen") and what is left for new grants ("noch frei für
// Neubewilligungen") are the Eingliederungsbudget's parts (the VWT's bindings are no contract figure). A "Summe"
// column adds the titles: no part of either, so its cells are claimed and never read as a figure. Read only when
// the rows show both an allocation and a move whose two cells cancel out (what leaves the EGT enters the VWT); the
// head row is the matrix's, no row of figure heads of its own.
import { orderOf, type Candidate, type Claims, type Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { matchLabel } from "./matchLabel";
import { fold } from "./normalize";
import { judgeValue } from "./values";

type Title = "egt" | "vwt" | "sum";
type Stage = "allocation" | "move" | "after" | "vorbindungen" | "neubewilligungen";

const SUM = /^(summe|gesamt|insgesamt|zusammen|total|gesamtbudget)$/;
/** The federal administration title by its own words: "Verwaltungshaushalt" alone may include the municipal part. */
const VWT = /\b(vwt|verwaltungskostentitel\w*|verwaltungskosten)\b/;
const ALLOCATION = /\b(zuteilung\w*|zuweisung\w*|mittelzuweisung\w*|mittelzuteilung\w*|einglmv|emv)\b/;
const MOVE = /\bumschicht\w*/;
const AFTER = /\b(nach|inkl|inklusive|einschl\w*)\s+(der\s+|den\s+)?umschicht\w*|\bumgeschichtet\w*|\bverfuegbar\w*/;

function titleOf(head: string): Title | undefined {
  const f = fold(head);
  if (SUM.test(f)) return "sum";
  if (/\b(anteil|quote|kommunal\w*|gesamt|insgesamt)\b|%/.test(f)) return undefined;
  const names = matchLabel(head).standalone.map((s) => s.names.current);
  if (names.length > 0 && names.every((n) => n === "BUD_EB_Gesamt" || n === "BUD_EGT_Zuteilung")) return "egt";
  if (VWT.test(f) && names.every((n) => n === "BUD_VH_Gesamt" || n === "BUD_VWT_Zuteilung" || n === "BUD_VH_EinglMV")) return "vwt";
  return undefined;
}

function stageOf(label: string): Stage | undefined {
  const f = fold(label);
  const names = matchLabel(label).standalone.map((s) => s.names.current);
  // A part of the budget names its figure alone ("Vorjahresbindungen", "noch frei für Neubewilligungen").
  if (names.length === 1 && names[0] === "BUD_EB_Vorbindungen") return "vorbindungen";
  if (names.length === 1 && names[0] === "BUD_EB_Neubewilligungen") return "neubewilligungen";
  if (AFTER.test(f)) return "after";
  if (MOVE.test(f)) return names.length === 1 && names[0] === "BUD_VH_Umschichtung" ? "move" : undefined;
  if (ALLOCATION.test(f)) return names.every((n) => n === "BUD_EGT_Zuteilung" || n === "BUD_VWT_Zuteilung" || n === "BUD_VH_EinglMV") ? "allocation" : undefined;
  return undefined;
}

/** The head row's title columns: exactly one EGT and one VWT column (a sum column beside them is allowed). */
function titleColumns(sheet: SheetGrid, r: number): Map<number, Title> | undefined {
  const titles = new Map<number, Title>();
  for (const c of sheet.filledColumns(r)) {
    const head = sheet.ownText(r, c);
    if (head === undefined) return undefined;
    const t = titleOf(head);
    if (t) titles.set(c, t);
  }
  const kinds = [...titles.values()];
  if (kinds.filter((k) => k === "egt").length !== 1 || kinds.filter((k) => k === "vwt").length !== 1) return undefined;
  return titles;
}

/** Whether row `r` heads the budget's titles ("EGT | VWT | Summe"): stage rows below it, no figure heads over role rows. */
export function isTitleHeadRow(sheet: SheetGrid, r: number): boolean {
  return titleColumns(sheet, r) !== undefined;
}

export function findTitleColumnMatrix(sheet: SheetGrid, claims: Claims): Candidate[] {
  const out: Candidate[] = [];
  for (let r = sheet.r0; r < sheet.lastRow; r++) {
    const titles = titleColumns(sheet, r);
    if (!titles) continue;
    const first = Math.min(...titles.keys());
    const col = (t: Title) => [...titles].find(([, k]) => k === t)![0];
    const rowsAt = new Map<Stage, { row: number; labelCol: number; label: string }>();
    for (let t = r + 1; t <= sheet.lastRow && !sheet.rowBlank(t); t++) {
      const labelCol = sheet.filledColumns(t).filter((c) => c < first && sheet.ownText(t, c) !== undefined).pop();
      if (labelCol === undefined || claims.has(sheet.index, t, labelCol)) continue;
      const label = sheet.ownText(t, labelCol)!;
      const stage = stageOf(label);
      if (stage && !rowsAt.has(stage)) rowsAt.set(stage, { row: t, labelCol, label });
    }
    const alloc = rowsAt.get("allocation");
    const move = rowsAt.get("move");
    if (!alloc || !move) continue;
    const egtMove = sheet.number(move.row, col("egt"));
    const vwtMove = sheet.number(move.row, col("vwt"));
    // What leaves the EGT enters the VWT: the two cells cancel out, or it is no move between these titles.
    if (vwtMove === undefined || egtMove === undefined || vwtMove <= 0 || Math.abs(egtMove + vwtMove) > 0.5) continue;
    const emit = (at: { row: number; labelCol: number; label: string }, c: number, names: string[]) => {
      const value = sheet.number(at.row, c);
      if (value === undefined) return;
      const head = sheet.ownText(r, c)!;
      for (const name of names) {
        const j = judgeValue(name, value, sheet.format(at.row, c), false);
        const lows: Low[] = j.ok ? [] : [{ id: j.id, text: j.text }];
        const twinOf = names.length === 2 ? names.find((n) => n !== name) : undefined;
        out.push({ name, sheet: sheet.index, ref: sheet.ref({ row: at.row, col: c }), label: `${head} / ${at.label}`, labelCell: sheet.ref({ row: at.row, col: at.labelCol }), value, lows, ...(twinOf ? { twinOf } : {}), order: orderOf(sheet.index, at.row, c) });
      }
    };
    emit(alloc, col("egt"), ["BUD_EGT_Zuteilung"]);
    emit(alloc, col("vwt"), ["BUD_VWT_Zuteilung", "BUD_VH_EinglMV"]);
    emit(move, col("vwt"), ["BUD_VH_Umschichtung"]);
    const after = rowsAt.get("after");
    if (after) emit(after, col("egt"), ["BUD_EB_Gesamt"]);
    const parts = (["vorbindungen", "neubewilligungen"] as const).map((k) => rowsAt.get(k)).filter((x) => x !== undefined);
    for (const [k, name] of [["vorbindungen", "BUD_EB_Vorbindungen"], ["neubewilligungen", "BUD_EB_Neubewilligungen"]] as const) {
      const at = rowsAt.get(k);
      if (at) emit(at, col("egt"), [name]);
    }
    // The allocation, move and parts rows are read whole; a sum column is no part of any title in any stage row.
    for (const at of [alloc, move, ...parts]) {
      for (const c of titles.keys()) claims.add(sheet.index, at.row, c, at.row, c);
      claims.add(sheet.index, at.row, at.labelCol, at.row, at.labelCol);
    }
    // After the move the VWT holds the VH's federal part with the move: no figure of the contract either.
    for (const at of after ? [after] : []) {
      for (const c of titles.keys()) claims.add(sheet.index, at.row, c, at.row, c);
      claims.add(sheet.index, at.row, at.labelCol, at.row, at.labelCol);
    }
    // The head row heads the matrix: its title heads are no figure heads of a table of their own.
    const heads = sheet.filledColumns(r);
    claims.add(sheet.index, r, heads[0], r, heads[heads.length - 1]);
  }
  return out;
}
