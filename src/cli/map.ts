// `aip map`: proposes the name mapping of a workbook without names (issue 10 §4) and, with --write,
// writes a copy with the names defined by patching the original archive (src/xlsx/writeNames.ts). Also
// the reader of `aip check --map`, which checks with the high proposals applied in memory.
import { existsSync, realpathSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { MAPPER_MARKER, planNames, proposeMapping, type MappingOverrides, type MappingResult, type NameAssignment } from "../core/mapper";
import type { WorkbookSnapshot } from "../core/snapshot";
import { readWorkbook, WorkbookReadError } from "../xlsx/readWorkbook";
import { readBytes, readUsedCells, type UsedCellsRead } from "../xlsx/readUsedCells";
import { addDefinedNames } from "../xlsx/writeNames";
import type { MapCommand } from "./args";
import { formatMapJson, formatMapText } from "./formatMap";
import type { CliIO } from "./io";
import { EXIT_FAILURE, EXIT_OK } from "./report";

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function loadMapping(file: string, cwd: string): Promise<MappingOverrides> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new MapError(`Die Zuordnungsdatei ${file} ist nicht lesbar (${code === "ENOENT" ? "nicht gefunden" : code}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new MapError(`Die Zuordnungsdatei ${file} ist kein gültiges JSON: ${message(e)}`);
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new MapError(`Die Zuordnungsdatei ${file} muss ein Objekt sein: {"NAME": "'Blatt'!$B$3", "ANDERER": null}.`);
  }
  return json as MappingOverrides;
}

class MapError extends Error {}

function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    return existsSync(b) && realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** Propose, for the bytes of a workbook. */
export async function mapBytes(bytes: Uint8Array, source: string): Promise<{ read: UsedCellsRead; result: MappingResult }> {
  const read = await readUsedCells(bytes, source);
  return { read, result: proposeMapping(read.snapshot, read.names) };
}

/** The names to write as the splicer wants them: each with the add-in's marker comment. */
const toNew = (assignments: NameAssignment[]) => assignments.map((a) => ({ name: a.name, text: a.ref, comment: a.comment ?? MAPPER_MARKER }));
const replaced = (assignments: NameAssignment[]) => assignments.filter((a) => a.replaces !== undefined).map((a) => a.name);

/** `aip check FILE --map`: the file's snapshot as if the high proposals were written (nothing is). */
export async function readMappedWorkbook(path: string, label: string): Promise<WorkbookSnapshot> {
  const bytes = await readBytes(path);
  const { read, result } = await mapBytes(bytes, label);
  const { assignments } = planNames(result, {}, read.sheetNames, read.names);
  const patched = assignments.length ? await addDefinedNames(bytes, toNew(assignments)) : bytes;
  const snapshot = await readWorkbook(patched, label);
  const low = result.proposals.length - assignments.length;
  const note = `Zuordnung nur im Speicher (--map): ${assignments.length} sichere Vorschläge angewandt${low ? `, ${low} zu prüfende nicht` : ""}; die Datei bleibt unverändert.`;
  return { ...snapshot, notes: [note, ...(snapshot.notes ?? [])] };
}

export async function runMap(cmd: MapCommand, io: CliIO): Promise<number> {
  const path = resolve(io.cwd, cmd.file);
  const out = cmd.write === undefined ? undefined : resolve(io.cwd, cmd.write);
  // A refused --write is refused before anything is read or printed (review of issue 10).
  let overrides: MappingOverrides = {};
  if (out !== undefined) {
    if (sameFile(path, out)) {
      io.stderr.write(`Die Ausgabe ${cmd.write} ist die Eingabedatei; aip map überschreibt das Original nie (bitte einen anderen Namen wählen).\n`);
      return EXIT_FAILURE;
    }
    if (existsSync(out) && !cmd.force) {
      io.stderr.write(`Die Datei ${cmd.write} gibt es schon; sie wird nicht überschrieben (mit --force doch).\n`);
      return EXIT_FAILURE;
    }
    try {
      if (cmd.mapping) overrides = await loadMapping(cmd.mapping, io.cwd);
    } catch (e) {
      io.stderr.write(`${message(e)}\n`);
      return EXIT_FAILURE;
    }
  }
  let bytes: Buffer;
  let mapped: Awaited<ReturnType<typeof mapBytes>>;
  try {
    bytes = await readBytes(path);
    mapped = await mapBytes(bytes, cmd.file);
  } catch (e) {
    const reason = e instanceof WorkbookReadError ? e.message : `Unerwarteter Fehler beim Lesen: ${message(e)}`;
    io.stderr.write(`${cmd.file}: ${reason}\n`);
    return EXIT_FAILURE;
  }
  const { read, result } = mapped;
  const show = () => io.stdout.write(cmd.format === "json" ? formatMapJson(cmd.file, result) : formatMapText(cmd.file, result));
  if (out === undefined) {
    show();
    return EXIT_OK;
  }

  // Writing: the report goes to stderr when stdout carries JSON, so the JSON stays parseable.
  const say = (text: string) => (cmd.format === "json" ? io.stderr : io.stdout).write(text);
  const { assignments, errors } = planNames(result, overrides, read.sheetNames, read.names);
  if (errors.length) {
    io.stderr.write(`Die Zuordnungsdatei ${cmd.mapping} enthält Fehler; nichts geschrieben:\n  ${errors.join("\n  ")}\n`);
    return EXIT_FAILURE;
  }
  if (assignments.length === 0) {
    show();
    io.stderr.write("Es gibt keinen sicheren Vorschlag und keine Zuordnung aus --mapping; nichts geschrieben.\n");
    return EXIT_FAILURE;
  }
  try {
    await writeFile(out, await addDefinedNames(bytes, toNew(assignments), replaced(assignments)));
  } catch (e) {
    io.stderr.write(`Die Datei ${cmd.write} konnte nicht geschrieben werden: ${message(e)}\n`);
    return EXIT_FAILURE;
  }
  show();
  const fromFile = assignments.filter((a) => a.source === "zuordnung").length;
  const lines = [
    `Geschrieben: ${cmd.write} mit ${assignments.length} Namen (${assignments.length - fromFile} aus sicheren Vorschlägen, ${fromFile} aus ${cmd.mapping ?? "--mapping"}); sonst unverändert.`,
    ...assignments.filter((a) => a.replaces !== undefined).map((a) => `  ersetzt: ${a.name} (bisher ${a.replaces}, jetzt =${a.ref})`),
  ];
  if (fromFile === 0) lines[0] = `Geschrieben: ${cmd.write} mit ${assignments.length} Namen aus sicheren Vorschlägen; sonst unverändert.`;
  say(`${lines.join("\n")}\n`);
  return EXIT_OK;
}
