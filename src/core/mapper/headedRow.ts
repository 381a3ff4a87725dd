// One row read under a head row whose columns give the roles ("Ist 2025 | Ziel 2026 | Veränd. ggü. VJ"), once a
// finder has read the row's label (split over columns, ./splitLabels.ts, or numbered in an outline,
// ./outlineTable.ts): a candidate per value column whose role the figure has, its value judged by kind.
import { contractName } from "../contract";
import { readColumn } from "../columnRoles";
import type { Candidate, Claims } from "./candidate";
import { judgedCandidate } from "./judgedCandidate";
import { lowFor } from "./labelLows";
import { latestYearRoles } from "./context";
import type { SheetGrid } from "./grid";
import type { LabelSpec } from "./labels";
import { fold } from "./normalize";
import { roleOf, type RoleOrNone } from "./roles";
import { judgeValue } from "./values";

export interface ValueHeads {
  values: Array<{ col: number; head: string }>;
  roles: Array<RoleOrNone | undefined>;
  /** Customer figures are as of the latest year reported (../context.ts latestYearRoles). */
  latest: Array<RoleOrNone | undefined>;
  /** Last year's programme ("Ziel 2024 | Veränderung" in 2025): its change is that programme's. */
  otherPlan: boolean;
}

export function valueHeads(values: Array<{ col: number; head: string }>, planYear: number | undefined): ValueHeads {
  const roles = values.map((v) => roleOf(fold(v.head), planYear));
  const otherPlan = !roles.includes("current") && values.some((v) => readColumn(fold(v.head)).kind === "plan");
  return { values, roles, latest: latestYearRoles(values.map((v) => v.head), planYear), otherPlan };
}

/**
 * The candidates of row `r` read as `label` (naming `spec`), its label cell at `labelCol`. A weak label outside its
 * area stays low, as a single label does (./findCells.ts); the topic's words are no foreign wording.
 */
export function rowCandidates(sheet: SheetGrid, r: number, spec: LabelSpec, label: string, labelCol: number, heads: ValueHeads, claims: Claims): Candidate[] {
  const out: Candidate[] = [];
  const context = lowFor(spec, sheet, r, labelCol, claims, label);
  heads.values.forEach(({ col, head }, k) => {
    const role = spec.latestYear ? heads.latest[k] : heads.roles[k];
    if (role === undefined || role === "none" || (heads.otherPlan && role === "change")) return;
    const name = spec.names[role];
    const v = sheet.value(r, col);
    const kind = name ? contractName(name)?.kind : undefined;
    if (!name || v === null || !kind || (kind === "text") !== (typeof v === "string")) return;
    const j = judgeValue(name, v, sheet.format(r, col), false, `${label} ${head}`);
    out.push(judgedCandidate(sheet, name, { row: r, col }, { row: r, col: labelCol }, `${label} / ${head}`, v, [...context], j));
  });
  return out;
}
