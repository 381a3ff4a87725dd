// Validating the workbook's own words (./learned.ts) as stored in `aip.labels` or imported from a file: zod,
// German messages naming the path, a bad input changes nothing. Apart from ./learned.ts so hosts load zod
// only when they read or import labels (the task pane imports this module on demand).
import * as z from "zod/mini"; // as in ../settings.ts: small, and no code generation under the pane's CSP
import { contractName } from "../contract";
import { addLearned, genericReason, LABELS_FORMAT_VERSION, LABELS_SETTING_KEY, MAX_LEARNED_LABELS, type LearnedLabel } from "./learned";

const MAX_TEXT = 200;

const text = (what: string) =>
  z.string({ error: `${what} muss ein Text sein` }).check(
    z.trim(),
    z.minLength(1, { error: `${what} ist leer` }),
    z.maxLength(MAX_TEXT, { error: `${what} ist länger als ${MAX_TEXT} Zeichen` }),
  );

const labelSchema = z.strictObject(
  {
    name: z.string({ error: "name muss ein Text sein" }).check(z.refine((n) => contractName(n) !== undefined, { error: (i) => `„${String(i.input)}“ ist kein Name des Vertrags` })),
    label: text("label"),
    context: z.optional(text("context")),
  },
  { error: "erwartet wird ein Objekt {\"name\": …, \"label\": …}" },
);

const fileSchema = z.strictObject(
  {
    format: z.literal(LABELS_SETTING_KEY, { error: `format muss „${LABELS_SETTING_KEY}“ sein` }),
    version: z.literal(LABELS_FORMAT_VERSION, { error: `version ${LABELS_FORMAT_VERSION} wird unterstützt` }),
    labels: z.array(labelSchema, { error: "labels muss eine Liste sein" }).check(z.maxLength(MAX_LEARNED_LABELS, { error: `höchstens ${MAX_LEARNED_LABELS} Beschriftungen` })),
  },
  { error: `erwartet wird ein Objekt {"format": "${LABELS_SETTING_KEY}", "version": ${LABELS_FORMAT_VERSION}, "labels": […]}` },
);

export type ParseLearnedResult = { ok: true; labels: LearnedLabel[]; skipped: string[] } | { ok: false; errors: string[] };

/**
 * Validate an `aip.labels` value or an imported file (already parsed JSON). Errors name the path
 * ("labels.3.name: …"). Generic labels ("Summe", "2024") in a valid file are left out and listed in `skipped`.
 */
export function parseLearnedLabels(input: unknown): ParseLearnedResult {
  const parsed = fileSchema.safeParse(input);
  if (!parsed.success) {
    const errors: string[] = [];
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join(".");
      if (issue.code === "unrecognized_keys") for (const key of issue.keys) errors.push(`${path ? `${path}.` : ""}${key}: unbekannter Eintrag`);
      else errors.push(`${path || "Datei"}: ${issue.message}`);
    }
    return { ok: false, errors };
  }
  let labels: LearnedLabel[] = [];
  const skipped: string[] = [];
  for (const l of parsed.data.labels) {
    const entry: LearnedLabel = { name: contractName(l.name)!.name, label: l.label, ...(l.context ? { context: l.context } : {}) };
    const generic = genericReason(entry.label);
    if (generic) skipped.push(`„${entry.label}“ (${entry.name}): ${generic}`);
    else labels = addLearned(labels, entry);
  }
  return { ok: true, labels, skipped };
}

/** Parse the text of an imported file: JSON errors too become a German message. */
export function parseLearnedLabelsJson(textIn: string): ParseLearnedResult {
  let json: unknown;
  try {
    json = JSON.parse(textIn.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, errors: [`Die Datei ist kein gültiges JSON: ${(e as Error).message}`] };
  }
  return parseLearnedLabels(json);
}

/**
 * What a stored setting holds: the labels, or none when it is absent or broken (a broken setting is not
 * used and not overwritten silently: `problem` says why, hosts show it).
 */
export function learnedFromSetting(value: unknown): { labels: LearnedLabel[]; problem?: string } {
  if (value === null || value === undefined) return { labels: [] };
  const r = parseLearnedLabels(value);
  return r.ok ? { labels: r.labels } : { labels: [], problem: `Die gespeicherten Beschriftungen (${LABELS_SETTING_KEY}) sind ungültig und werden nicht verwendet: ${r.errors.join("; ")}` };
}

