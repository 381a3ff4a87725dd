// The budget as a matrix: the titles as rows ("Eingliederungstitel (EGT)", "Verwaltungskostentitel Bund (VWT)"),
// the stages of the Gesamtbudget as column heads ("Zuteilung lt. EinglMV | Umschichtung | Ansatz nach Umschichtung"),
// or one budget row with its parts as heads ("Ansatz | Bindungen aus Vorjahren | verfügbar für Neubewilligungen").
// Each cell is its row's title at its column's stage (domain: EB = EGT allocation − move, the VH's federal part =
// VWT allocation + move): the EGT's allocation is BUD_EGT_Zuteilung, what stands after the move BUD_EB_Gesamt; the
// VWT's allocation is BUD_VWT_Zuteilung and, the same number, the VH's federal part BUD_VH_EinglMV; the move into
// the VWT (positive) is BUD_VH_Umschichtung, the EGT's negative one its outflow, the VWT after the move no figure.
// A head row with an Ist or another year's column is a Vollzug table ("Ansatz | Ist | Bindungen"): its "Bindungen"
// are in-year, so no part is read there.
import { orderOf, type Candidate, type Claims, type Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { matchLabel } from "./matchLabel";
import { fold, yearsIn } from "./normalize";
import { inYearRole } from "./inYearColumns";
import { readBeforeReallocation } from "./beforeReallocation";
import { roleOf } from "./roles";
import { judgeValue } from "./values";
import { columnsBeforeSideTable } from "./sideTable";
import { isRunningYearBinding } from "./runningBinding";
import { LEVEL2 } from "../resolve/labels";

type Stage = "allocation" | "move" | "after" | "plain" | "vorbindungen" | "neubewilligungen" | "kfa" | "total";

const ALLOCATION = /\b(zuteilung\w*|zuweisung\w*|mittelzuweisung\w*|mittelzuteilung\w*|einglmv|emv|orientierungswert\w*)\b/;
const AFTER = /\b(nach|inkl|inklusive|einschl\w*|abzgl|abzueglich)\s+(der\s+|den\s+)?umschicht\w*|\bumgeschichtet\w*|\b(verfuegbar\w*|insgesamt)\b/;
const MOVE = /\bumschicht\w*/;
const SHARE = /\b(\w*quote|anteil\w*|prozent)\b|%/;
/** "verfügbar", "noch frei", "Rest": what is left after the Vorbindungen beside them (a bare head, no move word). */
const LEFT_OVER = /^(noch )?(verfuegbar|frei|rest|restmittel)( (eur|euro|t?€|teur))?$/;
/** "Gesamt", "Summe", "insgesamt": a bare total head. */
const BARE_TOTAL = /^(gesamt|summe|insgesamt|gesamtbetrag|zusammen)$/;
/** A Vorbindungen head naming where they come from ("Bindungen aus Vorjahren", "Vorbindungen"): no in-year bindings. */
const EARLIER_ORIGIN = /\b(vorbindung\w*|vorbelastung\w*|vorjahr\w*|vj|frueher\w*)\b/;
/** A plain amount head: the budget as set, no stage of it ("Ansatz", "Soll", "Betrag", "Plan 2025"). */
const PLAIN = /^(ansatz|soll|betrag|plan|haushaltsansatz|mittel|budget)( \d{4})?( (in )?(eur|euro|t?€|teur))?$/;

const SIGN_NOTE = /\(\s*(?:\+\s*\/\s*[-−–]|[-−–]\s*\/\s*\+|±)\s*\)/gu;

/** Whether a head or its group head names another year or role than the planning year's budget. */
function otherRole(text: string, planYear: number | undefined): boolean {
  const role = roleOf(fold(text), planYear);
  return role !== undefined && role !== "current";
}

/** An Ist or in-year execution column ("Ist", "gebunden bis 30.04."): the table reports the Vollzug. */
const isExecution = (head: string, planYear: number | undefined) => /\bist\b/.test(fold(head)) || inYearRole(head, planYear) === "none";

/** The stage a head names, or undefined (another year, a share, a remark, a figure of its own). */
function stageOf(raw: string, above: string | undefined, planYear: number | undefined): Stage | undefined {
  // "Umschichtung (+/−)": the sign note says the column gives and takes, no change against the previous year.
  const head = raw.replace(SIGN_NOTE, " ");
  const f = fold(readBeforeReallocation(head));
  if (SHARE.test(f) || otherRole(above ?? "", planYear)) return undefined;
  // A part's head may name where it comes from ("Bindungen aus Vorjahren"): only another year of its own rules it out.
  const named = matchLabel(head).standalone.map((s) => s.names.current);
  const otherYear = planYear !== undefined && yearsIn(f).some((y) => y !== planYear);
  // "gebunden 31.10." binds the running year's money: execution, no Vorbindungen (./runningBinding.ts).
  if (named.length === 1 && named[0] === "BUD_EB_Vorbindungen") return otherYear || isRunningYearBinding(head, planYear) ? undefined : "vorbindungen";
  if (named.length === 1 && named[0] === "BUD_EB_Neubewilligungen") return otherYear ? undefined : "neubewilligungen";
  // "kommunaler Finanzierungsanteil" beside the stages: the municipal part of the VWT row.
  if (named.length === 1 && named[0] === "BUD_VH_KFA") return otherYear || otherRole(head, planYear) ? undefined : "kfa";
  if (otherRole(head, planYear)) return undefined;
  if (ALLOCATION.test(f) && !MOVE.test(f)) return named.every((n) => n === "BUD_EGT_Zuteilung" || n === "BUD_VWT_Zuteilung") ? "allocation" : undefined;
  if (AFTER.test(f)) return "after";
  if (MOVE.test(f)) return named.length === 1 && named[0] === "BUD_VH_Umschichtung" ? "move" : undefined;
  return PLAIN.test(f) ? "plain" : undefined;
}

/** "Verwaltungskostentitel (VWT)", "Verwaltungstitel": the federal title itself, not the Verwaltungshaushalt with its KFA. */
const VWT_TITLE = /\b(verwaltungs\w*titel|vwt|vkt|titel 636\w*|636 ?11)\b/;

/** The title a row label names: the EGT (its budget or allocation) or the federal VWT; whether it names the allocation; else undefined. */
function titleOf(label: string): { title: "egt" | "vwt"; allocation: boolean } | undefined {
  const names = matchLabel(label).standalone.map((s) => s.names.current);
  if (names.length === 0) return undefined;
  // "Zuteilung Eingliederungsmittel", "nachr.: Zuteilung … vor Umschichtung": the row is the allocation itself.
  if (names.every((n) => n === "BUD_EGT_Zuteilung")) return { title: "egt", allocation: true };
  if (names.every((n) => n === "BUD_EB_Gesamt" || n === "BUD_EGT_Zuteilung")) return { title: "egt", allocation: false };
  if (names.every((n) => n === "BUD_VH_EinglMV" || n === "BUD_VWT_Zuteilung")) return { title: "vwt", allocation: false };
  // A row naming the federal title ("Verwaltungskostentitel (VWT)"), read as the Verwaltungshaushalt by its words alone.
  if (names.length === 1 && names[0] === "BUD_VH_Gesamt" && VWT_TITLE.test(fold(label))) return { title: "vwt", allocation: false };
  return undefined;
}

/** The contract names a cell of `title` at `stage` holds (a plain head is the after-move stage beside an allocation column). */
function namesAt(title: "egt" | "vwt", stage: Stage, value: number, withAllocation: boolean, allocationRow: boolean): string[] {
  // A row naming the allocation ("Zuteilung Eingliederungsmittel") under a plain "Ansatz": the allocation as set.
  if (allocationRow && stage === "plain" && !withAllocation) return ["BUD_EGT_Zuteilung"];
  const s = stage === "plain" ? (withAllocation ? "after" : undefined) : stage;
  if (title === "egt") {
    if (s === "allocation") return ["BUD_EGT_Zuteilung"];
    if (s === "after" || (stage === "plain" && !withAllocation)) return ["BUD_EB_Gesamt"];
    if (s === "vorbindungen") return ["BUD_EB_Vorbindungen"];
    if (s === "neubewilligungen") return ["BUD_EB_Neubewilligungen"];
    return [];
  }
  if (s === "allocation" || (stage === "plain" && !withAllocation)) return ["BUD_VWT_Zuteilung", "BUD_VH_EinglMV"];
  if (s === "kfa") return value > 0 ? ["BUD_VH_KFA"] : [];
  // The VWT after the move with its KFA is the whole Verwaltungshaushalt.
  if (s === "total") return value > 0 ? ["BUD_VH_Gesamt"] : [];
  return s === "move" && value > 0 ? ["BUD_VH_Umschichtung"] : [];
}

/** The head row's stage columns, when it reads as a budget matrix (a stage beyond a plain amount, no Ist column). */
function stageColumns(sheet: SheetGrid, r: number, planYear: number | undefined): Map<number, Stage> | undefined {
  // A table beside the budget rows after a blank column ("Neubewilligungsmittel je Team") is none of its stages (./sideTable.ts).
  const cols = columnsBeforeSideTable(sheet, r, sheet.filledColumns(r));
  if (cols.length < 2 || cols.some((c) => sheet.ownText(r, c) === undefined)) return undefined;
  const stages = new Map<number, Stage>();
  let execution = false;
  for (const c of cols) {
    const head = sheet.ownText(r, c)!;
    const stage = stageOf(head, r > sheet.r0 ? sheet.text(r - 1, c) : undefined, planYear);
    if (stage) stages.set(c, stage);
    else if (isExecution(head, planYear)) execution = true;
  }
  // An Ist or in-year column beside the parts: a Vollzug table, whose bindings are in-year — unless the bindings'
  // head names where they come from ("Bindungen aus Vorjahren | … | Abfluss Q1"): then the execution columns are
  // no stage, and the row still holds its parts.
  const vorb = [...stages].filter(([, k]) => k === "vorbindungen").map(([c]) => c);
  if (execution && (vorb.length === 0 || !vorb.every((c) => EARLIER_ORIGIN.test(fold(sheet.ownText(r, c)!))))) return undefined;
  // "… | kommunaler Finanzierungsanteil | Gesamt": a bare total right of the KFA adds it to the title after the move.
  const kfaCol = [...stages].find(([, k]) => k === "kfa")?.[0];
  if (kfaCol !== undefined && [...stages.values()].includes("after")) {
    for (const c of cols) if (c > kfaCol && BARE_TOTAL.test(fold(sheet.ownText(r, c)!))) stages.set(c, "total");
  }
  // "Ansatz | Bindungen (Vorjahre) | verfügbar": a bare "verfügbar" right of the Vorbindungen is what is left for new grants.
  if (vorb.length === 1 && ![...stages.values()].includes("neubewilligungen")) {
    for (const c of cols) {
      const k = stages.get(c);
      if ((k === undefined || k === "after") && c > vorb[0] && LEFT_OVER.test(fold(sheet.ownText(r, c)!))) stages.set(c, "neubewilligungen");
    }
  }
  const kinds = new Set(stages.values());
  if (stages.size < 2 || [...kinds].every((k) => k === "plain" || k === "after")) return undefined;
  return stages;
}

export function findBudgetMatrix(sheet: SheetGrid, claims: Claims, planYear: number | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let r = sheet.r0; r < sheet.lastRow; r++) {
    const stages = stageColumns(sheet, r, planYear);
    if (!stages) continue;
    const first = Math.min(...stages.keys());
    const withAllocation = [...stages.values()].includes("allocation");
    for (let t = r + 1; t <= sheet.lastRow && !sheet.rowBlank(t); t++) {
      const labelCol = sheet.filledColumns(t).filter((c) => c < first && sheet.ownText(t, c) !== undefined).pop();
      if (labelCol === undefined || claims.has(sheet.index, t, labelCol)) continue;
      const label = sheet.ownText(t, labelCol)!;
      const read = titleOf(label);
      // "davon Bund (EinglMV)": a part of the Verwaltungshaushalt is its federal part, not the VWT's allocation.
      const part = LEVEL2.test(fold(label));
      if (!read) continue;
      const title = read.title;
      const found: Candidate[] = [];
      for (const [c, stage] of stages) {
        const value = sheet.number(t, c);
        if (value === undefined) continue;
        const names = namesAt(title, stage, value, withAllocation, read.allocation).filter((n) => !part || n !== "BUD_VWT_Zuteilung");
        const head = sheet.ownText(r, c)!;
        for (const name of names) {
          const j = judgeValue(name, value, sheet.format(t, c), false);
          const lows: Low[] = j.ok ? [] : [{ id: j.id, text: j.text }];
          const twinOf = names.length === 2 ? names.find((n) => n !== name) : undefined;
          found.push({ name, sheet: sheet.index, ref: sheet.ref({ row: t, col: c }), label: `${label} (${head})`, labelCell: sheet.ref({ row: t, col: labelCol }), value, lows, ...(twinOf ? { twinOf } : {}), order: orderOf(sheet.index, t, c) });
        }
      }
      if (found.length === 0) continue;
      // The row is read whole: its label and stage cells are no single figures of their own.
      claims.add(sheet.index, t, labelCol, t, labelCol);
      for (const c of stages.keys()) claims.add(sheet.index, t, c, t, c);
      out.push(...found);
    }
  }
  return out;
}
