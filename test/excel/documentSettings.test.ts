// The document-settings half of the adapter (check settings, last check, "Übersicht beim Öffnen zeigen")
// through the settings store (src/excel/office/settingsStore.ts),
// against Office-shaped objects from office-addin-mock: these are plain objects and methods, which is
// what office-addin-mock models well (it has no collections, so workbook reads use the fake Excel).
import { OfficeMockObject } from "office-addin-mock";
import { createOfficeHost, FORCE_REFRESH_KEY, LAST_CHECK_KEY, LEGACY_AUTO_SHOW_KEY, SETTINGS_KEY, START_PAGE_KEY, TRUST_KEY } from "../../src/excel/officeHost";

function officeMock(saveStatus: "succeeded" | "failed" = "succeeded", documentMode = "ReadWrite") {
  const stored = new Map<string, unknown>();
  const saved: Array<Record<string, unknown>> = [];
  const mock = new OfficeMockObject({
    context: {
      document: {
        settings: {
          get: (key: string) => (stored.has(key) ? stored.get(key) : null),
          set: (key: string, value: unknown) => void stored.set(key, value),
          remove: (key: string) => void stored.delete(key),
          saveAsync: (callback: (r: { status: string; error?: { message: string } }) => void) => {
            if (saveStatus === "succeeded") saved.push(Object.fromEntries(stored));
            callback(saveStatus === "succeeded" ? { status: "succeeded" } : { status: "failed", error: { message: "schreibgeschützt" } });
          },
        },
      },
    },
  }) as unknown as { context: { document: { settings: never } } };
  const startup: string[] = [];
  const host = createOfficeHost({
    run: () => Promise.reject(new Error("no workbook access expected in these tests")),
    documentSettings: mock.context.document.settings,
    addin: { setStartupBehavior: async (b) => void startup.push(b) },
    documentMode: () => documentMode,
    version: "0.0.0-test",
  });
  return { host, stored, saved, startup };
}

test("check settings and the last check status are stored in the document and saved", async () => {
  const { host, stored, saved } = officeMock();
  expect(await host.loadCheckSettings()).toBeUndefined();
  expect(await host.loadLastCheck()).toBeUndefined();

  await host.saveCheckSettings({ toleranzen: { betrag: 1 } });
  const status = { at: "2026-11-26T18:00:00.000Z", errors: 0, warnings: 3, infos: 2, version: "0.0.0-test" };
  await host.saveLastCheck(status);

  expect(stored.get(SETTINGS_KEY)).toEqual({ toleranzen: { betrag: 1 } });
  expect(await host.loadLastCheck()).toEqual(status);
  expect(saved).toHaveLength(2); // every change is persisted with saveAsync, not only set in memory
  expect(saved[1][LAST_CHECK_KEY]).toEqual(status);
  // Without refreshAsync (this mock has none: it is in no requirement set) the store still works.
  expect(saved.every((bag) => bag[TRUST_KEY] === true)).toBe(true);
});

test("“Übersicht beim Öffnen zeigen” stores the page, sets the startup behaviour to load, off to none (no AutoShowTaskpaneWithDocument)", async () => {
  const { host, stored, saved, startup } = officeMock();
  stored.set(LEGACY_AUTO_SHOW_KEY, true); // set by an earlier build: goes with the first use of the switch
  await host.setShowOverviewOnOpen(true);
  expect(stored.get(START_PAGE_KEY)).toBe("overview");
  expect(await host.getShowOverviewOnOpen()).toBe(true);
  // Saved with saveAsync (or Office drops it with the pane), with the trust prompt switched off.
  expect(saved.at(-1)).toEqual({ [START_PAGE_KEY]: "overview", [TRUST_KEY]: true });
  expect(startup).toEqual(["load"]);

  await host.setShowOverviewOnOpen(false);
  expect(stored.has(START_PAGE_KEY)).toBe(false);
  expect(await host.getShowOverviewOnOpen()).toBe(false);
  expect(saved).toHaveLength(2);
  expect(startup).toEqual(["load", "none"]);
});

test("a read-only document does not even try to store (no saveAsync)", async () => {
  const { host, saved } = officeMock("succeeded", "ReadOnly");
  await expect(host.saveCheckSettings({})).rejects.toThrow(/schreibgeschützt/);
  expect(saved).toHaveLength(0);
});

test("a failed save is reported in German instead of being swallowed", async () => {
  const { host } = officeMock("failed");
  await expect(host.saveCheckSettings({})).rejects.toThrow(/nicht in der Mappe gespeichert.*schreibgeschützt/);
});

test("when saving fails, the switch reports it instead of claiming success", async () => {
  const { host, startup } = officeMock("failed");
  await expect(host.setShowOverviewOnOpen(true)).rejects.toThrow(/nicht in der Mappe gespeichert/);
  expect(startup).toEqual([]); // the setting first: a refused save changes nothing in Office either
});

test("a release built with AIP_FORCE_REFRESH_FUNCTIONS=1 writes Office.ForceRefreshCustomFunctionsCache with every save; others do not", async () => {
  for (const force of [false, true]) {
    const saved: Array<Record<string, unknown>> = [];
    const stored = new Map<string, unknown>();
    const host = createOfficeHost({
      run: () => Promise.reject(new Error("no workbook access expected")),
      documentSettings: {
        get: (k) => stored.get(k) ?? null,
        set: (k, v) => void stored.set(k, v),
        remove: (k) => void stored.delete(k),
        saveAsync: (cb) => {
          saved.push(Object.fromEntries(stored));
          cb?.({ status: "succeeded" } as unknown as Office.AsyncResult<void>);
        },
      },
      forceRefreshFunctions: force,
      version: "0",
    });
    await host.saveLastCheck({ at: "2026-12-06T20:00:00.000Z", errors: 0, warnings: 0, infos: 0, version: "0" });
    expect(saved[0][FORCE_REFRESH_KEY]).toBe(force ? true : undefined);
  }
});
