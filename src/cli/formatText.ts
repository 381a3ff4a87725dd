// `aip check` as text, German or English (--lang): per file a headline with counts, findings grouped by
// severity (Fehler, Warnungen, Hinweise) with their names and cells, the reader's remarks, and a closing
// summary line. Colour (node:util styleText) only when the caller says the output is a terminal. The
// reader's own sentences (why a file could not be read, its remarks) stay German.
import { styleText } from "node:util";
import type { Coverage, Lang, Severity } from "../core";
import { SEVERITIES } from "../core/finding";
import type { FileReport } from "./report";
import { summarize } from "./report";

const LABELS = {
  de: {
    plural: { error: ["Fehler", "Fehler"], warning: ["Warnung", "Warnungen"], info: ["Hinweis", "Hinweise"] },
    notChecked: "nicht geprüft",
    noFindings: "keine Meldungen",
    names: "Namen",
    cells: "Zellen",
    whileReading: "Beim Lesen",
    summary: "Zusammenfassung",
    files: (n: number) => `${n} ${n === 1 ? "Datei" : "Dateien"}`,
    unreadable: (n: number) => `, ${n} davon nicht prüfbar`,
    coverage: (run: number, total: number) => `geprüft: ${run} von ${total} Regeln`,
    skipped: "nicht prüfbar",
    missingNames: "fehlende Namen",
  },
  en: {
    plural: { error: ["error", "errors"], warning: ["warning", "warnings"], info: ["hint", "hints"] },
    notChecked: "not checked",
    noFindings: "no findings",
    names: "Names",
    cells: "Cells",
    whileReading: "While reading",
    summary: "Summary",
    files: (n: number) => `${n} ${n === 1 ? "file" : "files"}`,
    unreadable: (n: number) => `, ${n} of them not checkable`,
    coverage: (run: number, total: number) => `checked: ${run} of ${total} rules`,
    skipped: "not checkable",
    missingNames: "missing names",
  },
} satisfies Record<Lang, { plural: Record<Severity, [string, string]> } & Record<string, unknown>>;

const COLOUR: Record<Severity, "red" | "yellow" | "cyan"> = { error: "red", warning: "yellow", info: "cyan" };

const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);

/**
 * "geprüft: 30 von 38 Regeln; nicht prüfbar: quer/elb-vorjahr (KUN_ELB), … (fehlende Namen)": a pass of a
 * partly mapped workbook must not look like a full check.
 */
function coverageLine(
  coverage: Coverage,
  L: (typeof LABELS)[Lang],
  paint: (format: Parameters<typeof styleText>[0], text: string) => string,
): string {
  const head = L.coverage(coverage.rulesRun, coverage.rulesTotal);
  if (!coverage.rulesSkipped.length) return paint("dim", head);
  const skipped = coverage.rulesSkipped.map((s) => (s.missing.length ? `${s.rule} (${s.missing.join(", ")})` : s.rule)).join(", ");
  return `${paint("yellow", head)}; ${L.skipped}: ${skipped} ${paint("dim", `(${L.missingNames})`)}`;
}

export function formatText(reports: FileReport[], colour: boolean, lang: Lang = "de"): string {
  const L = LABELS[lang];
  const count = (n: number, severity: Severity) => `${n} ${L.plural[severity][n === 1 ? 0 : 1]}`;
  const paint = (format: Parameters<typeof styleText>[0], text: string) =>
    colour ? styleText(format, text, { validateStream: false }) : text;
  const lines: string[] = [];

  for (const report of reports) {
    if (report.error !== undefined) {
      lines.push(`${paint("bold", report.file)}: ${paint(["red", "bold"], L.notChecked)} – ${report.error}`, "");
      continue;
    }
    const bySeverity = (s: Severity) => report.findings.filter((f) => f.severity === s);
    const counts = SEVERITIES.map((s) => count(bySeverity(s).length, s)).join(", ");
    lines.push(`${paint("bold", report.file)}: ${report.findings.length ? counts : L.noFindings}`);
    if (report.coverage) lines.push(`  ${coverageLine(report.coverage, L, paint)}`);
    for (const severity of SEVERITIES) {
      const findings = bySeverity(severity);
      if (!findings.length) continue;
      lines.push(`  ${paint([COLOUR[severity], "bold"], `${capitalise(L.plural[severity][1])} (${findings.length})`)}`);
      for (const f of findings) {
        lines.push(`    ${paint(COLOUR[severity], "•")} ${f.message}  ${paint("dim", `[${f.rule}]`)}`);
        const where = [
          f.names.length ? `${L.names}: ${f.names.join(", ")}` : "",
          f.cells.length ? `${L.cells}: ${f.cells.join(", ")}` : "",
        ].filter(Boolean);
        if (where.length) lines.push(`      ${paint("dim", where.join(" · "))}`);
      }
    }
    for (const note of report.notes ?? []) lines.push(`  ${paint("dim", `${L.whileReading}: ${note}`)}`);
    lines.push("");
  }

  const summary = summarize(reports);
  const unreadable = reports.filter((r) => r.error !== undefined).length;
  const failed = unreadable ? L.unreadable(unreadable) : "";
  lines.push(
    `${L.summary}: ${L.files(summary.files)}${failed} – ${count(summary.errors, "error")}, ${count(summary.warnings, "warning")}, ${count(summary.infos, "info")}`,
  );
  return `${lines.join("\n")}\n`;
}
