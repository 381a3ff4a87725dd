// The Prüfen page: "Mappe prüfen", the summary, the findings grouped by severity (a click selects the
// cells in the workbook), the severity filter, marks in the sheet and the Prüfprotokoll.
import { useMemo, useState } from "react";
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Coverage } from "../../core/coverage";
import { SEVERITIES, type Finding, type Severity } from "../../core/finding";
import type { LastCheckStatus } from "../../excel/host";
import { runCheck, type CheckRun } from "../checkRun";
import { countBySeverity, groupBySeverity, suggestsSetup, visibleFindings } from "../findingsView";
import { usePane } from "../PaneContext";
import { LastCheckCard } from "../components/LastCheckCard";
import { StatusMessage } from "../components/StatusMessage";
import { useHostAction } from "../useHostAction";
import { markStatus, unmarkStatus } from "../marksMessage";

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  counts: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  finding: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    alignItems: "flex-start",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightRegular,
    height: "auto",
  },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  groupHeading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase400 },
});

export interface CheckPageProps {
  run: CheckRun | undefined;
  onRun: (run: CheckRun) => void;
  lastCheck: LastCheckStatus | undefined;
  /** Open Einrichten (shown when the check found contract names missing). */
  onSetup?: () => void;
}

export function CheckPage({ run, onRun, lastCheck, onSetup }: CheckPageProps) {
  const { host, t, version, language } = usePane();
  const styles = useStyles();
  const { busy, status, act } = useHostAction(t);
  const [shown, setShown] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));

  const findings = useMemo(() => run?.findings ?? [], [run]);
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const groups = useMemo(() => groupBySeverity(findings, shown), [findings, shown]);

  const check = () =>
    act(t.checkButton, async () => {
      const result = await runCheck(host, version, undefined, language);
      onRun(result);
      const details = [...result.settingsProblems, ...(result.notStored ? [result.notStored] : [])];
      if (result.notStored) return { intent: "warning", text: t.checkNotStored, details };
      return details.length > 0 ? { intent: "warning", text: t.settingsInvalidUsingDefaults, details } : undefined;
    });

  const toggle = (s: Severity) =>
    setShown((prev) => {
      const next = new Set(prev);
      if (next.has(s)) next.delete(s);
      else next.add(s);
      return next;
    });

  const select = (f: Finding) =>
    act(t.goToCells(f.cells.join(", ")), async () => {
      const selected = await host.selectCells(f.cells);
      return selected?.onlyFirstArea ? { intent: "info", text: t.onlyFirstAreaSelected(selected.onlyFirstArea) } : undefined;
    });

  return (
    <div className={styles.page}>
      <Text>{t.checkIntro}</Text>
      <div className={styles.row}>
        <Button appearance="primary" onClick={check} disabled={busy !== undefined} data-testid="run-check">
          {t.checkButton}
        </Button>
        {busy && <Spinner size="tiny" label={busy === t.checkButton ? t.checking : busy} />}
      </div>
      <StatusMessage status={status} testId="check-status" />

      {run && onSetup && suggestsSetup(run.findings) && (
        <MessageBar intent="warning" data-testid="check-setup-link">
          <MessageBarBody>
            {t.checkNoNamesLink}{" "}
            <Button size="small" appearance="primary" onClick={onSetup} data-testid="open-setup">
              {t.checkOpenSetup}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {run && (
        <>
          <section aria-labelledby="summary-heading" data-testid="summary">
            <Text as="h2" id="summary-heading" weight="semibold" size={500} block style={{ margin: 0 }}>
              {t.summaryHeading}
            </Text>
            {counts.error === 0 ? (
              <MessageBar intent="success" data-testid="no-errors">
                <MessageBarBody>
                  <MessageBarTitle>{t.noErrors}</MessageBarTitle>
                  {findings.length === 0 && t.noFindings}
                </MessageBarBody>
              </MessageBar>
            ) : (
              <MessageBar intent="error" data-testid="errors-found">
                <MessageBarBody>
                  <MessageBarTitle>{t.errorsFound(counts.error)}</MessageBarTitle>
                </MessageBarBody>
              </MessageBar>
            )}
            <div className={styles.counts} style={{ marginTop: 8 }}>
              {SEVERITIES.map((s) => (
                <Badge key={s} appearance="tint" color={BADGE_COLOR[s]} size="large" data-testid={`count-${s}`}>
                  {t.severityPlural[s]}: {counts[s]}
                </Badge>
              ))}
            </div>
            {run.coverage && <CoverageLine coverage={run.coverage} />}
          </section>

          {findings.length > 0 && (
            <>
              <div className={styles.row} role="group" aria-label={t.filterLabel}>
                {SEVERITIES.map((s) => (
                  <ToggleButton key={s} size="small" checked={shown.has(s)} onClick={() => toggle(s)} data-testid={`filter-${s}`}>
                    {t.severityPlural[s]} ({counts[s]})
                  </ToggleButton>
                ))}
              </div>
              <div className={styles.row} role="group" aria-label={t.actionsLabel}>
                <Button
                  onClick={() =>
                    act(t.markButton, async () => markStatus(await host.applyMarks(visibleFindings(findings, shown)), t))
                  }
                  disabled={busy !== undefined || visibleFindings(findings, shown).length === 0}
                  data-testid="mark"
                >
                  {t.markButton}
                </Button>
                <Button
                  onClick={() =>
                    act(t.unmarkButton, async () => unmarkStatus(await host.removeMarks(), t))
                  }
                  disabled={busy !== undefined}
                  data-testid="unmark"
                >
                  {t.unmarkButton}
                </Button>
              </div>
            </>
          )}
          <div className={styles.row}>
            <Button
              onClick={() =>
                act(t.protocolButton, async () => {
                  // Written in the language of the person who writes it: the findings are rendered in it, and
                  // `lang` says which (the sheet names its language).
                  const report = { at: new Date(run.status.at), version, settings: run.settings, findings, lang: run.lang };
                  await host.writeProtocol(report);
                  return { intent: "success", text: t.protocolWritten };
                })
              }
              disabled={busy !== undefined}
              data-testid="protocol"
            >
              {t.protocolButton}
            </Button>
            <Button
              onClick={() =>
                act(t.tablesButton, async () => {
                  // The tables come from the workbook as it is now, not from the last check's snapshot.
                  // The tables' builder is loaded on this click, not with the pane's first bundle.
                  const { programmeTables } = await import(/* webpackChunkName: "engine" */ "../../core/document/programmeTables");
                  const tables = programmeTables(await host.readSnapshot());
                  const result = await host.writeProgrammeTables(tables);
                  if (!result.written) return { intent: "error", text: result.reason };
                  const missing = [...new Set(tables.flatMap((x) => x.missing))];
                  const text = t.tablesWritten(result.sheet, result.replaced, result.userSheetKept);
                  return missing.length ? { intent: "warning", text: `${text} ${t.tablesMissing(missing.join(", "))}` } : { intent: "success", text };
                })
              }
              disabled={busy !== undefined}
              data-testid="aip-tables"
            >
              {t.tablesButton}
            </Button>
          </div>

          {run.notes.length > 0 && (
            <MessageBar intent="info">
              <MessageBarBody>
                <MessageBarTitle>{t.hostNotes}</MessageBarTitle>
                {run.notes.join(" ")}
              </MessageBarBody>
            </MessageBar>
          )}

          {findings.length > 0 && (
            <section aria-labelledby="findings-heading" data-testid="findings">
              <Text as="h2" id="findings-heading" weight="semibold" size={500} block style={{ margin: 0 }}>
                {t.findingsHeading}
              </Text>
              {groups.length === 0 && <Text>{t.findingsHidden}</Text>}
              {groups.map((g) => (
                <section key={g.severity} aria-labelledby={`group-${g.severity}`} data-testid={`group-${g.severity}`}>
                  <h3 id={`group-${g.severity}`} className={styles.groupHeading}>
                    {t.severityPlural[g.severity]} ({g.findings.length})
                  </h3>
                  <ul className={styles.list}>
                    {g.findings.map((f, i) => (
                      <li key={`${f.rule}-${i}`}>
                        <Button
                          appearance="subtle"
                          className={styles.finding}
                          onClick={() => select(f)}
                          disabled={f.cells.length === 0}
                          data-testid="finding"
                          data-rule={f.rule}
                          title={f.cells.length > 0 ? t.goToCells(f.cells.join(", ")) : undefined}
                        >
                          <span>
                            <Badge appearance="filled" color={BADGE_COLOR[f.severity]} size="small" style={{ marginRight: 6 }}>
                              {t.severity[f.severity]}
                            </Badge>
                            {f.message}
                          </span>
                          <span className={styles.meta}>
                            {t.ruleLabel}: {run.ruleTitles[f.rule] ?? f.rule} ({f.rule}) · {t.cellsLabel}:{" "}
                            {f.cells.length > 0 ? f.cells.join(", ") : t.noCells}
                          </span>
                        </Button>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </section>
          )}
        </>
      )}

      <LastCheckCard status={run?.status ?? lastCheck} />
    </div>
  );
}

/** "geprüft: N von M Regeln; nicht prüfbar: … (fehlende Namen)": a pass must not look like a full check. */
function CoverageLine({ coverage }: { coverage: Coverage }) {
  const { t } = usePane();
  const checked = t.coverageChecked(coverage.rulesRun, coverage.rulesTotal);
  if (!coverage.rulesSkipped.length) {
    return (
      <Text block style={{ marginTop: 8 }} data-testid="coverage">
        {checked}
      </Text>
    );
  }
  const list = coverage.rulesSkipped.map((s) => (s.missing.length ? `${s.rule} (${s.missing.join(", ")})` : s.rule)).join(", ");
  return (
    <MessageBar intent="warning" style={{ marginTop: 8 }} data-testid="coverage">
      <MessageBarBody>
        <MessageBarTitle>{checked}</MessageBarTitle>
        {t.coverageSkipped(list)}
      </MessageBarBody>
    </MessageBar>
  );
}
