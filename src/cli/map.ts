// `aip map`: proposes the name mapping of a workbook without names (issue 10 §4) and, with --write,
// writes a copy with the names defined by patching the original archive (src/xlsx/writeNames.ts). Also
// the reader of `aip check --map`, which checks with the high proposals applied in memory.
import { existsSync, realpathSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import JSZip from "jszip";
import {
  compareWithLast,
  labelsFromLast,
  MAPPER_MARKER,
  mergeLearned,
  planNames,
  proposeMapping,
  type FromLast,
  type LastComparison,
  type LearnedLabel,
  type MappingOverrides,
  type MappingResult,
  type NameAssignment,
} from "../core/mapper";
import { parseLearnedLabelsJson } from "../core/mapper/learnedFormat";
import type { WorkbookSnapshot } from "../core/snapshot";
import { readWorkbook, WorkbookReadError } from "../xlsx/readWorkbook";
import { readBytes, readUsedCells, type UsedCellsRead } from "../xlsx/readUsedCells";
import { readLearnedLabels } from "../xlsx/webExtensionSettings";
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

/**
 * Propose, for the bytes of a workbook: with the labels remembered in the file (aip.labels in its
 * web-extension part, as the pane stores them) and `extra` ones (--labels, --from).
 */
export async function mapBytes(bytes: Uint8Array, source: string, extra: readonly LearnedLabel[] = []): Promise<{ read: UsedCellsRead; result: MappingResult; fileLabels: number }> {
  const read = await readUsedCells(bytes, source);
  const stored = await readLearnedLabels(await JSZip.loadAsync(bytes));
  const learnedLabels = mergeLearned(stored.labels, extra);
  const result = proposeMapping(read.snapshot, read.names, { learnedLabels });
  if (stored.problem) result.notes.unshift(stored.problem);
  if (stored.labels.length) result.notes.unshift(`${stored.labels.length === 1 ? "1 in der Mappe gemerkte Beschriftung" : `${stored.labels.length} in der Mappe gemerkte Beschriftungen`} (aip.labels) verwendet.`);
  return { read, result, fileLabels: stored.labels.length };
}

/** --labels: a labels file as "Beschriftungen exportieren" writes it; a bad file is refused with its errors. */
async function loadLabels(file: string, cwd: string): Promise<LearnedLabel[]> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new MapError(`Die Beschriftungsdatei ${file} ist nicht lesbar (${code === "ENOENT" ? "nicht gefunden" : code}).`);
  }
  const parsed = parseLearnedLabelsJson(text);
  if (!parsed.ok) throw new MapError(`Die Beschriftungsdatei ${file} ist ungültig; nichts zugeordnet:\n  ${parsed.errors.join("\n  ")}`);
  return parsed.labels;
}

/** --from: last year's names and the labels beside their cells. */
async function loadLast(file: string, cwd: string): Promise<FromLast> {
  let read: UsedCellsRead;
  try {
    read = await readUsedCells(await readBytes(resolve(cwd, file)), file);
  } catch (e) {
    throw new MapError(`${file}: ${e instanceof WorkbookReadError ? e.message : message(e)}`);
  }
  const last = labelsFromLast(read.snapshot, read.names);
  if (last.names.length === 0) throw new MapError(`${file} hat keine Namen des Vertrags, die auf eine Zelle zeigen; --from braucht die Mappe des Vorjahres mit ihren Namen.`);
  return last;
}

function formatLastText(file: string, c: LastComparison): string {
  const lines = [``, `Vergleich mit ${file}: ${c.stayed.length} geblieben, ${c.moved.length} verschoben, ${c.notFound.length} nicht gefunden.`];
  const conf = (x: "high" | "low") => (x === "high" ? "sicher" : "prüfen");
  for (const m of c.moved) lines.push(`  verschoben  ${m.name}: ${m.from} → ${m.to} (${conf(m.confidence)})`);
  for (const s of c.stayed) lines.push(`  geblieben   ${s.name}: ${s.ref} (${conf(s.confidence)})`);
  for (const n of c.notFound) lines.push(`  nicht gefunden  ${n.name} (bisher ${n.from})${n.reason ? `: ${n.reason}` : ""}`);
  return `${lines.join("\n")}\n`;
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
  let extra: LearnedLabel[] = [];
  let last: FromLast | undefined;
  try {
    if (cmd.labels) extra = await loadLabels(cmd.labels, io.cwd);
    if (cmd.from) {
      last = await loadLast(cmd.from, io.cwd);
      extra = mergeLearned(extra, last.labels);
    }
  } catch (e) {
    io.stderr.write(`${message(e)}\n`);
    return EXIT_FAILURE;
  }
  let bytes: Buffer;
  let mapped: Awaited<ReturnType<typeof mapBytes>>;
  try {
    bytes = await readBytes(path);
    mapped = await mapBytes(bytes, cmd.file, extra);
  } catch (e) {
    const reason = e instanceof WorkbookReadError ? e.message : `Unerwarteter Fehler beim Lesen: ${message(e)}`;
    io.stderr.write(`${cmd.file}: ${reason}\n`);
    return EXIT_FAILURE;
  }
  const { read, result } = mapped;
  const comparison = last && cmd.from ? compareWithLast(result, last) : undefined;
  const show = () => {
    if (cmd.format === "json") {
      const json = formatMapJson(cmd.file, result);
      io.stdout.write(comparison ? `${JSON.stringify({ ...JSON.parse(json), from: { file: cmd.from, ...comparison } }, null, 2)}\n` : json);
    } else io.stdout.write(formatMapText(cmd.file, result) + (comparison ? formatLastText(cmd.from!, comparison) : ""));
  };
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
