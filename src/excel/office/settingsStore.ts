// The one way to the document settings (Office.context.document.settings). Every key the add-in keeps in the
// workbook (aip.settings, aip.lastCheck, aip.marks, aip.startPage, and any later one such as aip.labels) goes
// through `read` and `update` here, never through settings.get/set directly, because:
//  - the settings object is an in-memory copy loaded when the document opened, and the shared runtime lives
//    for the whole session: with co-authors the copy can be hours old. Office.Settings.refreshAsync ("useful
//    in Excel … coauthoring scenarios", docs: Office.Settings) reloads it; it is not in a requirement set, so
//    it is feature-tested. `read` refreshes first; `update` refreshes right before its read-modify-write and
//    saveAsync, so a co-author's key saved meanwhile is kept (saveAsync writes the whole bag, last writer wins;
//    "Coauthoring in Excel add-ins": Excel does not synchronise an add-in's in-memory state).
//  - every save also sets Office.DisableTrustUX (docs: "Manage trust options"): colleagues without the add-in
//    are not asked to trust it when the workbook has custom functions or loads the add-in on open.
//  - a failed save (Excel on the web, error 5001: office-js #761; a read-only file) loses nothing in this
//    session: the change stays pending, is laid over every later refresh and saved with the next save. In a
//    read-only document nothing is tried: `update` fails at once with `SettingsNotStored` (reason readOnly).
// Updates run one after another, so a refresh of one cannot drop the unsaved change of another.
// Office.Settings was chosen over Excel.Workbook.settings (ExcelApi 1.4, per key): its co-authoring behaviour is
// documented (refreshAsync), the Workbook.settings one is not, and both are saved with the file.

/** Office.context.document.settings as the add-in uses it (the fake's has the same shape). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
  /** Not in a requirement set: absent on some hosts, so feature-tested. */
  refreshAsync?(callback?: (result: unknown) => void): void;
}

/** Suppresses the trust prompt for colleagues without the add-in (docs: "Manage trust options"; Windows, Mac). */
export const TRUST_KEY = "Office.DisableTrustUX";

/** Why a change could not be stored in the workbook. */
export class SettingsNotStored extends Error {
  constructor(
    readonly reason: "readOnly" | "failed",
    /** Office's own message (failed saves). */
    readonly detail = "",
  ) {
    super(
      reason === "readOnly"
        ? "Die Mappe ist schreibgeschützt; die Einstellung wurde nicht in der Mappe gespeichert."
        : `Die Einstellungen konnten nicht in der Mappe gespeichert werden: ${detail || "unbekannter Fehler"}`,
    );
    this.name = "SettingsNotStored";
  }
}

/** What a change sees: the refreshed settings (with this session's pending changes laid over them). */
export interface SettingsView {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  remove(key: string): void;
}

export interface SettingsStore {
  /** The value as last saved by anyone (refreshed first), or undefined. */
  read(key: string): Promise<unknown>;
  /** Refresh, apply `change`, set Office.DisableTrustUX, saveAsync. Throws SettingsNotStored (the change stays pending). */
  update<T>(change: (settings: SettingsView) => T): Promise<T>;
}

export interface SettingsStoreOptions {
  /** Office.context.document.mode: "ReadOnly" means nothing is tried. */
  documentMode?: () => string | undefined;
  /**
   * Set Office.ForceRefreshCustomFunctionsCache with every save (build switch AIP_FORCE_REFRESH_FUNCTIONS=1,
   * for a release whose functions.json changed: Excel then reloads the functions' metadata with the document).
   */
  forceRefreshFunctions?: boolean;
}

/** Makes Excel reload the custom functions' metadata when the document opens (docs: custom functions, "Force refresh"). */
export const FORCE_REFRESH_KEY = "Office.ForceRefreshCustomFunctionsCache";

const REMOVED = Symbol("removed");

export function settingsStore(settings: DocumentSettings, options: SettingsStoreOptions = {}): SettingsStore {
  /** Changes whose save failed: kept over refreshes and saved with the next save. */
  const pending = new Map<string, unknown>();
  let queue: Promise<unknown> = Promise.resolve();

  const refresh = () =>
    new Promise<void>((resolve) => {
      if (typeof settings.refreshAsync !== "function") return resolve();
      // A refresh that fails leaves the copy as it was: reading the older copy beats not reading at all.
      settings.refreshAsync(() => resolve());
    }).then(() => {
      for (const [key, value] of pending) {
        if (value === REMOVED) settings.remove(key);
        else settings.set(key, value);
      }
    });

  const save = () =>
    new Promise<void>((resolve, reject) => {
      // Compared as text: Office.AsyncResultStatus is an enum the demo has no runtime value for.
      settings.saveAsync((result) => {
        if (String(result.status) === "failed") reject(new SettingsNotStored("failed", result.error?.message));
        else resolve();
      });
    });

  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    read: (key) =>
      serial(async () => {
        await refresh();
        return settings.get(key) ?? undefined;
      }),
    update: (change) =>
      serial(async () => {
        if (options.documentMode?.() === "ReadOnly") throw new SettingsNotStored("readOnly");
        await refresh();
        const touched = new Map<string, unknown>();
        const result = change({
          get: (key) => settings.get(key),
          set: (key, value) => {
            settings.set(key, value);
            touched.set(key, value);
          },
          remove: (key) => {
            settings.remove(key);
            touched.set(key, REMOVED);
          },
        });
        settings.set(TRUST_KEY, true);
        if (options.forceRefreshFunctions) settings.set(FORCE_REFRESH_KEY, true);
        for (const [key, value] of touched) pending.set(key, value);
        await save();
        pending.clear(); // earlier pending changes went out with this save too
        return result;
      }),
  };
}
