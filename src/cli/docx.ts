// `aip docx check|tables|fill` and `aip example OUT.docx`: the programme document against the workbook.
// Same output formats and exit codes as `aip check` (0 ok, 1 findings at or above --fail-on, 2 unreadable
// input or wrong usage); bad input ends in a German message and nothing is written.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { checkDocument, programmeTables, type DocumentCoverage } from "../core/document";
import { DEFAULT_SETTINGS, checkWithCoverage, type WorkbookSnapshot } from "../core";
import { DocxReadError, readDocx } from "../docx/readDocx";
import { exampleProgrammeDocx } from "../docx/exampleDocument";
import { fillTemplate, FillError } from "../docx/fill";
import { writeTablesDocx } from "../docx/writeDocx";
import { readWorkbookFile, WorkbookReadError } from "../xlsx/readWorkbook";
import type { DocxCommand } from "./args";
import { formatJson } from "./formatJson";
import { formatText } from "./formatText";
import { wantsColour, type CliIO } from "./io";
import { readMappedWorkbook } from "./map";
import { EXIT_FAILURE, EXIT_OK, exitCode, type FileReport } from "./report";

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

class InputError extends Error {}

async function readInput(file: string, io: CliIO): Promise<Uint8Array> {
  try {
    return await readFile(resolve(io.cwd, file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${file} ist nicht lesbar (${code === "ENOENT" ? "nicht gefunden" : code === "EISDIR" ? "ein Ordner" : code}).`);
  }
}

async function loadWorkbook(file: string, map: boolean, io: CliIO): Promise<WorkbookSnapshot> {
  const abs = resolve(io.cwd, file);
  if (!existsSync(abs)) throw new InputError(`Die Mappe ${file} gibt es nicht.`);
  try {
    return map ? await readMappedWorkbook(abs, file) : await readWorkbookFile(abs);
  } catch (e) {
    throw new InputError(`Die Mappe ${file} ist nicht lesbar: ${e instanceof WorkbookReadError ? e.message : message(e)}`);
  }
}

async function loadDocument(file: string, io: CliIO) {
  if (/\.doc$/i.test(file)) throw new InputError(`${file} ist im alten Word-Format (.doc); bitte in Word als .docx speichern (Datei › Speichern unter › Word-Dokument).`);
  const data = await readInput(file, io);
  try {
    return await readDocx(data, file);
  } catch (e) {
    throw new InputError(e instanceof DocxReadError ? e.message : `${file} ist nicht lesbar: ${message(e)}`);
  }
}

/** "Zahlen im Dokument: 95, geprüft: 71; nicht geprüft: 24 (Absatz 23 „25 %“, …)". */
export function documentCoverageLine(c: DocumentCoverage, lang: "de" | "en"): string {
  // Figures whose name the workbook lacks first: those could be checked once the name is there.
  const ordered = [...c.unchecked.filter((u) => u.reason === "name-fehlt"), ...c.unchecked.filter((u) => u.reason !== "name-fehlt")];
  const shown = ordered.slice(0, 6).map((u) => `${u.place} „${u.figure}“${u.reason === "name-fehlt" ? ` (${u.name} fehlt)` : ""}`);
  const more = c.unchecked.length > shown.length ? ", …" : "";
  if (lang === "en") {
    const head = `figures in the document: ${c.figures}, checked: ${c.checked}`;
    return c.unchecked.length ? `${head}; not checked: ${c.unchecked.length} (${shown.join(", ").replace(/[„“]/g, '"')}${more})` : head;
  }
  const head = `Zahlen im Dokument: ${c.figures}, geprüft: ${c.checked}`;
  return c.unchecked.length ? `${head}; nicht geprüft: ${c.unchecked.length} (${shown.join(", ")}${more})` : head;
}

async function runCheck(cmd: Extract<DocxCommand, { kind: "docx-check" }>, io: CliIO): Promise<number> {
  const label = `${cmd.document} gegen ${cmd.workbook}`;
  let report: FileReport;
  let coverage: DocumentCoverage | undefined;
  try {
    const doc = await loadDocument(cmd.document, io);
    const snapshot = await loadWorkbook(cmd.workbook, cmd.map, io);
    const result = checkDocument(doc, snapshot, { lang: cmd.lang });
    coverage = result.coverage;
    report = { file: label, findings: result.findings };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    report = { file: label, findings: [], error: e.message };
  }
  if (cmd.format === "json") {
    const json = JSON.parse(formatJson([report])) as { files: Array<Record<string, unknown>> };
    if (coverage) json.files[0].coverage = coverage;
    json.files[0].document = cmd.document;
    json.files[0].workbook = cmd.workbook;
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const lines = formatText([report], wantsColour(io.stdout, io.env), cmd.lang).split("\n");
    if (coverage) lines.splice(1, 0, `  ${documentCoverageLine(coverage, cmd.lang)}`);
    io.stdout.write(lines.join("\n"));
  }
  return exitCode([report], cmd.failOn);
}

function refuseExisting(out: string, force: boolean, io: CliIO): boolean {
  if (existsSync(resolve(io.cwd, out)) && !force) {
    io.stderr.write(`Die Datei ${out} gibt es schon; sie wird nicht überschrieben (mit --force doch).\n`);
    return true;
  }
  return false;
}

async function write(out: string, data: Uint8Array, io: CliIO): Promise<boolean> {
  try {
    await writeFile(resolve(io.cwd, out), data);
    return true;
  } catch (e) {
    io.stderr.write(`Die Datei ${out} konnte nicht geschrieben werden: ${message(e)}\n`);
    return false;
  }
}

async function runTables(cmd: Extract<DocxCommand, { kind: "docx-tables" }>, io: CliIO): Promise<number> {
  if (refuseExisting(cmd.out, cmd.force, io)) return EXIT_FAILURE;
  const snapshot = await loadWorkbook(cmd.workbook, cmd.map, io);
  const tables = programmeTables(snapshot);
  const jobcenter = snapshot.names.find((n) => n.name === "AIP_Jobcenter")?.values?.[0]?.[0];
  const year = snapshot.names.find((n) => n.name === "AIP_Planjahr")?.values?.[0]?.[0];
  const missing = tables.flatMap((t) => t.missing);
  const data = await writeTablesDocx(tables, typeof jobcenter === "string" ? jobcenter : "Jobcenter", typeof year === "number" ? year : undefined);
  if (!(await write(cmd.out, data, io))) return EXIT_FAILURE;
  io.stdout.write(`Tabellen geschrieben: ${cmd.out} (${tables.length} Tabellen: ${tables.map((t) => t.caption).join("; ")})\n`);
  if (missing.length) io.stderr.write(`Ohne Wert, weil der Name in der Mappe fehlt oder ungültig ist: ${[...new Set(missing)].join(", ")}\n`);
  return EXIT_OK;
}

async function runFill(cmd: Extract<DocxCommand, { kind: "docx-fill" }>, io: CliIO): Promise<number> {
  if (refuseExisting(cmd.out, cmd.force, io)) return EXIT_FAILURE;
  const template = await loadTemplate(cmd.template, io);
  const snapshot = await loadWorkbook(cmd.workbook, cmd.map, io);
  const errors = checkWithCoverage(snapshot, DEFAULT_SETTINGS).findings.filter((f) => f.severity === "error");
  if (errors.length && !cmd.force) {
    io.stderr.write(
      `Die Mappe ${cmd.workbook} hat ${errors.length} ${errors.length === 1 ? "Fehler" : "Fehler"} (aip check ${cmd.workbook} zeigt sie); es wird nichts geschrieben (mit --force doch).\n`,
    );
    return EXIT_FAILURE;
  }
  if (errors.length) io.stderr.write(`Achtung: die Mappe ${cmd.workbook} hat ${errors.length} Fehler; das Dokument wird trotzdem gefüllt (--force).\n`);
  let filled: { data: Uint8Array; placeholders: number };
  try {
    filled = fillTemplate(template, snapshot, cmd.template);
  } catch (e) {
    if (e instanceof FillError) {
      io.stderr.write(`${e.message}\n`);
      return EXIT_FAILURE;
    }
    throw e;
  }
  if (!(await write(cmd.out, filled.data, io))) return EXIT_FAILURE;
  io.stdout.write(`Dokument gefüllt: ${cmd.out} (${filled.placeholders} Platzhalter aus ${cmd.workbook})\n`);
  return EXIT_OK;
}

async function loadTemplate(file: string, io: CliIO): Promise<Uint8Array> {
  // The same container checks as the document check: .doc, encrypted, no zip, damaged.
  await loadDocument(file, io);
  return readInput(file, io);
}

export async function runDocx(cmd: DocxCommand, io: CliIO): Promise<number> {
  try {
    switch (cmd.kind) {
      case "docx-check":
        return await runCheck(cmd, io);
      case "docx-tables":
        return await runTables(cmd, io);
      case "docx-fill":
        return await runFill(cmd, io);
    }
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr.write(`${e.message}\n`);
      return EXIT_FAILURE;
    }
    throw e;
  }
}

/** `aip example OUT.docx`: the example programme document. */
export async function runExampleDocx(out: string, force: boolean, io: CliIO): Promise<number> {
  if (refuseExisting(out, force, io)) return EXIT_FAILURE;
  if (!(await write(out, await exampleProgrammeDocx(), io))) return EXIT_FAILURE;
  io.stdout.write(`Beispieldokument geschrieben: ${out} (Text des AIP 2024 mit den Tabellen aus der Beispielmappe)\n`);
  return EXIT_OK;
}
