// The check engine: snapshot and settings in, findings out. Builds the resolved view once, runs every
// rule of the registry on it, gives each report the rule's (possibly overridden) severity, renders its
// message from the rule's catalogue in the requested language, and sorts. Pure and deterministic; a rule
// that throws (or reports a message it cannot render) becomes an engine/regelfehler finding, never a crash.
import { parseCell, splitAddress } from "./address";
import { countedRules, coverageOf, type Coverage } from "./coverage";
import type { Finding, Severity } from "./finding";
import type { Lang } from "./format";
import { ENGINE_MESSAGES, ENGINE_RULE_ERROR } from "./messages/catalogue";
import { renderMessage, type MessageData } from "./messages/render";
import { isPreviousYearName, previousYearStatus } from "./previousYear";
import { buildView, type View } from "./resolve/view";
import { RULES } from "./rules";
import type { Rule, RuleReport } from "./rules/types";
import { completeSettings, ruleParams, ruleSeverity, type Settings } from "./ruleSettings";
import type { WorkbookSnapshot } from "./snapshot";

export type { Settings } from "./ruleSettings";
export { DEFAULT_SETTINGS } from "./ruleSettings";
export { ENGINE_RULE_ERROR } from "./messages/catalogue";
export type { Coverage, SkippedRule } from "./coverage";

/** A check's findings and what it covered (see src/core/coverage.ts for what "skipped" means). */
export interface CheckResult {
  findings: Finding[];
  coverage: Coverage;
}

export interface CheckOptions {
  /** Language of each finding's `message` (default German); messageId and data do not depend on it. */
  lang?: Lang;
  /** The rules to run (tests); hosts use the registry. */
  rules?: readonly Rule[];
}

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
  // Last resort: the data, not the rendered text, so the order is the same in every language.
  const da = `${a.messageId}\u0000${JSON.stringify(a.data)}`;
  const db = `${b.messageId}\u0000${JSON.stringify(b.data)}`;
  return da < db ? -1 : da > db ? 1 : 0;
}

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err));

function engineFinding(messageId: keyof typeof ENGINE_MESSAGES, data: MessageData, names: string[], lang: Lang): Finding {
  const message = renderMessage(ENGINE_MESSAGES, messageId, data, lang);
  return { rule: ENGINE_RULE_ERROR, severity: "error", messageId, data, message, names, cells: [] };
}

/**
 * Check a workbook snapshot. Findings come sorted by severity, then rule id, then first cell. The third
 * argument is the options, or (older form, for tests) the rules to run.
 */
export function check(
  snapshot: WorkbookSnapshot,
  settings?: Settings,
  options: CheckOptions | readonly Rule[] = {},
): Finding[] {
  return checkWithCoverage(snapshot, settings, options).findings;
}

const MILDER: Record<Severity, Severity> = { error: "warning", warning: "info", info: "info" };

/** {@link check}, and which rules ran and which were skipped because names they need are missing or broken. */
export function checkWithCoverage(
  snapshot: WorkbookSnapshot,
  settings?: Settings,
  options: CheckOptions | readonly Rule[] = {},
): CheckResult {
  const { rules = RULES, lang = "de" } = Array.isArray(options) ? { rules: options as readonly Rule[] } : (options as CheckOptions);
  const complete = completeSettings(settings);
  const active = rules.filter((rule) => ruleSeverity(complete, rule.meta) !== "off");
  const activeRules = active.map((r) => r.meta);
  const findings: Finding[] = [];
  let view: View;
  try {
    view = buildView(snapshot);
  } catch (err) {
    const counted = countedRules(activeRules, undefined);
    return {
      findings: [engineFinding("mappeNichtAuswertbar", { detail: describe(err) }, [], lang)],
      coverage: { rulesRun: 0, rulesTotal: counted.length, rulesSkipped: counted.map((r) => ({ rule: r.id, missing: [] })) },
    };
  }

  const vjStatus = previousYearStatus(view);
  const withVjStatus = (family: string, r: RuleReport): MessageData =>
    family !== "namen" && family !== "typen" && Object.keys(vjStatus).length && r.names.some(isPreviousYearName) ? { ...r.data, ...vjStatus } : r.data;
  for (const rule of active) {
    const severity = ruleSeverity(complete, rule.meta) as Severity;
    try {
      const reports = rule.check({ view, settings: complete, params: ruleParams(complete, rule.meta), activeRules });
      // Render all before keeping any: a report that cannot be rendered fails the whole rule, visibly.
      const rendered = reports.map((r): Finding => {
        const data = withVjStatus(rule.meta.family, r);
        return {
          rule: rule.meta.id,
          severity: r.milder ? MILDER[severity] : severity,
          messageId: r.messageId,
          data,
          message: renderMessage(rule.meta.messages, r.messageId, data, lang),
          names: [...r.names],
          cells: [...r.cells],
        };
      });
      findings.push(...rendered);
    } catch (err) {
      findings.push(
        engineFinding("regelAbgebrochen", { rule: rule.meta.id, detail: describe(err) }, [...(rule.meta.names ?? [])], lang),
      );
    }
  }

  const keys = new Map(findings.map((f) => [f, cellKey(f.cells[0])] as const));
  return { findings: findings.sort((a, b) => compareFindings(a, b, keys)), coverage: coverageOf(activeRules, view) };
}
