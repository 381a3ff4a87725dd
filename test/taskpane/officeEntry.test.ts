// The task pane's Office entry (src/taskpane/index.tsx) with Office's globals stubbed: it registers the
// ribbon commands named in manifest.xml at module top level (before Office.onReady, as Microsoft's samples
// do), they show the pane on the right page and complete their event also when Office refuses to show it,
// the language follows Office.context.displayLanguage, and when the document says "Übersicht beim Öffnen
// zeigen" (Office started the runtime with it: setStartupBehavior(load)) the pane shows itself on the Übersicht.
import type { ReactElement } from "react";
import { exampleSnapshot } from "../../src/core/example";
import type { PageSwitch } from "../../src/taskpane/pageSwitch";
import { memoryHost, type MemoryHost } from "./memoryHost";

let host: MemoryHost;
let root: { id: string; textContent: string };
const mountPane = jest.fn();
jest.mock("../../src/excel/officeHost", () => ({ createExcelHost: () => host }));
jest.mock("../../src/taskpane/mount", () => ({
  ADDIN_VERSION: "1.2.3",
  Pane: () => null,
  paneEnvironment: (h: unknown, language: string) => ({ host: h, language }),
  mountPane: (...args: unknown[]) => mountPane(...args),
}));

interface Booted {
  commands: Map<string, (event?: { completed(): void }) => Promise<void>>;
  showAsTaskpane: jest.Mock;
  language: string;
  pane: ReactElement<{ initialPage: string; pageSwitch: PageSwitch }>;
  /** Commands registered when the module asked for Office.onReady. */
  registeredBeforeReady: string[];
}

async function boot(displayLanguage: string, showOverviewOnOpen = false, officeHost: string | null = "Excel"): Promise<Booted> {
  host = memoryHost(exampleSnapshot());
  host.showOverviewOnOpen = showOverviewOnOpen;
  mountPane.mockReset();
  root = { id: "root", textContent: "" };
  const commands = new Map();
  const showAsTaskpane = jest.fn(async () => undefined);
  let ready: Promise<void> = Promise.resolve();
  let registeredBeforeReady: string[] = [];
  Object.assign(globalThis, {
    Office: {
      onReady: (cb: (info: { host: string | null }) => Promise<void>) => {
        registeredBeforeReady = [...commands.keys()];
        ready = cb({ host: officeHost });
      },
      actions: { associate: (name: string, fn: unknown) => commands.set(name, fn) },
      addin: { showAsTaskpane },
      context: { displayLanguage },
    },
    document: { getElementById: (id: string) => (id === "root" ? root : null) },
  });
  jest.isolateModules(() => {
    // A fresh copy of the entry per boot (it runs on import); isolateModules needs a synchronous require.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../../src/taskpane/index");
  });
  await ready;
  if (officeHost === null) return { commands, showAsTaskpane, language: "", pane: undefined as never, registeredBeforeReady };
  expect(mountPane).toHaveBeenCalledTimes(1);
  const [, language, pane] = mountPane.mock.calls[0];
  return { commands, showAsTaskpane, language, pane, registeredBeforeReady };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).document;
});

test("registers exactly the manifest's two ribbon functions at module top level; each shows the pane on its page", async () => {
  // Both buttons are ExecuteFunction (no TaskpaneId in the long-lived runtime's host).
  const { commands, showAsTaskpane, pane, registeredBeforeReady } = await boot("de-DE");
  expect([...commands.keys()].sort()).toEqual(["showCheckPage", "showOverviewPage"]);
  expect(registeredBeforeReady.sort()).toEqual(["showCheckPage", "showOverviewPage"]);
  const seen: string[] = [];
  pane.props.pageSwitch.subscribe((p) => seen.push(p));

  const event = { completed: jest.fn() };
  await commands.get("showCheckPage")!(event);
  await commands.get("showOverviewPage")!(event);
  expect(showAsTaskpane).toHaveBeenCalledTimes(2);
  expect(seen).toEqual(["check", "overview"]);
  expect(event.completed).toHaveBeenCalledTimes(2);
});

test("a command completes its event even when the pane cannot be shown", async () => {
  const { commands, showAsTaskpane } = await boot("de-DE");
  showAsTaskpane.mockRejectedValueOnce(new Error("nicht unterstützt"));
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  const event = { completed: jest.fn() };
  await expect(commands.get("showCheckPage")!(event)).resolves.toBeUndefined();
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(warn).toHaveBeenCalledTimes(1);
  warn.mockRestore();
});

test.each([
  ["de-DE", "de"],
  ["en-US", "en"],
  ["fr-FR", "de"],
])("Office display language %s → pane in %s", async (display, language) => {
  expect((await boot(display)).language).toBe(language);
});

test("opens on Prüfen by default and on Übersicht when it is switched on for this workbook", async () => {
  const plain = await boot("de-DE", false);
  expect(plain.pane.props.initialPage).toBe("check");
  expect(plain.showAsTaskpane).not.toHaveBeenCalled();
  const overview = await boot("de-DE", true);
  expect(overview.pane.props.initialPage).toBe("overview");
  // Office started the runtime with the document (setStartupBehavior(load)) but shows no pane: it shows itself.
  expect(overview.showAsTaskpane).toHaveBeenCalledTimes(1);
  // Starting the pane reads settings only: no check, no write.
  expect(host.calls).toEqual(["getShowOverviewOnOpen"]);
});

test("outside Office (the page opened in a browser) it says so and renders no pane", async () => {
  await boot("de-DE", false, null);
  expect(mountPane).not.toHaveBeenCalled();
  expect(root.textContent).toMatch(/läuft als Add-in in Excel/);
});
