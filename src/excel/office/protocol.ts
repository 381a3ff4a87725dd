// The Prüfprotokoll sheet: one read (does it exist), one write sync that replaces it. Every text cell goes
// through Range.values with Excel's text apostrophe, so a message starting with = + - @ stays text.
import { SEVERITY_LABEL, type Finding } from "../../core/finding";
import type { Lang } from "../../core/format";
import { excelTextEntry } from "../../core/neutralise";
import type { ProtocolReport } from "../host";
import { PROTOCOL_SHEET, type OfficeHostDeps } from "./deps";
import { queueStructureCheck } from "./sheetGuard";

// The sheet's own labels, in the language of the person who writes it (the findings come rendered in it).
const LABELS: Record<Lang, Record<string, string>> = {
  de: {
    title: "Prüfprotokoll der AIP-Planungsmappe",
    language: "Sprache",
    languageName: "Deutsch",
    at: "Geprüft am",
    version: "Add-in-Version",
    settings: "Einstellungen",
    result: "Ergebnis",
    noErrors: "Keine Fehler",
    errorsN: "{n} Fehler",
    errors: "Fehler",
    warnings: "Warnungen",
    infos: "Hinweise",
    severity: "Schweregrad",
    rule: "Regel",
    message: "Meldung",
    names: "Namen",
    cells: "Zellen",
    none: "Keine Befunde",
  },
  en: {
    title: "Check report of the AIP planning workbook",
    language: "Language",
    languageName: "English",
    at: "Checked on",
    version: "Add-in version",
    settings: "Settings",
    result: "Result",
    noErrors: "No errors",
    errorsN: "{n} errors",
    errors: "Errors",
    warnings: "Warnings",
    infos: "Hints",
    severity: "Severity",
    rule: "Rule",
    message: "Message",
    names: "Names",
    cells: "Cells",
    none: "No findings",
  },
};

/** "26.11.2026, 18:03 Uhr" / "2026-11-26 18:03" in local time (independent of the browser's locale data). */
function dateTime(d: Date, lang: Lang): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return lang === "de"
    ? `${p(d.getDate())}.${p(d.getMonth() + 1)}.${d.getFullYear()}, ${p(d.getHours())}:${p(d.getMinutes())} Uhr`
    : `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export async function writeProtocol(run: OfficeHostDeps["run"], report: ProtocolReport): Promise<void> {
  const lang: Lang = report.lang === "en" ? "en" : "de";
  const L = LABELS[lang];
  const count = (s: Finding["severity"]) => report.findings.filter((f) => f.severity === s).length;
  const [errors, warnings, infos] = [count("error"), count("warning"), count("info")];
  const t = excelTextEntry; // every text stays text, whatever it starts with
  const rows: (string | number)[][] = [
    [t(L.title), "", "", "", ""],
    [t(L.language), t(L.languageName), "", "", ""],
    [t(L.at), t(dateTime(report.at, lang)), "", "", ""],
    [t(L.version), t(report.version), "", "", ""],
    [t(L.settings), t(JSON.stringify(report.settings ?? {})), "", "", ""],
    [t(L.result), t(errors === 0 ? L.noErrors : L.errorsN.replace("{n}", String(errors))), "", "", ""],
    [t(L.errors), errors, "", "", ""],
    [t(L.warnings), warnings, "", "", ""],
    [t(L.infos), infos, "", "", ""],
    ["", "", "", "", ""],
    [t(L.severity), t(L.rule), t(L.message), t(L.names), t(L.cells)],
    ...report.findings.map((f) => [t(SEVERITY_LABEL[lang][f.severity]), t(f.rule), t(f.message), t(f.names.join(", ")), t(f.cells.join(", "))]),
  ];
  if (!report.findings.length) rows.push([t(L.none), "", "", "", ""]);
  const HEADER_ROW = 11;
  await run(async (context) => {
    const canAdd = queueStructureCheck(context, "Prüfprotokoll schreiben");
    const existing = context.workbook.worksheets.getItemOrNullObject(PROTOCOL_SHEET).load("visibility");
    await context.sync();
    canAdd();
    // One write sync: replace the old protocol sheet (ours; it holds nothing else) with a fresh one. A very
    // hidden sheet cannot be deleted (by design, office-js #365): it is made visible first, in the same sync.
    if (!existing.isNullObject) {
      if (existing.visibility === "VeryHidden") existing.visibility = "Visible" as Excel.SheetVisibility;
      existing.delete();
    }
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
