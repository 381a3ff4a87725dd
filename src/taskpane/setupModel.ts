// What the Einrichten page shows, computed from the host's read (pure, no React): each contract name's
// state by area — defined and sound, proposed by the mapper, missing, or broken — and, for next year's copy,
// the names whose figures the mapper now finds elsewhere (header years moved on, rows added under a table).
import { AREAS, areaOf, type Area } from "../core/areas";
import { cellA1, parseCell, parseRange, splitAddress } from "../core/address";
import { CONTRACT, type ContractName } from "../core/contract";
import {
  headerAboveCell,
  isMarkedByAddIn,
  labelsFromLast,
  mergeLearned,
  proposeMapping,
  type ExistingName,
  type LearnedLabel,
  type MappingResult,
  type Proposal,
  type UsedCellsSnapshot,
} from "../core/mapper";
import { headerYear } from "../core/rules/namen/jahr-kopf";
import type { CellValue } from "../core/snapshot";
import { parseReference } from "../core/workbookModel";
import type { SetupReadResult } from "../excel/host";

export type BrokenKind = "ref" | "sheetScoped" | "shape" | "notRange";

export type NameState =
  | { kind: "sound"; ref: string; marked: boolean }
  | { kind: "proposed"; proposal: Proposal; replaces?: BrokenKind }
  | { kind: "missing"; reason: string; replaces?: BrokenKind }
  | { kind: "broken"; broken: BrokenKind; detail: string; replaces: BrokenKind; repair?: Proposal };

export interface SetupRow {
  entry: ContractName;
  state: NameState;
}

export interface SetupArea {
  area: Area;
  rows: SetupRow[];
}

/** A sound name whose figure the mapper now finds in other cells (next year's copy). */
export interface StaleName {
  name: string;
  ref: string;
  proposedRef: string;
}

export interface SetupView {
  areas: SetupArea[];
  mapping: MappingResult;
  /** High proposals (to apply with "Vorschläge übernehmen"). */
  high: Proposal[];
  /** Header years say another planning year than AIP_Planjahr's cell. */
  yearMismatch?: { cell: number; headers: number; from: string };
  /** Table names with rows added right below them. */
  grown: StaleName[];
  /** Single-cell names under a column header of another year than their role's (last year's columns, as namen/jahr-kopf says for tables). */
  oldColumns: StaleName[];
  /** Names to update when the mapping is renewed (grown tables and, with a year mismatch, moved figures). */
  stale: StaleName[];
  /** Names the add-in created. */
  markedCount: number;
  noContractNames: boolean;
}

const abs = (ref: string) => ref.replace(/^=/, "");

/** Contract shape: a single cell is 1×1, a table at least 2 columns (rows any). */
function shapeProblem(entry: ContractName, range: string): string | undefined {
  const { start, end } = parseRange(range);
  const rows = end.row - start.row + 1;
  const cols = end.col - start.col + 1;
  if (entry.kind !== "table" && (rows !== 1 || cols !== 1)) return `${rows}×${cols} Zellen statt einer Zelle`;
  if (entry.kind === "table" && cols < 2) return `${cols} Spalte statt mindestens 2`;
  return undefined;
}

function brokenOf(entry: ContractName, names: ExistingName[], sheets: string[]): { broken: BrokenKind; detail: string } | { ref: string; marked: boolean } | undefined {
  const mine = names.filter((n) => n.name.toUpperCase() === entry.name.toUpperCase());
  if (mine.length === 0) return undefined;
  const wb = mine.find((n) => !n.scope || n.scope.kind === "workbook");
  const sheetScoped = mine.filter((n) => n.scope?.kind === "sheet");
  if (sheetScoped.length) {
    const where = sheetScoped.map((n) => (n.scope?.kind === "sheet" ? n.scope.sheet : "")).join(", ");
    return { broken: "sheetScoped", detail: wb ? `zusätzlich blattbezogen definiert (${where})` : `nur blattbezogen definiert (${where})` };
  }
  if (!wb) return undefined;
  const ref = parseReference(wb.refersTo ?? "");
  if ("problem" in ref) return { broken: ref.problem === "ref-error" ? "ref" : "notRange", detail: `${wb.refersTo}: ${ref.detail}` };
  if (!sheets.some((s) => s.toLowerCase() === ref.sheet.toLowerCase())) return { broken: "ref", detail: `Blatt „${ref.sheet}“ fehlt` };
  const shape = shapeProblem(entry, ref.range);
  if (shape) return { broken: "shape", detail: `${wb.refersTo}: ${shape}` };
  return { ref: abs(wb.refersTo ?? ""), marked: isMarkedByAddIn(wb.comment) };
}

/** The value of one cell in the used-cells snapshot. */
export function valueAt(used: UsedCellsSnapshot, ref: string): CellValue | undefined {
  const { sheet, range } = splitAddress(abs(ref));
  const s = used.sheets.find((x) => x.name.toLowerCase() === sheet.toLowerCase());
  if (!s) return undefined;
  const o = parseCell(s.origin);
  const c = parseCell(range.replace(/\$/g, "").split(":")[0]);
  return s.values[c.row - o.row]?.[c.col - o.col];
}

/** A copy of the used cells with one cell blank. */
function withoutCell(used: UsedCellsSnapshot, ref: string): UsedCellsSnapshot {
  const { sheet, range } = splitAddress(abs(ref));
  return {
    ...used,
    sheets: used.sheets.map((s) => {
      if (s.name.toLowerCase() !== sheet.toLowerCase()) return s;
      const o = parseCell(s.origin);
      const c = parseCell(range.replace(/\$/g, "").split(":")[0]);
      const values = s.values.map((row, r) => (r === c.row - o.row ? row.map((v, k) => (k === c.col - o.col ? null : v)) : row));
      return { ...s, values };
    }),
  };
}

const sameRef = (a: string, b: string) => abs(a).replace(/\$/g, "").toLowerCase() === abs(b).replace(/\$/g, "").toLowerCase();

/** `learnedLabels`: the workbook's own words (aip.labels), used by the mapper as labels of their names. */
export function setupView(read: SetupReadResult, learnedLabels: readonly LearnedLabel[] = []): SetupView {
  const options = { learnedLabels };
  const states = new Map<string, ReturnType<typeof brokenOf>>();
  for (const entry of CONTRACT) states.set(entry.name, brokenOf(entry, read.names, read.sheetNames));
  // Broken names are not "existing" for the mapper, so it proposes a repair for them.
  const existing = read.names.filter((n) => {
    const s = states.get(CONTRACT.find((c) => c.name.toUpperCase() === n.name.toUpperCase())?.name ?? "");
    return !s || !("broken" in s);
  });
  const mapping = proposeMapping(read.used, existing, options);
  const byName = new Map(mapping.proposals.map((p) => [p.name, p]));
  const missingWhy = new Map(mapping.missingReasons.map((m) => [m.name, m.reason]));

  const rows: SetupRow[] = CONTRACT.map((entry) => {
    const s = states.get(entry.name);
    if (s && "ref" in s) return { entry, state: { kind: "sound", ref: s.ref, marked: s.marked } };
    const p = byName.get(entry.name);
    const replaces = s && "broken" in s ? s.broken : undefined;
    if (s && "broken" in s) return { entry, state: { kind: "broken", broken: s.broken, detail: s.detail, replaces: s.broken, ...(p ? { repair: p } : {}) } };
    if (p) return { entry, state: { kind: "proposed", proposal: p, ...(replaces ? { replaces } : {}) } };
    return { entry, state: { kind: "missing", reason: missingWhy.get(entry.name) ?? "" } };
  });
  const areas = AREAS.map((area) => ({ area, rows: rows.filter((r) => areaOf(r.entry.name)?.id === area.id) }));

  // Next year's copy: what the mapper finds when it ignores the names, against what they say. The planning
  // year then comes from the headers: AIP_Planjahr's own cell is blanked, or it would be read as the answer.
  const yearName = rows.find((r) => r.entry.name === "AIP_Planjahr" && r.state.kind === "sound");
  // The names' own labels count as remembered ones here (as `aip map --from` does with last year's file), so a
  // figure in the workbook's own words is found again in this year's column.
  const own = labelsFromLast(read.used, read.names).labels;
  const fresh = proposeMapping(yearName && yearName.state.kind === "sound" ? withoutCell(read.used, yearName.state.ref) : read.used, [], {
    learnedLabels: mergeLearned(own, learnedLabels),
  });
  const freshHigh = new Map(fresh.proposals.filter((p) => p.confidence === "high").map((p) => [p.name, p]));
  const sound = rows.filter((r) => r.state.kind === "sound") as Array<SetupRow & { state: { kind: "sound"; ref: string } }>;
  const grown: StaleName[] = [];
  for (const r of sound.filter((x) => x.entry.kind === "table")) {
    const p = freshHigh.get(r.entry.name);
    if (!p || sameRef(p.ref, r.state.ref)) continue;
    const a = parseRange(splitAddress(abs(r.state.ref)).range.replace(/\$/g, ""));
    const b = parseRange(splitAddress(abs(p.ref)).range.replace(/\$/g, ""));
    if (cellA1(a.start) === cellA1(b.start) && b.end.row > a.end.row) grown.push({ name: r.entry.name, ref: r.state.ref, proposedRef: p.ref });
  }
  let yearMismatch: SetupView["yearMismatch"];
  const year = sound.find((r) => r.entry.name === "AIP_Planjahr");
  const cellYear = year ? valueAt(read.used, year.state.ref) : undefined;
  if (typeof cellYear === "number" && fresh.planningYear && fresh.planningYear.year !== cellYear) {
    yearMismatch = { cell: cellYear, headers: fresh.planningYear.year, from: fresh.planningYear.from };
  }
  // A name whose column header states another year than its role: planning-year names under "Plan <Planjahr>",
  // others under "Ist <Planjahr − 1>" (the names of last year's copy pointing at last year's columns).
  // Read with the AIP_Planjahr cell kept: the planning year is the cell's, not the first header's.
  const planYearNow = typeof cellYear === "number" ? cellYear : fresh.planningYear?.year;
  const withCell = typeof cellYear === "number" ? proposeMapping(read.used, [], { learnedLabels: mergeLearned(own, learnedLabels) }) : fresh;
  const currentHigh = new Map(withCell.proposals.filter((p) => p.confidence === "high").map((p) => [p.name, p]));
  const oldColumns: StaleName[] = [];
  if (planYearNow !== undefined) {
    for (const r of sound.filter((x) => x.entry.kind !== "table" && x.entry.name !== "AIP_Planjahr")) {
      const header = headerAboveCell(read.used, r.state.ref);
      const h = header ? headerYear(header) : undefined;
      if (!h || h.year === (h.role === "plan" ? planYearNow : planYearNow - 1)) continue;
      const p = currentHigh.get(r.entry.name);
      if (p && !sameRef(p.ref, r.state.ref)) oldColumns.push({ name: r.entry.name, ref: r.state.ref, proposedRef: p.ref });
    }
  }
  const stale = [...grown, ...oldColumns.filter((o) => !grown.some((g) => g.name === o.name))];
  if (yearMismatch) {
    for (const r of sound) {
      const p = freshHigh.get(r.entry.name);
      if (p && !sameRef(p.ref, r.state.ref) && !stale.some((s) => s.name === r.entry.name)) stale.push({ name: r.entry.name, ref: r.state.ref, proposedRef: p.ref });
    }
  }
  const contractDefined = rows.some((r) => r.state.kind === "sound" || r.state.kind === "broken");
  return {
    areas,
    mapping,
    high: mapping.proposals.filter((p) => p.confidence === "high" && rows.some((r) => r.entry.name === p.name && r.state.kind === "proposed")),
    ...(yearMismatch ? { yearMismatch } : {}),
    grown,
    oldColumns,
    stale,
    markedCount: read.names.filter((n) => isMarkedByAddIn(n.comment)).length,
    noContractNames: !contractDefined,
  };
}
