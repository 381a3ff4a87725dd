// The Prüfprotokoll sheet: one read (does it exist), one write sync that replaces it. Every text cell goes
// through Range.values with Excel's text apostrophe, so a message starting with = + - @ stays text.
import { SEVERITY_LABEL_DE, type Finding } from "../../core/finding";
import { excelTextEntry } from "../../core/neutralise";
import type { ProtocolReport } from "../host";
import { PROTOCOL_SHEET, type OfficeHostDeps } from "./deps";

/** "26.11.2026, 18:03 Uhr" in local time (German, independent of the browser's locale data). */
function germanDateTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getDate())}.${p(d.getMonth() + 1)}.${d.getFullYear()}, ${p(d.getHours())}:${p(d.getMinutes())} Uhr`;
}

export async function writeProtocol(run: OfficeHostDeps["run"], report: ProtocolReport): Promise<void> {
  const count = (s: Finding["severity"]) => report.findings.filter((f) => f.severity === s).length;
  const [errors, warnings, infos] = [count("error"), count("warning"), count("info")];
  const t = excelTextEntry; // every text stays text, whatever it starts with
  const rows: (string | number)[][] = [
    [t("Prüfprotokoll der AIP-Planungsmappe"), "", "", "", ""],
    ["", "", "", "", ""],
    [t("Geprüft am"), t(germanDateTime(report.at)), "", "", ""],
    [t("Add-in-Version"), t(report.version), "", "", ""],
    [t("Einstellungen"), t(JSON.stringify(report.settings ?? {})), "", "", ""],
    [t("Ergebnis"), t(errors === 0 ? "Keine Fehler" : `${errors} Fehler`), "", "", ""],
    [t("Fehler"), errors, "", "", ""],
    [t("Warnungen"), warnings, "", "", ""],
    [t("Hinweise"), infos, "", "", ""],
    ["", "", "", "", ""],
    [t("Schweregrad"), t("Regel"), t("Meldung"), t("Namen"), t("Zellen")],
    ...report.findings.map((f) => [t(SEVERITY_LABEL_DE[f.severity]), t(f.rule), t(f.message), t(f.names.join(", ")), t(f.cells.join(", "))]),
  ];
  if (!report.findings.length) rows.push([t("Keine Befunde"), "", "", "", ""]);
  const HEADER_ROW = 11;
  await run(async (context) => {
    const existing = context.workbook.worksheets.getItemOrNullObject(PROTOCOL_SHEET);
    await context.sync();
    // One write sync: replace the old protocol sheet (ours; it holds nothing else) with a fresh one.
    if (!existing.isNullObject) existing.delete();
    const sheet = context.workbook.worksheets.add(PROTOCOL_SHEET);
    const block = sheet.getRange(`A1:E${rows.length}`);
    block.values = rows;
    sheet.getRange("A1").format.font.bold = true;
    sheet.getRange(`A${HEADER_ROW}:E${HEADER_ROW}`).format.font.bold = true;
    block.format.autofitColumns();
    sheet.activate();
    await context.sync();
  });
}
