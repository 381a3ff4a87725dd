// Between the settings stored in the workbook and the Einstellungen form. Validation is always the
// engine's own `parseSettings` (the schema the command line's settings file uses); this module only turns
// form text into the same JSON shape and back, and stores only what differs from the defaults.
import { completeSettings, DEFAULT_SETTINGS, parseSettings, ruleSeverity, type RuleSeverity, type Settings, type Tolerances } from "../core/settings";
import type { RuleMeta } from "../core/rules/types";

export interface RuleForm {
  severity: RuleSeverity;
  /** Parameter values as typed (German decimal comma allowed). */
  params: Record<string, string>;
}

export interface SettingsForm {
  toleranzen: Record<keyof Tolerances, string>;
  regeln: Record<string, RuleForm>;
}

export const TOLERANCE_KEYS = Object.keys(DEFAULT_SETTINGS.toleranzen) as (keyof Tolerances)[];

/** Stored settings → the settings a check uses; invalid stored settings fall back to the defaults, with reasons. */
export function resolveStoredSettings(stored: unknown): { settings: Settings; problems: string[] } {
  if (stored === undefined || stored === null) return { settings: DEFAULT_SETTINGS, problems: [] };
  const parsed = parseSettings(stored);
  return parsed.ok ? { settings: parsed.settings, problems: [] } : { settings: DEFAULT_SETTINGS, problems: parsed.errors };
}

/** A number as the form shows it: "0,5" in the German pane, "0.5" in the English one. */
const show = (n: number, decimalSeparator: string = ".") => String(n).replace(".", decimalSeparator);

export function formFromSettings(settings: Settings, rules: readonly RuleMeta[], decimalSeparator = "."): SettingsForm {
  const toleranzen = {} as Record<keyof Tolerances, string>;
  for (const key of TOLERANCE_KEYS) toleranzen[key] = show(settings.toleranzen[key], decimalSeparator);
  const regeln: Record<string, RuleForm> = {};
  for (const meta of rules) {
    const own = settings.regeln[meta.id];
    const params: Record<string, string> = {};
    for (const [key, p] of Object.entries(meta.params ?? {})) params[key] = show(own?.params?.[key] ?? p.default, decimalSeparator);
    // The severity the check uses: a rule split off an older one is off when that one is (meta.splitFrom).
    regeln[meta.id] = { severity: ruleSeverity(settings, meta), params };
  }
  return { toleranzen, regeln };
}

/** "0,5" and "0.5" are both one half; anything else that is not a finite number is refused. */
export function parseFormNumber(text: string): number | undefined {
  const t = text.trim().replace(/\s/g, "");
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t.replace(",", "."));
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Form → stored JSON (only what differs from the defaults) validated by parseSettings.
 * Text that is not a number is reported by field name, the way parseSettings names its paths.
 */
export function settingsFromForm(
  form: SettingsForm,
  rules: readonly RuleMeta[],
): { ok: true; stored: Record<string, unknown>; settings: Settings } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const toleranzen: Record<string, number> = {};
  for (const key of TOLERANCE_KEYS) {
    const n = parseFormNumber(form.toleranzen[key]);
    if (n === undefined) errors.push(`toleranzen.${key}: keine Zahl („${form.toleranzen[key]}“)`);
    else if (n !== DEFAULT_SETTINGS.toleranzen[key]) toleranzen[key] = n;
  }
  const regeln: Record<string, { severity?: RuleSeverity; params?: Record<string, number> }> = {};
  for (const meta of rules) {
    const entry = form.regeln[meta.id];
    if (!entry) continue;
    const setting: { severity?: RuleSeverity; params?: Record<string, number> } = {};
    if (entry.severity !== meta.severity) setting.severity = entry.severity;
    for (const [key, p] of Object.entries(meta.params ?? {})) {
      const text = entry.params[key] ?? show(p.default);
      const n = parseFormNumber(text);
      if (n === undefined) errors.push(`regeln.${meta.id}.params.${key}: keine Zahl („${text}“)`);
      else if (n !== p.default) setting.params = { ...setting.params, [key]: n };
    }
    if (setting.severity || setting.params) regeln[meta.id] = setting;
  }
  // A split-off rule left at its default would inherit "off" from its older rule; store what the form says.
  const effective = completeSettings({ regeln: regeln as Settings["regeln"] });
  for (const meta of rules) {
    const entry = form.regeln[meta.id];
    if (entry && entry.severity !== "off" && ruleSeverity(effective, meta) === "off") regeln[meta.id] = { ...regeln[meta.id], severity: entry.severity };
  }
  if (errors.length) return { ok: false, errors };
  const stored: Record<string, unknown> = {};
  if (Object.keys(toleranzen).length) stored.toleranzen = toleranzen;
  if (Object.keys(regeln).length) stored.regeln = regeln;
  const parsed = parseSettings(stored);
  return parsed.ok ? { ok: true, stored, settings: parsed.settings } : { ok: false, errors: parsed.errors };
}
