// How the Prüfen page arranges findings: counts per severity, groups in severity order, the filter.
import { SEVERITIES, type Finding, type Severity } from "../core/finding";

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Non-empty groups, errors first, each in the engine's order; only severities in `shown`. */
export function groupBySeverity(
  findings: readonly Finding[],
  shown: ReadonlySet<Severity>,
): { severity: Severity; findings: Finding[] }[] {
  return SEVERITIES.filter((s) => shown.has(s))
    .map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) }))
    .filter((g) => g.findings.length > 0);
}

/** The findings the filter lets through, e.g. for "In der Mappe markieren". */
export function visibleFindings(findings: readonly Finding[], shown: ReadonlySet<Severity>): Finding[] {
  return findings.filter((f) => shown.has(f.severity));
}

/**
 * Rules whose findings say the workbook lacks contract names or has them broken, so Einrichten can propose or
 * repair them: no area at all, a missing area, a missing name, a name without a range.
 */
const SETUP_RULES: ReadonlySet<string> = new Set(["namen/keine-bereiche", "namen/bereich-fehlt", "namen/fehlt", "namen/kein-bereich"]);

/** The check found missing or broken contract names: the pane offers Einrichten. */
export function suggestsSetup(findings: readonly Finding[]): boolean {
  return findings.some((f) => SETUP_RULES.has(f.rule));
}
