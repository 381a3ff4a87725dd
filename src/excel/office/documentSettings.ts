// Document settings (Office.context.document.settings): kept in the workbook file, each change followed by
// saveAsync — without it Office drops the change when the pane closes.
import { learnedFile, learnedFromSetting, type LearnedLabel } from "../../core/mapper/learned";
import type { LastCheckStatus, StoredLabels } from "../host";
import { AUTO_SHOW_KEY, LABELS_KEY, LAST_CHECK_KEY, SETTINGS_KEY, type DocumentSettings } from "./deps";

export function saveSettings(settings: DocumentSettings): Promise<void> {
  return new Promise((resolve, reject) => {
    // Compared as text: Office.AsyncResultStatus is an enum the demo has no runtime value for.
    settings.saveAsync((result) => {
      if (String(result.status) === "failed") reject(new Error(`Die Einstellungen konnten nicht in der Mappe gespeichert werden: ${result.error?.message ?? "unbekannter Fehler"}`));
      else resolve();
    });
  });
}

export function documentSettingsHost(settings: DocumentSettings) {
  return {
    async loadCheckSettings() {
      return settings.get(SETTINGS_KEY) ?? undefined;
    },
    async saveCheckSettings(value: unknown) {
      settings.set(SETTINGS_KEY, value);
      await saveSettings(settings);
    },
    async loadLastCheck() {
      return (settings.get(LAST_CHECK_KEY) as LastCheckStatus | null) ?? undefined;
    },
    async saveLastCheck(status: LastCheckStatus) {
      settings.set(LAST_CHECK_KEY, status);
      await saveSettings(settings);
    },
    async loadLearnedLabels(): Promise<StoredLabels> {
      return learnedFromSetting(settings.get(LABELS_KEY));
    },
    /**
     * Read-modify-write of aip.labels: `change` gets the stored labels (none when the stored value is broken,
     * which the page has shown) and returns the new list; an empty list removes the setting.
     */
    async updateLearnedLabels(change: (labels: LearnedLabel[]) => LearnedLabel[]): Promise<LearnedLabel[]> {
      const next = change(learnedFromSetting(settings.get(LABELS_KEY)).labels);
      if (next.length) settings.set(LABELS_KEY, learnedFile(next));
      else settings.remove(LABELS_KEY);
      await saveSettings(settings);
      return next;
    },
    async getShowOverviewOnOpen() {
      return settings.get(AUTO_SHOW_KEY) === true;
    },
    /**
     * Microsoft's mechanism for opening the pane with a document: this document setting plus the ribbon
     * button whose ShowTaskpane action has TaskpaneId Office.AutoShowTaskpaneWithDocument (manifest.xml).
     * Office reads the setting from the saved file, so it takes effect once the workbook is saved.
     * Office.addin.setStartupBehavior is not used: "Load" would only start the runtime without a pane,
     * which shows a team lead nothing; the auto-shown pane starts the shared runtime itself.
     */
    async setShowOverviewOnOpen(on: boolean) {
      if (on) settings.set(AUTO_SHOW_KEY, true);
      else settings.remove(AUTO_SHOW_KEY);
      await saveSettings(settings);
    },
  };
}
