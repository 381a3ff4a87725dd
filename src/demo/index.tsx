// Browser demo entry: the task pane against the fake Excel holding the 2024 example, beside a read-only
// grid of the fake workbook. Same adapter (createOfficeHost) and same components as in Excel; only
// Excel.run, the document settings and Office.context.requirements are the fake's. ?lang=en for English, ?page=overview
// or ?page=settings to open another page first; ?workbook=verlauf adds the monthly sheet; ?workbook=existing opens "bestehende Mappe ohne Namen" (the
// seed's tables as printed, no defined names); without names the pane moves to Einrichten, as in Excel.
// ?workbook=own / own-next / own-other: a workbook in its own words (issue 13 §3), next year's copy of it
// (opened with the document settings the first one saved, as "Speichern unter" keeps them), and another
// Jobcenter's workbook in the same words.
import { useEffect, useReducer } from "react";
import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { createDemoHost } from "../excel/demoHost";
import type { FakeExcel } from "../excel/fake";
import { pickLanguage } from "../taskpane/i18n";
import { ADDIN_VERSION, Pane, mountPane, paneEnvironment } from "../taskpane/mount";
import { PAGES, type Page } from "../taskpane/pageSwitch";
import type { PaneEnvironment } from "../taskpane/PaneContext";
import { addVerlauf2024, buildExample2024 } from "../core/example";
import { DemoGrid } from "./DemoGrid";
import { layoutModel, ownWordsLayout, seedLayout, type Layout } from "./layouts";

const WORKBOOKS = ["example", "verlauf", "existing", "own", "own-next", "own-other"] as const;
type DemoWorkbook = (typeof WORKBOOKS)[number];

const useStyles = makeStyles({
  layout: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalM,
  },
  pane: {
    width: "380px",
    flexShrink: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  grid: { flexGrow: 1, flexBasis: "420px", minWidth: 0 },
});

/** What a user clicking a cell in Excel does: the selection changes, nothing else. */
function selectCell(fake: FakeExcel, address: string) {
  fake.view.selection = { sheet: fake.view.activeSheet, address };
}

/** What a user clicking a sheet tab in Excel does: the active sheet changes, nothing else. */
function activateSheet(fake: FakeExcel, name: string) {
  fake.view.activeSheet = name;
}

/** Choosing another demo workbook reloads the demo with it (a new fake Excel, as opening another file). */
/** Where "Als Kopie fürs nächste Jahr öffnen" hands the saved settings to the reloaded demo (one use). */
const CARRY_KEY = "aip-demo-saved-settings";

function openWorkbook(workbook: DemoWorkbook) {
  const next = new URLSearchParams(window.location.search);
  next.set("workbook", workbook);
  next.delete("page");
  window.location.search = next.toString();
}

function WorkbookPicker({ current, env, fake }: { current: DemoWorkbook; env: PaneEnvironment; fake: FakeExcel }) {
  return (
    <label style={{ display: "inline-flex", gap: 8, alignItems: "center", padding: "8px 12px" }}>
      {env.t.demoWorkbookLabel}
      <select
        value={current}
        data-testid="demo-workbook"
        onChange={(e) => openWorkbook(e.target.value as DemoWorkbook)}
      >
        {WORKBOOKS.map((w) => (
          <option key={w} value={w}>
            {env.t.demoWorkbooks[w]}
          </option>
        ))}
      </select>
      {current === "own" && (
        <button
          type="button"
          data-testid="demo-next-year"
          onClick={() => {
            // Only what the file keeps: the settings as last saved with saveAsync.
            sessionStorage.setItem(CARRY_KEY, JSON.stringify(fake.document.settings));
            openWorkbook("own-next");
          }}
        >
          {env.t.demoNextYearCopy}
        </button>
      )}
    </label>
  );
}

function DemoApp({ fake, env, initialPage, workbook }: { fake: FakeExcel; env: PaneEnvironment; initialPage: Page; workbook: DemoWorkbook }) {
  const styles = useStyles();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => fake.subscribe(rerender), [fake]);

  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{workbook === "existing" ? env.t.demoBannerExisting : workbook === "example" ? env.t.demoBanner : env.t.demoBannerOwn}</MessageBarBody>
      </MessageBar>
      <WorkbookPicker current={workbook} env={env} fake={fake} />
      <div className={styles.layout}>
        <div className={styles.pane} data-testid="pane">
          <Pane env={env} initialPage={initialPage} />
        </div>
        <div className={styles.grid}>
          <DemoGrid
            sheets={fake.model.sheets}
            activeSheet={fake.view.activeSheet}
            selection={fake.view.selection}
            marks={fake.document.conditionalFormats}
            writes={fake.writeLog.length}
            onSelectSheet={(name) => {
              activateSheet(fake, name);
              rerender();
            }}
            onSelectCell={(address) => {
              selectCell(fake, address);
              rerender();
            }}
            t={env.t}
            language={env.language}
          />
        </div>
      </div>
    </>
  );
}

const params = new URLSearchParams(window.location.search);
const language = pickLanguage(params.get("lang"));
const requested = params.get("page") as Page | null;
const workbook: DemoWorkbook = (WORKBOOKS as readonly string[]).includes(params.get("workbook") ?? "") ? (params.get("workbook") as DemoWorkbook) : "example";
// As in Excel, the pane starts on Prüfen and moves to Einrichten by itself when no contract name is defined.
const initialPage: Page = requested && PAGES.includes(requested) ? requested : "check";

// How a real Excel may behave, for trying the pane's messages (e.g. ?excel=settingsSaveFails: Excel on the web
// refusing to save document settings). Only these switches; anything else is ignored.
const EXCEL_SWITCHES = ["settingsSaveFails", "readOnly", "listSeparatorSemicolon", "cfIdIsPriority"] as const;
const excel = Object.fromEntries(
  (params.get("excel") ?? "")
    .split(",")
    .filter((k): k is (typeof EXCEL_SWITCHES)[number] => (EXCEL_SWITCHES as readonly string[]).includes(k))
    .map((k) => [k, true]),
);
// The 2024 example (or the seed layout without names) in the fake Excel, behind the very adapter Excel uses.
const LAYOUTS: Partial<Record<DemoWorkbook, () => Layout>> = {
  existing: seedLayout,
  own: () => ownWordsLayout(2024),
  "own-next": () => ownWordsLayout(2025),
  "own-other": () => ownWordsLayout(2024, "b"),
};

/** The settings "Als Kopie fürs nächste Jahr öffnen" saved (next year's copy only), read once. */
function carriedSettings(): Record<string, unknown> | undefined {
  const text = sessionStorage.getItem(CARRY_KEY);
  sessionStorage.removeItem(CARRY_KEY);
  if (workbook !== "own-next" || !text) return undefined;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

const layout = LAYOUTS[workbook];
const existing = layout ? layoutModel(layout()) : undefined;
const carried = carriedSettings();
// ?workbook=verlauf: the example with the monthly sheet (invented figures up to June), for the Übersicht's Verlauf section.
const { fake, host } = existing
  ? createDemoHost(ADDIN_VERSION, existing.model, { ...existing.extras, ...(carried ? { settings: carried } : {}) }, excel)
  : createDemoHost(ADDIN_VERSION, workbook === "verlauf" ? addVerlauf2024(buildExample2024()) : undefined, undefined, excel);
const env = paneEnvironment(host, language);
const root = document.getElementById("root");
if (root) {
  document.title = `${env.t.appTitle} – Demo`;
  mountPane(root, language, <DemoApp fake={fake} env={env} initialPage={initialPage} workbook={workbook} />);
}
