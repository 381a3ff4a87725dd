// Turns the command line into a command object with node:util parseArgs; wrong usage becomes a
// UsageError with a German message (exit code 2), never an exception trace.
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Lang, Severity } from "../core";

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** `aip map FILE.xlsx [--format text|json] [--labels LABELS.json] [--from LAST.xlsx] [--write OUT.xlsx [--mapping MAP.json] [--force]]` (src/cli/map.ts). */
export interface MapCommand {
  kind: "map";
  file: string;
  format: "text" | "json";
  /** Remembered labels to use besides the file's own (aip.labels format, issue 13 §3). */
  labels?: string;
  /** Last year's workbook with the names: its names' labels are looked up in FILE. */
  from?: string;
  write?: string;
  mapping?: string;
  force: boolean;
}

export type Command =
  | { kind: "help" }
  | { kind: "version" }
  | {
      kind: "check";
      paths: string[];
      example: boolean;
      format: "text" | "json";
      settingsFile?: string;
      failOn: Severity;
      /** Language of the messages and of the text output's labels. */
      lang: Lang;
      /** Check with the mapper's high proposals applied in memory (`--map`). */
      map?: boolean;
    }
  | MapCommand
  | { kind: "example"; out: string; force: boolean }
  | { kind: "rules"; format: "text" | "markdown" };

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`Ungültiger Wert für --${option}: „${value}“ (erlaubt: ${allowed.join(", ")}).`);
}

function parse<const T extends ParseArgsConfig["options"]>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    // parseArgs explains in English; say what went wrong in German and keep its detail.
    throw new UsageError(`Aufruf nicht verstanden: ${(e as Error).message}`);
  }
}

export function parseCommand(argv: string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") return { kind: "help" };
  if (command === "--version" || command === "-v") return { kind: "version" };
  if (rest.includes("--help") || rest.includes("-h")) return { kind: "help" };

  switch (command) {
    case "check": {
      const { values, positionals } = parse(rest, {
        format: { type: "string" },
        settings: { type: "string" },
        "fail-on": { type: "string" },
        lang: { type: "string" },
        example: { type: "boolean" },
        map: { type: "boolean" },
      });
      const example = values.example === true;
      if (!example && positionals.length === 0) {
        throw new UsageError("aip check braucht mindestens eine Datei oder einen Ordner (oder --example).");
      }
      return {
        kind: "check",
        paths: positionals,
        example,
        format: oneOf("format", values.format, ["text", "json"] as const, "text"),
        settingsFile: values.settings,
        failOn: oneOf("fail-on", values["fail-on"], ["error", "warning", "info"] as const, "error"),
        lang: oneOf("lang", values.lang, ["de", "en"] as const, "de"),
        ...(values.map === true ? { map: true } : {}),
      };
    }
    case "map": {
      const { values, positionals } = parse(rest, {
        format: { type: "string" },
        write: { type: "string" },
        mapping: { type: "string" },
        force: { type: "boolean" },
        labels: { type: "string" },
        from: { type: "string" },
      });
      if (positionals.length !== 1) throw new UsageError("aip map braucht genau eine .xlsx-Datei, z. B. aip map planung.xlsx");
      if (values.write !== undefined && !/\.xlsx$/i.test(values.write)) throw new UsageError(`Der Dateiname nach --write muss auf .xlsx enden: ${values.write}`);
      if (values.write === undefined && (values.mapping !== undefined || values.force)) {
        throw new UsageError("--mapping und --force gehören zu --write AUSGABE.xlsx.");
      }
      return {
        kind: "map",
        file: positionals[0],
        format: oneOf("format", values.format, ["text", "json"] as const, "text"),
        ...(values.write !== undefined ? { write: values.write } : {}),
        ...(values.mapping !== undefined ? { mapping: values.mapping } : {}),
        ...(values.labels !== undefined ? { labels: values.labels } : {}),
        ...(values.from !== undefined ? { from: values.from } : {}),
        force: values.force === true,
      };
    }
    case "example": {
      const { values, positionals } = parse(rest, { force: { type: "boolean" } });
      if (positionals.length !== 1) throw new UsageError("aip example braucht genau einen Dateinamen, z. B. aip example beispiel.xlsx");
      if (!/\.xlsx$/i.test(positionals[0])) throw new UsageError(`Der Dateiname muss auf .xlsx enden: ${positionals[0]}`);
      return { kind: "example", out: positionals[0], force: values.force === true };
    }
    case "rules": {
      const { values, positionals } = parse(rest, { format: { type: "string" } });
      if (positionals.length) throw new UsageError(`aip rules erwartet keine Dateien (${positionals.join(" ")}).`);
      return { kind: "rules", format: oneOf("format", values.format, ["text", "markdown"] as const, "text") };
    }
    default:
      throw new UsageError(`Unbekannter Befehl „${command}“. Befehle: check, map, example, rules (aip --help zeigt die Hilfe).`);
  }
}

export const HELP_DE = `aip – prüft AIP-Planungsmappen (.xlsx) auf Widersprüche

Aufruf:
  aip check DATEI|ORDNER... [--format text|json] [--settings DATEI] [--fail-on error|warning|info]
            [--lang de|en]
  aip check --example            prüft die eingebaute Beispielmappe (AIP 2024)
  aip example AUSGABE.xlsx [--force]
                                 schreibt die Beispielmappe als .xlsx
  aip rules [--format text|markdown]
                                 listet die Prüfregeln
  aip map DATEI.xlsx [--format text|json]
                                 schlägt für eine Mappe ohne Namen die Zuordnung vor
  aip map DATEI.xlsx --write AUSGABE.xlsx [--mapping ZUORDNUNG.json] [--force]
                                 schreibt eine Kopie mit den Namen (sichere Vorschläge + Datei)
  aip map DATEI.xlsx --labels BESCHRIFTUNGEN.json
                                 nutzt zusätzlich gemerkte Beschriftungen (Export aus „Einrichten“);
                                 die in der Mappe gemerkten (aip.labels) gelten immer
  aip map NEU.xlsx --from VORJAHR.xlsx
                                 sucht jeden Namen der Vorjahresmappe an der Zelle mit derselben
                                 Beschriftung und Rolle; meldet geblieben, verschoben, nicht gefunden
  aip --help | --version

Ordner werden rekursiv nach .xlsx-Dateien durchsucht.

Optionen von check:
  --format text|json             Ausgabe als Text (Standard) oder JSON
  --settings DATEI               Einstellungen (JSON: Toleranzen, Schwere je Regel, Regeln aus)
  --fail-on error|warning|info   ab welcher Schwere der Exit-Code 1 ist (Standard: error)
  --lang de|en                   Sprache der Meldungen (Standard: de); JSON enthält immer
                                 auch messageId und data
  --map                          prüft mit den sicheren Zuordnungsvorschlägen (nur im Speicher)

Exit-Codes:
  0  keine Meldung ab der Schwere von --fail-on
  1  mindestens eine Meldung ab dieser Schwere
  2  eine Datei konnte nicht geprüft werden, oder der Aufruf war falsch
`;
