// One "Mappe prüfen": read the snapshot (read-only), check it with the settings stored in the workbook,
// with the messages in the pane's language, then store the result as the last check status in the
// document settings — never in a cell; if that fails (read-only file, failed save) the result is shown anyway. The status holds counts only (no text), so each reader of the
// shared workbook sees it in their language; a text added there must be messageId + data.
import type { Coverage } from "../core/coverage";
import type { Finding } from "../core/finding";
import type { Lang } from "../core/format";
import type { LastCheckStatus, WorkbookHost } from "../excel/host";
import { loadEngine } from "./engine";
import { countBySeverity } from "./findingsView";

export interface CheckRun {
  /** Messages rendered in `lang`. */
  findings: Finding[];
  /** The language the findings' messages (and the Prüfprotokoll written from them) are in. */
  lang: Lang;
  /** Host remarks (e.g. a large range read in chunks). */
  notes: string[];
  /** Why stored settings were rejected (then the defaults were used). */
  settingsProblems: string[];
  /** The settings the check used, for the Prüfprotokoll. */
  settings: unknown;
  status: LastCheckStatus;
  /** Rule titles in `lang` by rule id, from the engine's registry. */
  ruleTitles: Record<string, string>;
  /** Which rules ran and which could not (names missing or broken). */
  coverage?: Coverage;
  /**
   * Why the status could not be stored in the document settings (a read-only file; a failed saveAsync, e.g.
   * Excel on the web's 5001): the findings are shown anyway and the pane says so.
   */
  notStored?: string;
}

export async function runCheck(
  host: WorkbookHost,
  version: string,
  now: () => Date = () => new Date(),
  lang: Lang = "de",
): Promise<CheckRun> {
  const [engine, snapshot] = await Promise.all([loadEngine(), host.readSnapshot()]);
  const { settings, problems } = engine.resolveStoredSettings(await host.loadCheckSettings());
  const { findings, coverage } = engine.checkWithCoverage(snapshot, settings, { lang });
  const ruleTitles = Object.fromEntries(engine.RULES.map((r) => [r.meta.id, lang === "en" ? r.meta.titleEn : r.meta.title]));
  const counts = countBySeverity(findings);
  const status: LastCheckStatus = {
    at: now().toISOString(),
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
    version,
  };
  // A check is never lost because its status could not be stored (the store does not even try in a read-only file).
  const notStored = await host.saveLastCheck(status).then(
    () => undefined,
    (e: unknown) => (e instanceof Error ? e.message : String(e)),
  );
  return { findings, lang, notes: snapshot.notes ?? [], settingsProblems: problems, settings, status, ruleTitles, coverage, ...(notStored ? { notStored } : {}) };
}
