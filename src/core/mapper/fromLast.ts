// Next year's copy (issue 13 §3): last year's workbook has the names, this year's has the cells moved on
// (a row added, the years' columns shifted, the sheet renamed "Ziele 2025"). Each single-cell name of
// last year's file gives the label beside its cell as a remembered label (./learned.ts); the mapper then
// finds that label in the new file, by the column's role. `compareWithLast` says which names stayed in
// their cell, which moved, which were not found.
import { splitAddress } from "../address";
import { CONTRACT, contractName } from "../contract";
import { addLearned, learnedKey, learnFromAssignment } from "./learned";
import type { ExistingName, LearnedLabel, MappingResult, UsedCellsSnapshot } from "./types";

export interface LastName {
  name: string;
  /** Absolute reference without "=". */
  ref: string;
}

export interface FromLast {
  labels: LearnedLabel[];
  /** The single-cell contract names of last year's file. */
  names: LastName[];
  /** Names whose cell has no usable label (generic, none), with the reason. */
  skipped: Array<{ name: string; reason: string }>;
}

/** The remembered labels last year's names give. */
export function labelsFromLast(used: UsedCellsSnapshot, existing: readonly ExistingName[]): FromLast {
  let labels: LearnedLabel[] = [];
  const names: LastName[] = [];
  const skipped: FromLast["skipped"] = [];
  for (const n of existing) {
    const entry = contractName(n.name);
    if (!entry || entry.kind === "table" || (n.scope && n.scope.kind !== "workbook")) continue;
    const ref = (n.refersTo ?? "").replace(/^=/, "");
    if (!/!\$?[A-Z]+\$?\d+$/i.test(ref)) continue; // not a single cell (#REF!, a range, a formula)
    names.push({ name: entry.name, ref });
    const outcome = learnFromAssignment(used, entry.name, ref);
    if ("learned" in outcome) labels = addLearned(labels, outcome.learned);
    else skipped.push({ name: entry.name, reason: outcome.skipped });
  }
  return { labels, names, skipped };
}

export interface LastComparison {
  stayed: Array<{ name: string; ref: string; confidence: "high" | "low" }>;
  moved: Array<{ name: string; from: string; to: string; confidence: "high" | "low" }>;
  notFound: Array<{ name: string; from: string; reason: string }>;
}

/** Same cell when the address is equal and the sheet is the same apart from its years ("Ziele 2024" = "Ziele 2025"). */
function sameCell(a: string, b: string): boolean {
  const x = splitAddress(a);
  const y = splitAddress(b);
  return learnedKey(x.sheet) === learnedKey(y.sheet) && x.range.replace(/\$/g, "").toUpperCase() === y.range.replace(/\$/g, "").toUpperCase();
}

/** Where each of last year's names is proposed in the new file. */
export function compareWithLast(result: MappingResult, last: FromLast): LastComparison {
  const proposals = new Map(result.proposals.map((p) => [p.name, p]));
  const why = new Map(result.missingReasons.map((m) => [m.name, m.reason]));
  const skipped = new Map(last.skipped.map((s) => [s.name, s.reason]));
  const out: LastComparison = { stayed: [], moved: [], notFound: [] };
  const rank = new Map(CONTRACT.map((c, i) => [c.name, i]));
  for (const n of [...last.names].sort((a, b) => rank.get(a.name)! - rank.get(b.name)!)) {
    if (result.existing.includes(n.name)) continue;
    const p = proposals.get(n.name);
    if (!p) out.notFound.push({ name: n.name, from: n.ref, reason: skipped.get(n.name) ?? why.get(n.name) ?? "" });
    else if (sameCell(p.ref, n.ref)) out.stayed.push({ name: n.name, ref: p.ref, confidence: p.confidence });
    else out.moved.push({ name: n.name, from: n.ref, to: p.ref, confidence: p.confidence });
  }
  return out;
}
