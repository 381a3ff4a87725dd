// Renders the pane for a host: shared by Excel (taskpane/index.tsx) and the browser demo, so both run the
// very same components; only the WorkbookHost behind them differs.
import { StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookHost } from "../excel/host";
import { App } from "./App";
import { formattersFor } from "./format";
import { messagesFor, type Language } from "./i18n";
import type { Page, PageSwitch } from "./pageSwitch";
import { PaneProvider, type PaneEnvironment } from "./PaneContext";
import packageJson from "../../package.json";

export const ADDIN_VERSION: string = packageJson.version;

export interface PaneProps {
  env: PaneEnvironment;
  initialPage: Page;
  pageSwitch?: PageSwitch;
}

/** The pane with its context; callers wrap it in a FluentProvider (the demo puts its grid beside it). */
export function Pane({ env, initialPage, pageSwitch }: PaneProps) {
  return (
    <PaneProvider value={env}>
      <App initialPage={initialPage} pageSwitch={pageSwitch} />
    </PaneProvider>
  );
}

export function paneEnvironment(host: WorkbookHost, language: Language): PaneEnvironment {
  const t = messagesFor(language);
  return { host, language, t, fmt: formattersFor(language, t.noValue), version: ADDIN_VERSION };
}

/** Render into `element` inside the Fluent theme; `pane` is <Pane/>, or the demo's layout around it. */
export function mountPane(
  element: HTMLElement,
  language: Language,
  pane: ReactNode,
): void {
  document.documentElement.lang = language;
  createRoot(element).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>{pane}</FluentProvider>
    </StrictMode>,
  );
}
