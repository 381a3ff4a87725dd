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

/** `aip docx check|tables|fill …` (src/cli/docx.ts). */
export type DocxCommand =
  | { kind: "docx-check"; document: string; workbook: string; format: "text" | "json"; failOn: Severity; lang: Lang; map: boolean }
  | { kind: "docx-tables"; workbook: string; out: string; force: boolean; map: boolean }
  | { kind: "docx-fill"; template: string; workbook: string; out: string; force: boolean; map: boolean };

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
      /** Check the monthly sheet as of this month (1–12): later months read as blank (`--month`). */
      month?: number;
    }
  | MapCommand
  | DocxCommand
  | { kind: "example"; out: string; force: boolean; docx: boolean; verlauf: boolean }
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
        month: { type: "string" },
      });
      let month: number | undefined;
      if (values.month !== undefined) {
        month = Number(values.month);
        if (!/^\d{1,2}$/.test(values.month) || month < 1 || month > 12) throw new UsageError(`--month braucht einen Monat von 1 bis 12, nicht „${values.month}“.`);
      }
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
        ...(month !== undefined ? { month } : {}),
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
      const { values, positionals } = parse(rest, { force: { type: "boolean" }, verlauf: { type: "boolean" } });
      if (positionals.length !== 1) throw new UsageError("aip example braucht genau einen Dateinamen, z. B. aip example beispiel.xlsx");
      if (!/\.(xlsx|docx)$/i.test(positionals[0])) throw new UsageError(`Der Dateiname muss auf .xlsx (Beispielmappe) oder .docx (Beispieldokument) enden: ${positionals[0]}`);
      const docx = /\.docx$/i.test(positionals[0]);
      if (docx && values.verlauf === true) throw new UsageError("--verlauf gilt nur für die Beispielmappe (.xlsx), nicht für das Beispieldokument.");
      return { kind: "example", out: positionals[0], force: values.force === true, docx, verlauf: values.verlauf === true };
    }
    case "docx": {
      const [sub, ...args] = rest;
      const { values, positionals } = parse(args, {
        format: { type: "string" },
        "fail-on": { type: "string" },
        lang: { type: "string" },
        map: { type: "boolean" },
        force: { type: "boolean" },
      });
      const ext = (file: string, e: string, what: string) => {
        if (!new RegExp(`\\.${e}$`, "i").test(file)) throw new UsageError(`${what} muss auf .${e} enden: ${file}`);
        return file;
      };
      const map = values.map === true;
      if (sub === "check") {
        if (positionals.length !== 2) throw new UsageError("aip docx check braucht ein Dokument und eine Mappe: aip docx check AIP.docx planung.xlsx");
        return {
          kind: "docx-check",
          document: positionals[0],
          workbook: ext(positionals[1], "xlsx", "Die Mappe"),
          format: oneOf("format", values.format, ["text", "json"] as const, "text"),
          failOn: oneOf("fail-on", values["fail-on"], ["error", "warning", "info"] as const, "error"),
          lang: oneOf("lang", values.lang, ["de", "en"] as const, "de"),
          map,
        };
      }
      if (sub === "tables") {
        if (positionals.length !== 2) throw new UsageError("aip docx tables braucht eine Mappe und eine Ausgabedatei: aip docx tables planung.xlsx tabellen.docx");
        return { kind: "docx-tables", workbook: ext(positionals[0], "xlsx", "Die Mappe"), out: ext(positionals[1], "docx", "Die Ausgabedatei"), force: values.force === true, map };
      }
      if (sub === "fill") {
        if (positionals.length !== 3) throw new UsageError("aip docx fill braucht Vorlage, Mappe und Ausgabedatei: aip docx fill vorlage.docx planung.xlsx aip.docx");
        return {
          kind: "docx-fill",
          template: positionals[0],
          workbook: ext(positionals[1], "xlsx", "Die Mappe"),
          out: ext(positionals[2], "docx", "Die Ausgabedatei"),
          force: values.force === true,
          map,
        };
      }
      throw new UsageError(`aip docx kennt check, tables und fill${sub ? ` (nicht „${sub}“)` : ""}.`);
    }
    case "rules": {
      const { values, positionals } = parse(rest, { format: { type: "string" } });
      if (positionals.length) throw new UsageError(`aip rules erwartet keine Dateien (${positionals.join(" ")}).`);
      return { kind: "rules", format: oneOf("format", values.format, ["text", "markdown"] as const, "text") };
    }
    default:
      throw new UsageError(`Unbekannter Befehl „${command}“. Befehle: check, map, docx, example, rules (aip --help zeigt die Hilfe).`);
  }
}

export const HELP_DE = `aip – prüft AIP-Planungsmappen (.xlsx) auf Widersprüche

Aufruf:
  aip check DATEI|ORDNER... [--format text|json] [--settings DATEI] [--fail-on error|warning|info]
            [--lang de|en] [--month M]
  aip check --example            prüft die eingebaute Beispielmappe (AIP 2024)
  aip example AUSGABE.xlsx|AUSGABE.docx [--force] [--verlauf]
                                 schreibt die Beispielmappe (.xlsx; mit --verlauf dazu das
                                 Verlaufsblatt mit erfundenen Testzahlen bis Juni) oder das
                                 Beispieldokument, den Text des AIP 2024 mit seinen Tabellen (.docx)
  aip rules [--format text|markdown]
                                 listet die Prüfregeln
  aip map DATEI.xlsx [--format text|json]
                                 schlägt für eine Mappe ohne Namen die Zuordnung vor
  aip map DATEI.xlsx --write AUSGABE.xlsx [--mapping ZUORDNUNG.json] [--force]
                                 schreibt eine Kopie mit den Namen (sichere Vorschläge + Datei)
  aip docx check DOKUMENT.docx MAPPE.xlsx [--format text|json] [--fail-on …] [--lang de|en] [--map]
                                 prüft jede Zahl im Word-Dokument gegen die Mappe
  aip docx tables MAPPE.xlsx AUSGABE.docx [--force]
                                 schreibt die vier Tabellen des AIP als Word-Tabellen
  aip docx fill VORLAGE.docx MAPPE.xlsx AUSGABE.docx [--force]
                                 füllt die Platzhalter {NAME} einer Word-Vorlage aus der Mappe
                                 (--force: auch wenn die Prüfung der Mappe Fehler meldet)
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
  --month M                      prüft das Verlaufsblatt (MON_*) zum Stand Monat M (1–12):
                                 spätere Monate gelten als noch nicht gemeldet

Exit-Codes:
  0  keine Meldung ab der Schwere von --fail-on
  1  mindestens eine Meldung ab dieser Schwere
  2  eine Datei konnte nicht geprüft werden, oder der Aufruf war falsch
`;
