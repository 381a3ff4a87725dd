// The task pane: a header, the pages as keyboard-operable tabs (Einrichten, Prüfen, Übersicht, Einstellungen),
// and the state that outlives a tab switch (the last check run and the stored last check status).
import { Suspense, lazy, useEffect, useState } from "react";
import { Spinner, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { LastCheckStatus } from "../excel/host";
import type { CheckRun } from "./checkRun";
import { PAGES, type Page, type PageSwitch } from "./pageSwitch";
import { usePane } from "./PaneContext";
import { CheckPage } from "./pages/CheckPage";
import { OverviewPage } from "./pages/OverviewPage";
import { SetupPage } from "./pages/SetupPage";
import { runCheck } from "./checkRun";
import { describeError } from "./PaneContext";

// The settings page brings the rules and the zod schema; it loads when first opened (the Prüfen page loads
// the same chunk on the first check), so neither delays the first render.
const SettingsPage = lazy(() => import(/* webpackChunkName: "settings" */ "./pages/SettingsPage"));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minWidth: "260px",
  },
  panel: { paddingTop: tokens.spacingVerticalS },
});

export interface AppProps {
  initialPage: Page;
  pageSwitch?: PageSwitch;
}

export function App({ initialPage, pageSwitch }: AppProps) {
  const { host, t, version, language } = usePane();
  const styles = useStyles();
  const [page, setPage] = useState<Page>(initialPage);
  const [run, setRun] = useState<CheckRun | undefined>();
  const [lastCheck, setLastCheck] = useState<LastCheckStatus | undefined>();

  useEffect(() => pageSwitch?.subscribe(setPage), [pageSwitch]);

  // A workbook without any contract name starts on Einrichten (one sync), unless a ribbon command asked for a
  // page or the user already chose one.
  useEffect(() => {
    if (initialPage !== "check" || pageSwitch?.lastRequested) return;
    let alive = true;
    host.hasContractNames().then(
      (has) => alive && !has && setPage((p) => (p === "check" ? "setup" : p)),
      () => undefined, // the Prüfen page reports real failures when the user checks
    );
    return () => {
      alive = false;
    };
  }, [host, initialPage, pageSwitch]);

  useEffect(() => {
    let alive = true;
    host.loadLastCheck().then(
      (s) => alive && setLastCheck(s),
      () => undefined, // no stored status is shown as "noch keine Prüfung"; the check page reports real failures
    );
    return () => {
      alive = false;
    };
  }, [host]);

  const label: Record<Page, string> = { setup: t.tabSetup, check: t.tabCheck, overview: t.tabOverview, settings: t.tabSettings };
  const [setupCheckError, setSetupCheckError] = useState<string | undefined>();

  /** Einrichten's "Mappe prüfen": the check runs on the new names, then the Prüfen page shows it. */
  const checkAfterSetup = () => {
    setSetupCheckError(undefined);
    runCheck(host, version, undefined, language).then(
      (r) => {
        setRun(r);
        setLastCheck(r.status);
        setPage("check");
      },
      (e) => setSetupCheckError(t.failed(t.checkButton, describeError(e, t))),
    );
  };

  return (
    <main className={styles.root}>
      <Text as="h1" weight="bold" size={600} style={{ margin: 0 }}>
        {t.appTitle}
      </Text>
      <TabList
        size="small"
        selectedValue={page}
        onTabSelect={(_, d) => setPage(d.value as Page)}
        aria-label={t.tabsLabel}
      >
        {PAGES.map((p) => (
          <Tab key={p} value={p} id={`tab-${p}`} aria-controls={`panel-${p}`} data-testid={`tab-${p}`}>
            {label[p]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`panel-${page}`} aria-labelledby={`tab-${page}`} className={styles.panel}>
        {page === "setup" && (
          <>
            <SetupPage onCheck={checkAfterSetup} />
            {setupCheckError && <Text role="alert">{setupCheckError}</Text>}
          </>
        )}
        {page === "check" && (
          <CheckPage
            onSetup={() => setPage("setup")}
            run={run}
            lastCheck={lastCheck}
            onRun={(r) => {
              setRun(r);
              setLastCheck(r.status);
            }}
          />
        )}
        {page === "overview" && <OverviewPage lastCheck={lastCheck} />}
        {page === "settings" && (
          <Suspense fallback={<Spinner size="small" label={t.loading} />}>
            <SettingsPage />
          </Suspense>
        )}
      </div>
    </main>
  );
}
