// The Übersicht page for team leads: key figures, Förderung Ist vs Plan (chart and table, with the change
// Ist → Plan per instrument) and the last check status. Strictly read-only: it reads a snapshot and nothing else — no marks, no settings, no
// status writes — so it is safe in a co-authored workbook.
import { Suspense, lazy, useCallback, useEffect, useState } from "react";
import { Badge, Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { BudgetTotal, OverviewFigures } from "../../core/overview";
import { loadEngine } from "../engine";
import type { LastCheckStatus } from "../../excel/host";
import { describeError, usePane } from "../PaneContext";
import { LastCheckCard } from "../components/LastCheckCard";
import { StatusMessage, type Status } from "../components/StatusMessage";
import { changeOf, signedFormatters } from "../overviewChange";

const FoerderChart = lazy(() => import(/* webpackChunkName: "chart" */ "../components/FoerderChart"));
const VerlaufSection = lazy(() => import(/* webpackChunkName: "chart" */ "../components/VerlaufSection"));

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  figures: { display: "grid", gridTemplateColumns: "1fr", gap: tokens.spacingVerticalS },
  figure: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: "flex", justifyContent: "space-between", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  headerButton: { flexShrink: 0 },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalM },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXS}`,
    verticalAlign: "bottom",
  },
  td: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXS}`,
    verticalAlign: "top",
  },
  big: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  sub: { color: tokens.colorNeutralForeground3 },
  num: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  rowHeader: { textAlign: "left", fontWeight: tokens.fontWeightRegular, overflowWrap: "break-word", hyphens: "auto" },
  numHead: { textAlign: "right" },
  caption: { textAlign: "left", color: tokens.colorNeutralForeground3, paddingBottom: tokens.spacingVerticalXS, captionSide: "top" },
});

export function OverviewPage({ lastCheck }: { lastCheck: LastCheckStatus | undefined }) {
  const { host, t, fmt, language } = usePane();
  const styles = useStyles();
  const [figures, setFigures] = useState<OverviewFigures | undefined>();
  const [status, setStatus] = useState<Status | undefined>();
  const [busy, setBusy] = useState(true);
  // The last check as stored in the workbook when this page last read it: in a shared workbook a co-author's
  // newer check arrives with "Aktualisieren" (the host reads document settings after refreshAsync).
  const [stored, setStored] = useState<LastCheckStatus | undefined>();
  const shownLastCheck = [lastCheck, stored].filter((c): c is LastCheckStatus => c !== undefined).sort((a, b) => b.at.localeCompare(a.at))[0];
  const signed = signedFormatters(language, t.noValue);

  /**
   * Read the workbook and apply the figures, computed with the settings stored in the workbook (as the
   * check uses them, so the page agrees with it); `alive` guards against a page left meanwhile.
   */
  const load = useCallback(
    (alive: () => boolean = () => true) =>
      Promise.all([loadEngine(), host.readSnapshot(), host.loadCheckSettings(), host.loadLastCheck().catch(() => undefined)])
        .then(
          ([engine, snapshot, settings, last]) => {
            if (!alive()) return;
            setStored(last);
            setFigures(engine.computeOverview(snapshot, engine.resolveStoredSettings(settings).settings));
          },
          (e) => alive() && setStatus({ intent: "error", text: t.failed(t.refresh, describeError(e, t)) }),
        )
        .finally(() => alive() && setBusy(false)),
    [host, t],
  );

  useEffect(() => {
    let alive = true;
    void load(() => alive);
    return () => {
      alive = false;
    };
  }, [load]);

  const refresh = () => {
    setBusy(true);
    setStatus(undefined);
    void load();
  };

  const reconciliation = (b: BudgetTotal) =>
    b.reconciles === undefined ? (
      <Badge appearance="tint" color="subtle">{t.unknownReconciliation}</Badge>
    ) : b.reconciles ? (
      <Badge appearance="tint" color="success">{t.reconciled}</Badge>
    ) : (
      <Badge appearance="tint" color="danger">{t.notReconciled(fmt.money(b.difference))}</Badge>
    );

  return (
    <div className={styles.page} data-testid="overview">
      <div className={styles.header}>
        <Text as="h2" weight="semibold" size={500} style={{ margin: 0 }}>
          {t.overviewHeading(figures?.jobcenter ?? "", figures?.planjahr !== undefined ? String(figures.planjahr) : "")}
        </Text>
        <Button size="small" className={styles.headerButton} onClick={refresh} disabled={busy}>
          {t.refresh}
        </Button>
      </div>
      <Text className={styles.sub}>{t.overviewReadOnly}</Text>
      <StatusMessage status={status} />
      {busy && !figures && <Spinner size="small" label={t.loading} />}

      <LastCheckCard status={shownLastCheck} />

      {figures && (
        <>
          <div className={styles.figures}>
            <div className={styles.figure} data-testid="figure-iq">
              <Text>{t.iqTarget}</Text>
              <Text className={styles.big}>{fmt.percent(figures.iq.target)}</Text>
              <Text className={styles.sub}>
                {t.iqPrevious}: {fmt.percent(figures.iq.previousYear)} · {t.iqChange}: {fmt.change(figures.iq.change)} ·{" "}
                {t.statedChange}: {fmt.change(figures.iq.statedChange)}
              </Text>
            </div>
            <div className={styles.figure} data-testid="figure-lzb">
              <Text>{t.lzbTarget}</Text>
              <Text className={styles.big}>{fmt.count(figures.lzb.target)}</Text>
              <Text className={styles.sub}>
                {t.statedChange}: {fmt.change(figures.lzb.statedChange)}
              </Text>
            </div>
            {(
              [
                [t.verwaltungshaushalt, figures.verwaltungshaushalt, "figure-vh"],
                [t.eingliederungsbudget, figures.eingliederungsbudget, "figure-eb"],
              ] as const
            ).map(([label, b, id]) => (
              <div key={id} className={styles.figure} data-testid={id}>
                <Text>{label}</Text>
                <Text className={styles.big}>{fmt.money(b.total)}</Text>
                <Text className={styles.sub}>
                  {t.sumOfParts}: {fmt.money(b.sumOfParts)} {reconciliation(b)}
                </Text>
              </div>
            ))}
          </div>

          <div className={styles.figure} data-testid="figure-mittel">
            <Text>{t.mittelHeading}</Text>
            {(
              [
                [t.vorbindungsquote, fmt.percent(figures.mittel.vorbindungsquote), figures.mittel.vorbindungsquote],
                [t.umschichtungsquote, fmt.percent(figures.mittel.umschichtungsquote), figures.mittel.umschichtungsquote],
                [t.impliedIntegrations, fmt.count(figures.mittel.impliedIntegrations), figures.mittel.impliedIntegrations],
                [t.impliedLzbShare, fmt.percent(figures.mittel.impliedLzbShare), figures.mittel.impliedLzbShare],
              ] as const
            )
              .filter(([, , x]) => x !== undefined)
              .map(([label, text]) => (
                <Text key={label} className={styles.sub}>
                  {label}: {text}
                </Text>
              ))}
            {figures.mittel.neubewilligungenJeEintritt.length > 0 && (
              <Text className={styles.sub}>
                {t.neubewilligungenJeEintritt}: {figures.mittel.neubewilligungenJeEintritt.map((i) => `${i.instrument} ${fmt.money(i.euro)}`).join(" · ")}
              </Text>
            )}
          </div>

          {figures.unreadable.length > 0 && (
            <StatusMessage status={{ intent: "warning", text: t.unreadableFigures(figures.unreadable.join(", ")) }} />
          )}

          <section aria-labelledby="foerderung-heading">
            <Text as="h3" id="foerderung-heading" weight="semibold" size={400} block>
              {t.foerderungHeading}
            </Text>
            {figures.foerderung.instruments.length > 0 && (
              <Suspense fallback={<Spinner size="tiny" label={t.chartLoading} />}>
                <FoerderChart instruments={figures.foerderung.instruments} t={t} language={language} />
              </Suspense>
            )}
            <table className={styles.table} data-testid="foerder-table">
              <caption className={styles.caption}>{t.overviewChangeCaption}</caption>
              <thead>
                <tr>
                  <th scope="col" className={styles.th}>
                    {t.instrument}
                  </th>
                  <th scope="col" className={`${styles.th} ${styles.numHead}`}>
                    {t.ist}
                  </th>
                  <th scope="col" className={`${styles.th} ${styles.numHead}`}>
                    {t.plan}
                  </th>
                  <th scope="col" className={`${styles.th} ${styles.numHead}`}>
                    {t.changeAbsolute}
                  </th>
                  <th scope="col" className={`${styles.th} ${styles.numHead}`}>
                    {t.changePercent}
                  </th>
                </tr>
              </thead>
              <tbody>
                {figures.foerderung.instruments.map((i, n) => {
                  const change = changeOf(i);
                  return (
                    <tr key={n} data-testid="foerder-row">
                      <th scope="row" className={`${styles.td} ${styles.rowHeader}`}>
                        {i.instrument}
                      </th>
                      <td className={`${styles.td} ${styles.num}`}>{fmt.count(i.ist)}</td>
                      <td className={`${styles.td} ${styles.num}`}>{fmt.count(i.plan)}</td>
                      <td className={`${styles.td} ${styles.num}`}>{signed.count(change.absolute)}</td>
                      <td className={`${styles.td} ${styles.num}`}>{signed.percent(change.relative)}</td>
                    </tr>
                  );
                })}
                {figures.foerderung.gesamt && (
                  <tr>
                    <th scope="row" className={styles.td} style={{ textAlign: "left" }}>
                      {t.total}
                    </th>
                    <td className={`${styles.td} ${styles.num}`}>
                      <strong>{fmt.count(figures.foerderung.gesamt.ist)}</strong>
                    </td>
                    <td className={`${styles.td} ${styles.num}`}>
                      <strong>{fmt.count(figures.foerderung.gesamt.plan)}</strong>
                    </td>
                    <td className={`${styles.td} ${styles.num}`}>
                      <strong>{signed.count(changeOf(figures.foerderung.gesamt).absolute)}</strong>
                    </td>
                    <td className={`${styles.td} ${styles.num}`}>
                      <strong>{signed.percent(changeOf(figures.foerderung.gesamt).relative)}</strong>
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </section>

          {figures.verlauf && (
            <Suspense fallback={<Spinner size="tiny" label={t.chartLoading} />}>
              <VerlaufSection verlauf={figures.verlauf} t={t} fmt={fmt} language={language} />
            </Suspense>
          )}
        </>
      )}
    </div>
  );
}
