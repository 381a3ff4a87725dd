// Validation of settings JSON (CLI file, the workbook's document settings) by a zod schema that answers in
// German with the path of each problem, merged over the defaults of ./ruleSettings.ts. Apart from the
// defaults so that a check with the defaults (aip check) never loads zod.
import { z } from "zod";
import { DEFAULT_SETTINGS, RULES_BY_ID, type RuleSetting, type Settings } from "./ruleSettings";

export * from "./ruleSettings";

// No code generation: zod would otherwise probe `new Function("")` to compile fast parsers, which the task
// pane's Content-Security-Policy (no 'unsafe-eval') refuses and reports as a violation. Must run before
// any schema is built, as zod reads the flag when a schema is created.
z.config({ jitless: true });

const NON_NEGATIVE = "Zahl ≥ 0 erwartet";
const nonNegative = z.number({ error: NON_NEGATIVE }).min(0, { error: NON_NEGATIVE });
const objectExpected = { error: "Objekt erwartet" };

const severitySchema = z.enum(["error", "warning", "info", "off"], {
  error: "erwartet „error“, „warning“, „info“ oder „off“",
});

const ruleSettingSchema = z.preprocess(
  // A bare severity is short for { severity }: { "hinweis/kfa-anteil": "off" }.
  (v) => (typeof v === "string" ? { severity: v } : v),
  z.strictObject(
    {
      severity: severitySchema.optional(),
      params: z.record(z.string(), nonNegative, objectExpected).optional(),
    },
    objectExpected,
  ),
);

const settingsSchema = z.strictObject(
  {
    $schema: z.string().optional(),
    toleranzen: z
      .strictObject(
        {
          betrag: nonNegative.optional(),
          vzae: nonNegative.optional(),
          anteil: nonNegative.optional(),
          veraenderung: nonNegative.optional(),
        },
        objectExpected,
      )
      .optional(),
    regeln: z.record(z.string(), ruleSettingSchema, objectExpected).optional(),
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

