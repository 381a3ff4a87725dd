// The check engine: snapshot and settings in, findings out. Builds the resolved view once, runs every
// rule of the registry on it, gives each report the rule's (possibly overridden) severity, and sorts.
// Pure and deterministic; a rule that throws becomes an engine/regelfehler finding, never a crash.
import { parseCell, splitAddress } from "./address";
import type { Finding, Severity } from "./finding";
import { RULES } from "./rules";
import type { Rule } from "./rules/types";
import { buildView, type View } from "./rules/view";
import { completeSettings, ruleParams, ruleSeverity, type Settings } from "./settings";
import type { WorkbookSnapshot } from "./snapshot";

export type { Settings } from "./settings";
export { DEFAULT_SETTINGS, parseSettings } from "./settings";

/** Rule id of the finding that replaces a rule which failed with an exception. */
export const ENGINE_RULE_ERROR = "engine/regelfehler";

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sort key of a cell: sheet, then row, then column (so D9 comes before D10). */
function cellKey(cell: string | undefined): [string, number, number] {
  if (!cell) return ["", -1, -1];
  try {
    const { sheet, range } = splitAddress(cell);
    const { row, col } = parseCell(range.split(":")[0]);
    return [sheet, row, col];
  } catch {
    return [cell, -1, -1];
  }
}

function compareFindings(a: Finding, b: Finding, keys: Map<Finding, [string, number, number]>): number {
  const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (bySeverity) return bySeverity;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  const ka = keys.get(a)!;
  const kb = keys.get(b)!;
  if (ka[0] !== kb[0]) return ka[0] < kb[0] ? -1 : 1;
  if (ka[1] !== kb[1]) return ka[1] - kb[1];
  if (ka[2] !== kb[2]) return ka[2] - kb[2];
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Check a workbook snapshot. Findings come sorted by severity, then rule id, then first cell.
 * `rules` is for tests; hosts use the registry.
 */
export function check(snapshot: WorkbookSnapshot, settings?: Settings, rules: readonly Rule[] = RULES): Finding[] {
  const complete = completeSettings(settings);
  const findings: Finding[] = [];
  let view: View;
  try {
    view = buildView(snapshot);
  } catch (err) {
    return [
      {
        rule: ENGINE_RULE_ERROR,
        severity: "error",
        message: `Die Mappe konnte nicht ausgewertet werden: ${describe(err)}`,
        names: [],
        cells: [],
      },
    ];
  }

  for (const rule of rules) {
    const severity = ruleSeverity(complete, rule.meta);
    if (severity === "off") continue;
    try {
      const reports = rule.check({ view, settings: complete, params: ruleParams(complete, rule.meta) });
      for (const r of reports) {
        findings.push({ rule: rule.meta.id, severity, message: r.message, names: [...r.names], cells: [...r.cells] });
      }
    } catch (err) {
      findings.push({
        rule: ENGINE_RULE_ERROR,
        severity: "error",
        message: `Die Regel ${rule.meta.id} („${rule.meta.title}“) ist mit einem Fehler abgebrochen und hat nichts geprüft: ${describe(err)}`,
        names: [...(rule.meta.names ?? [])],
        cells: [],
      });
    }
  }

  const keys = new Map(findings.map((f) => [f, cellKey(f.cells[0])] as const));
  return findings.sort((a, b) => compareFindings(a, b, keys));
}
