// What a check returns: one finding per inconsistency, in German, located by names and cells.

export type Severity = "error" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** German labels, as the task pane and the CLI show them. */
export const SEVERITY_LABEL_DE: Record<Severity, string> = {
  error: "Fehler",
  warning: "Warnung",
  info: "Hinweis",
};

export interface Finding {
  /** Stable rule id, e.g. "abstimmung/verwaltungshaushalt". */
  rule: string;
  severity: Severity;
  /** German message naming the figures, e.g. "Planeintritte im Text (458) ≠ Summe Plan der Förderübersicht (869)". */
  message: string;
  /** Contract names the finding concerns. */
  names: string[];
  /** Cells as "Sheet!A1" (quoted sheet where Excel would quote it). */
  cells: string[];
}
