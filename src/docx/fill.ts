// `aip docx fill`: the Jobcenter's own Word template, its placeholders filled from the workbook with
// docxtemplater (free core, MIT): `{NAME}`, `{NAME|format}`, row loops `{#FOE_Tabelle}…{/FOE_Tabelle}`;
// placeholders Word split across runs are joined by docxtemplater itself. An unknown placeholder, one whose
// name the workbook lacks, a bad format or a broken tag stops the fill with the full list; nothing is written.
import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";
import {
  FORMAT_SPECS,
  LOOP_PLACEHOLDERS,
  formatPlaceholder,
  knownPlaceholders,
  placeholderData,
  type PlaceholderValue,
} from "../core/document/placeholders";
import type { WorkbookSnapshot } from "../core/snapshot";

export class FillError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FillError";
  }
}

interface TemplateError {
  properties?: { explanation?: string; xtag?: string; id?: string; errors?: TemplateError[] };
  message?: string;
}

const isValue = (x: unknown): x is PlaceholderValue => typeof x === "object" && x !== null && "kind" in x && "value" in x;

/** Fill a .docx template; returns the filled document and how many placeholders were replaced. */
export function fillTemplate(template: Uint8Array, snapshot: WorkbookSnapshot, label: string): { data: Uint8Array; placeholders: number } {
  const { values, loops } = placeholderData(snapshot);
  const known = new Set([...knownPlaceholders(), ...Object.keys(LOOP_PLACEHOLDERS)]);
  const loopFields = new Set(Object.values(LOOP_PLACEHOLDERS).flat());
  const problems: string[] = [];
  let replaced = 0;

  const parser = (tag: string) => {
    const [rawName, format] = tag.split("|").map((s) => s.trim());
    const name = rawName.replace(/^[#/^]/, "");
    if (format !== undefined && !FORMAT_SPECS.test(format)) problems.push(`{${tag}}: Format „${format}“ unbekannt`);
    return {
      get(scope: unknown) {
        if (scope === null || typeof scope !== "object" || !(name in scope)) return undefined;
        const v = (scope as Record<string, unknown>)[name];
        if (Array.isArray(v)) return v;
        if (!isValue(v)) return undefined;
        replaced++;
        return formatPlaceholder(v, format);
      },
    };
  };

  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(new PizZip(template), {
      paragraphLoop: true,
      linebreaks: true,
      parser,
      nullGetter(part) {
        const name = String(part.value ?? "").split("|")[0].trim();
        if (known.has(name) || loopFields.has(name)) problems.push(`{${part.value}}: ${loopFields.has(name) ? "nur innerhalb einer Tabellenschleife" : "fehlt in der Mappe oder ist ungültig"}`);
        else problems.push(`{${part.value}}: unbekannter Platzhalter`);
        return "";
      },
    });
    doc.render({ ...values, ...loops });
  } catch (e) {
    const errors = (e as TemplateError).properties?.errors ?? [e as TemplateError];
    const lines = errors.map((x) => `  ${x.properties?.xtag ? `{${x.properties.xtag}}: ` : ""}${germanTemplateError(x)}`);
    throw new FillError(`Die Vorlage ${label} hat fehlerhafte Platzhalter; es wird nichts geschrieben:\n${lines.join("\n")}`);
  }
  if (problems.length) {
    const unique = [...new Set(problems)];
    throw new FillError(`Die Vorlage ${label} kann nicht gefüllt werden (${unique.length} Platzhalter); es wird nichts geschrieben:\n  ${unique.join("\n  ")}`);
  }
  const data = doc.getZip().generate({ type: "uint8array", compression: "DEFLATE" }) as Uint8Array;
  return { data, placeholders: replaced };
}

function germanTemplateError(e: TemplateError): string {
  switch (e.properties?.id) {
    case "unclosed_tag":
      return "Platzhalter ohne schließende Klammer }";
    case "unopened_tag":
      return "schließende Klammer } ohne öffnende {";
    case "unclosed_loop":
    case "unopened_loop":
    case "closing_tag_does_not_match_opening_tag":
      return "Tabellenschleife {#…} ohne passendes {/…}";
    case "duplicate_open_tag":
    case "duplicate_close_tag":
      return "doppelte Klammer {{ oder }}";
    default:
      return `fehlerhafter Platzhalter (${e.properties?.explanation ?? e.message ?? "unbekannt"})`;
  }
}
