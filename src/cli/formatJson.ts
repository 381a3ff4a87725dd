// `aip check --format json`: exactly {"files":[{"file","findings":[{"rule","severity","messageId","data",
// "message","names","cells"}],"coverage"?:{"rulesRun","rulesTotal","rulesSkipped":[{"rule","missing"}]},"error"?}],
// "summary":{"files","errors","warnings","infos"}}; "coverage" for every checked file, "error" only for a
// file that could not be checked. `message` is in the language of --lang; messageId and data are the same in every language,
// so a pipeline reads the figures from data instead of parsing prose.
import type { FileReport } from "./report";
import { summarize } from "./report";

export function formatJson(reports: FileReport[]): string {
  const files = reports.map((r) => ({
    file: r.file,
    findings: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      messageId: f.messageId,
      data: f.data,
      message: f.message,
      names: f.names,
      cells: f.cells,
    })),
    ...(r.coverage
      ? {
          coverage: {
            rulesRun: r.coverage.rulesRun,
            rulesTotal: r.coverage.rulesTotal,
            rulesSkipped: r.coverage.rulesSkipped.map((s) => ({ rule: s.rule, missing: s.missing })),
          },
        }
      : {}),
    ...(r.error !== undefined ? { error: r.error } : {}),
  }));
  return `${JSON.stringify({ files, summary: summarize(reports) }, null, 2)}\n`;
}
