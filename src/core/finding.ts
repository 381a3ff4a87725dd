// What a check returns: one finding per inconsistency, as data (message id and data) and rendered in the
// requested language, located by names and cells.
import type { Lang } from "./format";
import type { MessageData } from "./messages/render";

export type Severity = "error" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** German labels, as the task pane and the CLI show them. */
export const SEVERITY_LABEL_DE: Record<Severity, string> = {
  error: "Fehler",
  warning: "Warnung",
  info: "Hinweis",
};

export const SEVERITY_LABEL: Record<Lang, Record<Severity, string>> = {
  de: SEVERITY_LABEL_DE,
  en: { error: "Error", warning: "Warning", info: "Hint" },
};

export interface Finding {
  /** Stable rule id, e.g. "abstimmung/verwaltungshaushalt". */
  rule: string;
  severity: Severity;
  /** Key of the rule's meta.messages (engine/regelfehler: of ENGINE_MESSAGES). */
  messageId: string;
  /** The message's placeholder values, raw: what a pipeline reads instead of parsing prose. */
  data: MessageData;
  /**
   * The message rendered in the language of the check (default German), e.g. "Planeintritte im Text (458)
   * ≠ Summe Plan der Förderübersicht (869)"; renderFindings() renders it in another language.
   */
  message: string;
  /** Contract names the finding concerns. */
  names: string[];
  /** Cells as "Sheet!A1" (quoted sheet where Excel would quote it). */
  cells: string[];
}
