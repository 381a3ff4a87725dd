// Validation of settings JSON (CLI file, the workbook's document settings) by a zod schema that answers in
// German with the path of each problem, merged over the defaults of ./ruleSettings.ts. Apart from the
// defaults so that a check with the defaults (aip check) never loads zod. zod/mini (functional checks) rather
// than classic zod: the same validation, a fraction of the pane's lazily loaded JavaScript (issue 18), and no
// code generation (classic zod probes `new Function("")` for fast parsers, which the pane's CSP refuses).
import * as z from "zod/mini";
import { DEFAULT_SETTINGS, RULES_BY_ID, type RuleSetting, type Settings } from "./ruleSettings";

export * from "./ruleSettings";

const NON_NEGATIVE = "Zahl ≥ 0 erwartet";
const nonNegative = z.number({ error: NON_NEGATIVE }).check(z.minimum(0, { error: NON_NEGATIVE }));
const objectExpected = { error: "Objekt erwartet" };

const severitySchema = z.enum(["error", "warning", "info", "off"], {
  error: "erwartet „error“, „warning“, „info“ oder „off“",
});

const ruleSettingSchema = z.pipe(
  // A bare severity is short for { severity }: { "hinweis/kfa-anteil": "off" }.
  z.transform((v: unknown) => (typeof v === "string" ? { severity: v } : v)),
  z.strictObject(
    {
      severity: z.optional(severitySchema),
      params: z.optional(z.record(z.string(), nonNegative, objectExpected)),
    },
    objectExpected,
  ),
);

const settingsSchema = z.strictObject(
  {
    $schema: z.optional(z.string()),
    toleranzen: z.optional(
      z.strictObject(
        {
          betrag: z.optional(nonNegative),
          vzae: z.optional(nonNegative),
          anteil: z.optional(nonNegative),
          veraenderung: z.optional(nonNegative),
        },
        objectExpected,
      ),
    ),
    regeln: z.optional(z.record(z.string(), ruleSettingSchema, objectExpected)),
  },
  objectExpected,
);


const joinPath = (path: readonly PropertyKey[]) => path.map(String).join(".");

export type ParseSettingsResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** Validate settings JSON (already parsed) and merge it over the defaults. */
export function parseSettings(input: unknown): ParseSettingsResult {
  const parsed = settingsSchema.safeParse(input ?? {});
  const errors: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = joinPath(issue.path);
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) errors.push(`${path ? `${path}.` : ""}${key}: unbekannter Eintrag`);
      } else {
        errors.push(`${path || "Einstellungen"}: ${issue.message}`);
      }
    }
    return { ok: false, errors };
  }

  const regeln: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(parsed.data.regeln ?? {})) {
    const meta = RULES_BY_ID.get(id);
    if (!meta) {
      errors.push(`regeln.${id}: unbekannte Regel (siehe docs/rules.md)`);
      continue;
    }
    const params = setting.params ?? {};
    const known = Object.keys(meta.params ?? {});
    for (const p of Object.keys(params)) {
      if (!known.includes(p)) {
        const allowed = known.length ? `erlaubt: ${known.join(", ")}` : "die Regel hat keine Parameter";
        errors.push(`regeln.${id}.params.${p}: unbekannter Parameter (${allowed})`);
      }
    }
    regeln[id] = { ...(setting.severity ? { severity: setting.severity } : {}), ...(setting.params ? { params } : {}) };
  }
  if (errors.length) return { ok: false, errors };

  return {
    ok: true,
    settings: { toleranzen: { ...DEFAULT_SETTINGS.toleranzen, ...parsed.data.toleranzen }, regeln },
  };
}

