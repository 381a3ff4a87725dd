// `aip check` as German text: per file a headline with counts, findings grouped by severity (Fehler,
// Warnungen, Hinweise) with their names and cells, the reader's remarks, and a closing summary line.
// Colour (node:util styleText) only when the caller says the output is a terminal.
import { styleText } from "node:util";
import { SEVERITIES, type Severity } from "../core";
import type { FileReport } from "./report";
import { summarize } from "./report";

const PLURAL_DE: Record<Severity, [string, string]> = {
  error: ["Fehler", "Fehler"],
  warning: ["Warnung", "Warnungen"],
  info: ["Hinweis", "Hinweise"],
};
const COLOUR: Record<Severity, "red" | "yellow" | "cyan"> = { error: "red", warning: "yellow", info: "cyan" };

const count = (n: number, severity: Severity) => `${n} ${PLURAL_DE[severity][n === 1 ? 0 : 1]}`;

export function formatText(reports: FileReport[], colour: boolean): string {
  const paint = (format: Parameters<typeof styleText>[0], text: string) =>
    colour ? styleText(format, text, { validateStream: false }) : text;
  const lines: string[] = [];

  for (const report of reports) {
    if (report.error !== undefined) {
      lines.push(`${paint("bold", report.file)}: ${paint(["red", "bold"], "nicht geprüft")} – ${report.error}`, "");
      continue;
    }
    const bySeverity = (s: Severity) => report.findings.filter((f) => f.severity === s);
    const counts = SEVERITIES.map((s) => count(bySeverity(s).length, s)).join(", ");
    lines.push(`${paint("bold", report.file)}: ${report.findings.length ? counts : "keine Meldungen"}`);
    for (const severity of SEVERITIES) {
      const findings = bySeverity(severity);
      if (!findings.length) continue;
      lines.push(`  ${paint([COLOUR[severity], "bold"], `${PLURAL_DE[severity][1]} (${findings.length})`)}`);
      for (const f of findings) {
        lines.push(`    ${paint(COLOUR[severity], "•")} ${f.message}  ${paint("dim", `[${f.rule}]`)}`);
        const where = [
          f.names.length ? `Namen: ${f.names.join(", ")}` : "",
          f.cells.length ? `Zellen: ${f.cells.join(", ")}` : "",
        ].filter(Boolean);
        if (where.length) lines.push(`      ${paint("dim", where.join(" · "))}`);
      }
    }
    for (const note of report.notes ?? []) lines.push(`  ${paint("dim", `Beim Lesen: ${note}`)}`);
    lines.push("");
  }

  const summary = summarize(reports);
  const unreadable = reports.filter((r) => r.error !== undefined).length;
  const files = `${summary.files} ${summary.files === 1 ? "Datei" : "Dateien"}`;
  const failed = unreadable ? `, ${unreadable} davon nicht prüfbar` : "";
  lines.push(
    `Zusammenfassung: ${files}${failed} – ${count(summary.errors, "error")}, ${count(summary.warnings, "warning")}, ${count(summary.infos, "info")}`,
  );
  return `${lines.join("\n")}\n`;
}
