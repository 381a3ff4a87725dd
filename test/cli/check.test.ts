// `aip check` in-process: the example, files and folders, exit codes, the exact JSON shape, settings
// files, colour and the progress bar.
import { writeFileSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { BASE_RULES } from "../../src/core/rules";
import { brokenTotal, run, tempDir, writeExample } from "./helpers";
import { ISSUE_15_RULES } from "../helpers/issue15";

interface JsonReport {
  files: Array<{ file: string; findings: Array<Record<string, unknown>>; coverage?: Record<string, unknown>; error?: string }>;
  summary: Record<string, number>;
}

describe("aip check --example", () => {
  it("checks the built-in example through the xlsx reader and exits 0", async () => {
    const { code, stdout, stderr } = await run(["check", "--example"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Beispiel AIP 2024 \(Jobcenter Ilm-Kreis\): 0 Fehler, \d+ Warnung(en)?, \d+ Hinweis(e)?\n/);
    expect(stdout).toContain("Planeintritte im Text (458) ≠ Summe Plan der Förderübersicht (869)");
    expect(stdout).toContain("Namen: FOE_Eintritte_Plan, FOE_Tabelle");
    expect(stdout).toMatch(/\nZusammenfassung: 1 Datei – 0 Fehler, \d+ Warnung(en)?, \d+ Hinweis(e)?\n$/);
    expect(stdout).not.toContain("\x1b[");
  });

  it("prints exactly the agreed JSON shape", async () => {
    const { code, stdout } = await run(["check", "--example", "--format", "json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(["files", "summary"]);
    expect(Object.keys(report.summary)).toEqual(["files", "errors", "warnings", "infos"]);
    expect(report.files).toHaveLength(1);
    expect(Object.keys(report.files[0])).toEqual(["file", "findings", "coverage"]);
    expect(report.files[0].coverage).toEqual({
      rulesRun: BASE_RULES.length - ISSUE_15_RULES.length - 1,
      rulesTotal: BASE_RULES.length - ISSUE_15_RULES.length,
      rulesSkipped: [{ rule: "ziele/veraenderung-lzb", missing: ["ZIE_LZB_VJ", "ZIE_LZB_Maenner_VJ", "ZIE_LZB_Frauen_VJ"] }],
    });
    const findings = report.files[0].findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(Object.keys(f)).toEqual(["rule", "severity", "messageId", "data", "message", "names", "cells"]);
      expect(["error", "warning", "info"]).toContain(f.severity);
    }
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    expect(report.summary).toEqual({ files: 1, errors: count("error"), warnings: count("warning"), infos: count("info") });
    expect(findings).toContainEqual(
      expect.objectContaining({ severity: "warning", names: expect.arrayContaining(["FOE_Eintritte_Plan", "FOE_Tabelle"]) }),
    );
  });

  it("--lang en renders the messages in English; messageId and data are the same in both languages", async () => {
    const de = JSON.parse((await run(["check", "--example", "--format", "json"])).stdout) as JsonReport;
    const en = JSON.parse((await run(["check", "--example", "--format", "json", "--lang", "en"])).stdout) as JsonReport;
    const strip = (r: JsonReport) => r.files[0].findings.map((f) => ({ ...f, message: undefined }));
    expect(strip(en)).toEqual(strip(de));
    const kfa = (r: JsonReport) => r.files[0].findings.find((f) => f.rule === "hinweis/kfa-anteil");
    expect(kfa(de)).toMatchObject({ messageId: "anteilBund", data: { kfa: 1606442, total: 9994076, soll: 0.152, implied: 1503444, difference: 102998 } });
    expect(kfa(de)?.message).toContain("1.606.442 € = 16,1 % des Verwaltungshaushalts");
    expect(kfa(en)?.message).toContain("€1,606,442 = 16.1% of the administrative budget");
  });

  it("--lang en also labels the text output in English; another language is a usage error", async () => {
    const { code, stdout } = await run(["check", "--example", "--lang", "en"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Beispiel AIP 2024 \(Jobcenter Ilm-Kreis\): 0 errors, 3 warnings, 2 hints\n/);
    expect(stdout).toContain("Names: FOE_Eintritte_Plan, FOE_Tabelle · Cells: Förderung!B18, Förderung!D3");
    expect(stdout).toContain("Summary: 1 file – 0 errors, 3 warnings, 2 hints");
    expect(stdout).not.toMatch(/Warnungen|Zusammenfassung|ggü\./);
    const bad = await run(["check", "--example", "--lang", "fr"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Ungültiger Wert für --lang: „fr“ (erlaubt: de, en).");
  });

  it("fails on warnings or hints when asked to", async () => {
    expect((await run(["check", "--example", "--fail-on", "warning"])).code).toBe(1);
    expect((await run(["check", "--example", "--fail-on", "info"])).code).toBe(1);
    expect((await run(["check", "--example", "--fail-on", "error"])).code).toBe(0);
  });
});

describe("aip check FILE|DIR", () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    await writeExample(join(dir, "mappen", "b-gut.xlsx"));
    await writeExample(join(dir, "mappen", "a-unter", "c-summe-falsch.xlsx"), brokenTotal);
    writeFileSync(join(dir, "mappen", "d-leer.xlsx"), "");
    writeFileSync(join(dir, "mappen", "~$b-gut.xlsx"), "Excel-Sperrdatei");
    writeFileSync(join(dir, "mappen", "notiz.txt"), "keine Mappe");
    mkdirSync(join(dir, "leerer-ordner"));
  });

  it("finds .xlsx files recursively and sorted, reports an unreadable one and checks the others (exit 2)", async () => {
    const { code, stdout } = await run(["check", "mappen", "--format", "json"], { cwd: dir });
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.files.map((f) => f.file)).toEqual([
      join("mappen", "a-unter", "c-summe-falsch.xlsx"),
      join("mappen", "b-gut.xlsx"),
      join("mappen", "d-leer.xlsx"),
    ]);
    expect(report.files[2]).toEqual({ file: join("mappen", "d-leer.xlsx"), findings: [], error: "Die Datei ist leer (0 Bytes)." });
    expect(report.files[0].findings).toContainEqual(
      expect.objectContaining({ severity: "error", names: expect.arrayContaining(["BUD_VH_Gesamt"]) }),
    );
    expect(report.files[1].findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.summary.files).toBe(3);
  });

  it("follows symbolic links to .xlsx files and reports a dangling one as not checked (exit 2)", async () => {
    const linked = join(dir, "verknuepft");
    mkdirSync(linked);
    symlinkSync(join(dir, "mappen", "b-gut.xlsx"), join(linked, "a-link.xlsx"));
    symlinkSync(join(dir, "gibt-es-nicht.xlsx"), join(linked, "b-kaputt.xlsx"));
    symlinkSync(join(dir, "mappen", "notiz.txt"), join(linked, "c-notiz.txt"));
    const { code, stdout } = await run(["check", "verknuepft", "--format", "json"], { cwd: dir });
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.files.map((f) => f.file)).toEqual([join("verknuepft", "a-link.xlsx"), join("verknuepft", "b-kaputt.xlsx")]);
    expect(report.files[0].error).toBeUndefined();
    expect(report.files[0].findings.length).toBeGreaterThan(0);
    expect(report.files[1]).toEqual({
      file: join("verknuepft", "b-kaputt.xlsx"),
      findings: [],
      error: "Die Verknüpfung zeigt auf eine Datei, die es nicht gibt.",
    });
  });

  it("exits 1 for a readable file with an error finding, 0 for the good one", async () => {
    const broken = await run(["check", join("mappen", "a-unter", "c-summe-falsch.xlsx")], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/Fehler \(\d+\)/);
    expect((await run(["check", join(dir, "mappen", "b-gut.xlsx")])).code).toBe(0);
  });

  it("reports a missing file and an empty folder in German without a trace", async () => {
    const { code, stdout } = await run(["check", "fehlt.xlsx", "leerer-ordner"], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toContain("fehlt.xlsx: nicht geprüft – Die Datei wurde nicht gefunden.");
    expect(stdout).toContain("leerer-ordner: nicht geprüft – Im Ordner wurden keine .xlsx-Dateien gefunden.");
    expect(stdout).toContain("Zusammenfassung: 2 Dateien, 2 davon nicht prüfbar");
    expect(stdout).not.toMatch(/\bat \S+ \(/);
  });

  it("colours only on a terminal and not with NO_COLOR", async () => {
    const file = join(dir, "mappen", "b-gut.xlsx");
    expect((await run(["check", file], { stdoutTTY: true })).stdout).toContain("\x1b[");
    expect((await run(["check", file], { stdoutTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain("\x1b[");
  });

  it("shows a progress bar on a terminal's stderr for many files, and keeps stdout clean", async () => {
    const many = join(dir, "viele");
    for (let i = 0; i < 6; i++) await writeExample(join(many, `jc-${i}.xlsx`));
    const tty = await run(["check", many, "--format", "json"], { stderrTTY: true });
    expect(tty.stderr).toContain("6/6");
    expect(JSON.parse(tty.stdout).summary.files).toBe(6);
    expect((await run(["check", many], { stderrTTY: false })).stderr).toBe("");
  });
});

describe("aip check --settings", () => {
  it("applies a valid settings file", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "einstellungen.json"), JSON.stringify({ regeln: { "hinweis/kfa-anteil": "off" } }));
    const withDefaults = JSON.parse((await run(["check", "--example", "--format", "json"])).stdout) as JsonReport;
    const changed = await run(["check", "--example", "--format", "json", "--settings", "einstellungen.json"], { cwd: dir });
    expect(changed.code).toBe(0);
    const rules = (r: JsonReport) => r.files[0].findings.map((f) => f.rule);
    expect(rules(withDefaults)).toContain("hinweis/kfa-anteil");
    expect(rules(JSON.parse(changed.stdout) as JsonReport)).not.toContain("hinweis/kfa-anteil");
  });

  it("rejects an invalid settings file with the German errors (exit 2)", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "falsch.json"), JSON.stringify({ toleranzen: { betrag: -1 }, farbe: "rot" }));
    writeFileSync(join(dir, "kaputt.json"), "{ toleranzen: ");
    const invalid = await run(["check", "--example", "--settings", "falsch.json"], { cwd: dir });
    expect(invalid.code).toBe(2);
    expect(invalid.stdout).toBe("");
    expect(invalid.stderr).toContain("Die Einstellungsdatei falsch.json ist ungültig:");
    expect(invalid.stderr).toContain("farbe: unbekannter Eintrag");
    expect(invalid.stderr).toContain("toleranzen.betrag");
    const broken = await run(["check", "--example", "--settings", "kaputt.json"], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("Die Einstellungsdatei kaputt.json ist kein gültiges JSON");
    const missing = await run(["check", "--example", "--settings", "gibtsnicht.json"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Die Einstellungsdatei gibtsnicht.json ist nicht lesbar (nicht gefunden).");
  });
});
