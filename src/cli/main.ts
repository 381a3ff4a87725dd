// The `aip` command line: check .xlsx files or the built-in example, write the example workbook, list
// the rules. Returns the exit code (0 ok, 1 findings at or above --fail-on, 2 unreadable file or wrong
// usage); every error a user can cause ends in a German message, never a stack trace.
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
// Only what every check needs is loaded up front; the writer, the mapper, the settings schema (zod) and the
// rule catalogue's documentation are loaded by the commands that use them (the README's first command
// `aip check --example` should cost little more than starting Node).
import type { Lang, Settings, WorkbookSnapshot } from "../core";
import { checkWithCoverage } from "../core/engine";
import { EXAMPLE_SOURCE } from "../core/example/source";
import { SEVERITY_LABEL_DE } from "../core/finding";
import { DEFAULT_SETTINGS } from "../core/ruleSettings";
import { readWorkbookFile, WorkbookReadError } from "../xlsx/readWorkbook";
import { HELP_DE, parseCommand, UsageError, type Command } from "./args";
import { collectFiles } from "./collectFiles";
import { exampleSnapshotViaXlsx } from "./exampleFile";
import { formatJson } from "./formatJson";
import { formatText } from "./formatText";
import { processIO, wantsColour, type CliIO } from "./io";
import { progressBar } from "./progress";
import { EXIT_FAILURE, EXIT_OK, exitCode, type FileReport } from "./report";

export { exampleSnapshotViaXlsx } from "./exampleFile";

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

function version(): string {
  // package.json sits two levels up from both src/cli (tsx, jest) and build/cli (compiled).
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

async function loadSettings(file: string, cwd: string): Promise<Settings> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`Die Einstellungsdatei ${file} ist nicht lesbar (${code === "ENOENT" ? "nicht gefunden" : code}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`Die Einstellungsdatei ${file} ist kein gültiges JSON: ${message(e)}`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand; import() would stay native ESM under tsx/cjs
  const { parseSettings } = (require("../core/settings") as typeof import("../core/settings"));
  const parsed = parseSettings(json);
  if (!parsed.ok) throw new UsageError(`Die Einstellungsdatei ${file} ist ungültig:\n  ${parsed.errors.join("\n  ")}`);
  return parsed.settings;
}

async function checkOne(file: string, read: () => Promise<WorkbookSnapshot>, settings: Settings, lang: Lang, month?: number): Promise<FileReport> {
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await read();
    if (month !== undefined) snapshot = { ...snapshot, asOfMonth: month };
  } catch (e) {
    const reason = e instanceof WorkbookReadError ? e.message : `Unerwarteter Fehler beim Lesen: ${message(e)}`;
    return { file, findings: [], error: reason };
  }
  try {
    const { findings, coverage } = checkWithCoverage(snapshot, settings, { lang });
    return { file, findings, coverage, ...(snapshot.notes?.length ? { notes: snapshot.notes } : {}) };
  } catch (e) {
    return { file, findings: [], error: `Unerwarteter Fehler bei der Prüfung: ${message(e)}` };
  }
}

async function runCheck(cmd: Extract<Command, { kind: "check" }>, io: CliIO): Promise<number> {
  const settings = cmd.settingsFile ? await loadSettings(cmd.settingsFile, io.cwd) : DEFAULT_SETTINGS;
  const absolute = cmd.paths.map((p) => resolve(io.cwd, p));
  const targets = await collectFiles(absolute);
  // Each argument resolved once, not once per file of a folder.
  const label = (abs: string) => cmd.paths[absolute.indexOf(abs)] ?? relativeLabel(abs, io.cwd);
  const reports: FileReport[] = [];
  if (cmd.example) reports.push(await checkOne(EXAMPLE_SOURCE, exampleSnapshotViaXlsx, settings, cmd.lang, cmd.month));

  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand; import() would stay native ESM under tsx/cjs
  const readMapped = cmd.map ? (require("./map") as typeof import("./map")).readMappedWorkbook : undefined;
  const progress = progressBar(io.stderr, targets.length);
  for (const target of targets) {
    const file = label(target.file);
    if ("error" in target) reports.push({ file, findings: [], error: target.error });
    else reports.push(await checkOne(file, () => (readMapped ? readMapped(target.file, file) : readWorkbookFile(target.file)), settings, cmd.lang, cmd.month));
    progress.tick(file);
  }
  progress.done();

  io.stdout.write(cmd.format === "json" ? formatJson(reports) : formatText(reports, wantsColour(io.stdout, io.env), cmd.lang));
  return exitCode(reports, cmd.failOn);
}

function relativeLabel(abs: string, cwd: string): string {
  const prefix = cwd.endsWith("/") ? cwd : `${cwd}/`;
  return abs.startsWith(prefix) ? abs.slice(prefix.length) : abs;
}

async function runExample(cmd: Extract<Command, { kind: "example" }>, io: CliIO): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand; import() would stay native ESM under tsx/cjs
  if (cmd.docx) return (require("./docx") as typeof import("./docx")).runExampleDocx(cmd.out, cmd.force, io);
  const out = resolve(io.cwd, cmd.out);
  if (existsSync(out) && !cmd.force) {
    io.stderr.write(`Die Datei ${cmd.out} gibt es schon; sie wird nicht überschrieben (mit --force doch).\n`);
    return EXIT_FAILURE;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand; import() would stay native ESM under tsx/cjs
  const [{ addVerlauf2024, buildExample2024 }, { writeWorkbookFile }] = [(require("../core/example") as typeof import("../core/example")), (require("../xlsx/writeWorkbook") as typeof import("../xlsx/writeWorkbook"))];
  const model = cmd.verlauf ? addVerlauf2024(buildExample2024()) : buildExample2024();
  try {
    await writeWorkbookFile(model, out);
  } catch (e) {
    io.stderr.write(`Die Datei ${cmd.out} konnte nicht geschrieben werden: ${message(e)}\n`);
    return EXIT_FAILURE;
  }
  io.stdout.write(`Beispielmappe geschrieben: ${cmd.out} (${model.sheets.length} Blätter, ${model.names.length} Namen)\n`);
  return EXIT_OK;
}

async function runRules(cmd: Extract<Command, { kind: "rules" }>, io: CliIO): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand; import() would stay native ESM under tsx/cjs
  const [{ RULES }, { FAMILY_TITLE_DE, rulesMarkdown }] = [(require("../core/rules") as typeof import("../core/rules")), (require("../core/rulesDoc") as typeof import("../core/rulesDoc"))];
  if (cmd.format === "markdown") {
    io.stdout.write(rulesMarkdown());
    return EXIT_OK;
  }
  const width = Math.max(...RULES.map((r) => r.meta.id.length));
  const lines: string[] = [];
  for (const family of Object.keys(FAMILY_TITLE_DE) as (keyof typeof FAMILY_TITLE_DE)[]) {
    const rules = RULES.filter((r) => r.meta.family === family);
    if (!rules.length) continue;
    lines.push(FAMILY_TITLE_DE[family]);
    for (const { meta } of rules) {
      lines.push(`  ${meta.id.padEnd(width)}  ${SEVERITY_LABEL_DE[meta.severity].padEnd(7)}  ${meta.title}`);
    }
    lines.push("");
  }
  lines.push(`${RULES.length} Regeln. Ausführlich: aip rules --format markdown`);
  io.stdout.write(`${lines.join("\n")}\n`);
  return EXIT_OK;
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  try {
    const cmd = parseCommand(argv);
    switch (cmd.kind) {
      case "help":
        io.stdout.write(HELP_DE);
        return EXIT_OK;
      case "version":
        io.stdout.write(`${version()}\n`);
        return EXIT_OK;
      case "check":
        return await runCheck(cmd, io);
      case "example":
        return await runExample(cmd, io);
      case "map":
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand; import() would stay native ESM under tsx/cjs
        return await (require("./map") as typeof import("./map")).runMap(cmd, io);
      case "rules":
        return await runRules(cmd, io);
      case "docx-check":
      case "docx-tables":
      case "docx-fill":
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand; import() would stay native ESM under tsx/cjs
        return await (require("./docx") as typeof import("./docx")).runDocx(cmd, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`${e.message}\n(aip --help zeigt die Hilfe.)\n`);
      return EXIT_FAILURE;
    }
    // A bug of ours: say so in one line rather than dump a trace on the user.
    io.stderr.write(`Interner Fehler: ${message(e)}\n`);
    return EXIT_FAILURE;
  }
}
