// The host's document-setting actions: check settings, last check, remembered labels, "Übersicht beim Öffnen zeigen". All through
// the settings store (./settingsStore.ts): refreshed before reading, refreshed again before each
// read-modify-write, saved with Office.DisableTrustUX.
import { learnedFile, type LearnedLabel } from "../../core/mapper/learned";
import type { LastCheckStatus, StoredLabels } from "../host";
import { LABELS_KEY, LAST_CHECK_KEY, LEGACY_AUTO_SHOW_KEY, SETTINGS_KEY, START_PAGE_KEY, type AddinStartup } from "./deps";
import type { SettingsStore } from "./settingsStore";

/** The labels' format check (zod) is loaded when labels are first read, not with the pane's first bundle. */
const labelsFormat = () => import(/* webpackChunkName: "labels" */ "../../core/mapper/learnedFormat");

export function documentSettingsHost(store: SettingsStore, addin?: AddinStartup) {
  return {
    async loadCheckSettings() {
      return store.read(SETTINGS_KEY);
    },
    async saveCheckSettings(value: unknown) {
      await store.update((s) => s.set(SETTINGS_KEY, value));
    },
    async loadLastCheck() {
      return (await store.read(LAST_CHECK_KEY)) as LastCheckStatus | undefined;
    },
    async saveLastCheck(status: LastCheckStatus) {
      await store.update((s) => s.set(LAST_CHECK_KEY, status));
    },
    async loadLearnedLabels(): Promise<StoredLabels> {
      const { learnedFromSetting } = await labelsFormat();
      return learnedFromSetting(await store.read(LABELS_KEY));
    },
    /**
     * Read-modify-write of aip.labels: `change` gets the stored labels (none when the stored value is broken,
     * which the page has shown) and returns the new list; an empty list removes the setting.
     */
    async updateLearnedLabels(change: (labels: LearnedLabel[]) => LearnedLabel[]): Promise<LearnedLabel[]> {
      const { learnedFromSetting } = await labelsFormat();
      // Inside the store's update: the list is read from the copy refreshed right before this write.
      return store.update((s) => {
        const next = change(learnedFromSetting(s.get(LABELS_KEY)).labels);
        if (next.length) s.set(LABELS_KEY, learnedFile(next));
        else s.remove(LABELS_KEY);
        return next;
      });
    },
    async getShowOverviewOnOpen() {
      return (await store.read(START_PAGE_KEY)) === "overview";
    },
    /**
     * The documented route for a shared-runtime add-in ("Run code in your Office Add-in when the document
     * opens"): Office.addin.setStartupBehavior(load) makes Office start the runtime with this document from
     * its next opening; Office.onReady then shows the pane on the page stored here (src/taskpane/index.tsx).
     * Not Office.AutoShowTaskpaneWithDocument: the shared-runtime article wants no TaskpaneId in the host of
     * a long-lived runtime. The setting is stored first, so a refused save changes nothing in Office either.
     */
    async setShowOverviewOnOpen(on: boolean) {
      await store.update((s) => {
        if (on) s.set(START_PAGE_KEY, "overview");
        else s.remove(START_PAGE_KEY);
        s.remove(LEGACY_AUTO_SHOW_KEY);
      });
      if (!addin) return;
      try {
        await addin.setStartupBehavior(on ? "load" : "none");
      } catch (e) {
        throw new Error(`Excel hat das Laden mit der Mappe nicht eingestellt: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
  };
}
