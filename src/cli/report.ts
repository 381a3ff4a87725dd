// The result of `aip check` as data, before it is printed as text or JSON: per file its findings or the
// reason it could not be checked, and the counts. Also decides the exit code.
import type { Coverage, Finding, Severity } from "../core";

export interface FileReport {
  file: string;
  findings: Finding[];
  /** Which rules ran and which could not (absent when the file could not be checked). */
  coverage?: Coverage;
  /** Set only when the file could not be checked (German, one line). */
  error?: string;
  /** Remarks of the reader (merged cells, formulas without results); text output only. */
  notes?: string[];
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function summarize(reports: FileReport[]): Summary {
  const all = reports.flatMap((r) => r.findings);
  return {
    files: reports.length,
    errors: all.filter((f) => f.severity === "error").length,
    warnings: all.filter((f) => f.severity === "warning").length,
    infos: all.filter((f) => f.severity === "info").length,
  };
}

/** 2 if a file could not be checked, else 1 if a finding is at or above `failOn`, else 0. */
export function exitCode(reports: FileReport[], failOn: Severity): number {
  if (reports.some((r) => r.error !== undefined)) return EXIT_FAILURE;
  const failing = reports.some((r) => r.findings.some((f) => RANK[f.severity] <= RANK[failOn]));
  return failing ? EXIT_FINDINGS : EXIT_OK;
}
