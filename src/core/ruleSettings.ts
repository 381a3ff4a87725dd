// Settings of a check: tolerances shared by several rules, and per rule a severity override ("off"
// turns it off) and its parameters. Defaults live here in code; overrides come as JSON and are validated
// by ./settings.ts (zod), kept apart so that checking with the defaults never loads the schema library.
import type { Severity } from "./finding";
import { RULES } from "./rules";
import type { RuleMeta } from "./rules/types";

export type RuleSeverity = Severity | "off";

export interface RuleSetting {
  severity?: RuleSeverity;
  params?: Record<string, number>;
}

/** Tolerances in stored units (euros, VZÄ, fractions). */
export interface Tolerances {
  /** Money sums: differences up to this many euros are rounding (cents of formula results). */
  betrag: number;
  /** VZÄ sums: the allowance where a typed cell's format does not say how it is rounded (else the formats' half-units). */
  vzae: number;
  /** Half-unit assumed for a share whose number format does not say how it is rounded (0.0005 = 0,05 %-Pkt.). */
  anteil: number;
  /** Half-unit assumed for a stated change whose number format does not say how it is rounded. */
  veraenderung: number;
}

export interface Settings {
  toleranzen: Tolerances;
  /** By rule id, e.g. { "istplan/grosse-aenderung": { params: { relativ: 0.5 } }, "hinweis/kfa-anteil": { severity: "off" } }. */
  regeln: Record<string, RuleSetting>;
}

export const TOLERANCE_DESCRIPTIONS: Readonly<Record<keyof Tolerances, string>> = {
  betrag:
    "Geldbeträge (Euro): Abweichungen einer Summe bis zu diesem Betrag gelten als Rundung (Cent-Reste aus Formeln).",
  vzae: "Vollzeitäquivalente: Abweichungen der Summe bis zu diesem Wert gelten als Rundung, wenn eine eingetippte VZÄ-Zelle ein Zahlenformat ohne feste Nachkommastellen hat (Standard); sonst gilt die Rundung der Zahlenformate (siehe `abstimmung/vzae-summe`).",
  anteil:
    "Anteile (als Bruch): Rundung eines Anteils, dessen Zahlenformat keine Nachkommastellen festlegt (0,0005 = 0,05 %-Punkte, also eine Nachkommastelle im Prozentformat).",
  veraenderung:
    "Veränderungsraten (als Bruch): Rundung einer angegebenen Veränderung, deren Zahlenformat keine Nachkommastellen festlegt (0,0005 = 0,05 %-Punkte).",
};

function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object") {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

export const DEFAULT_SETTINGS: Settings = deepFreeze({
  toleranzen: { betrag: 0.5, vzae: 0.05, anteil: 0.0005, veraenderung: 0.0005 },
  regeln: {},
});

export const RULES_BY_ID = new Map<string, RuleMeta>(RULES.map((r) => [r.meta.id, r.meta]));

/** Fill what a caller left out (check() may get a hand-made, partial Settings object). */
export function completeSettings(settings: Partial<Settings> | undefined): Settings {
  return {
    toleranzen: { ...DEFAULT_SETTINGS.toleranzen, ...settings?.toleranzen },
    regeln: settings?.regeln ?? {},
  };
}

/**
 * Severity of a rule under these settings, or "off". A rule split off an older one (meta.splitFrom) that
 * the settings do not mention is off when the older id is off (itself or by its own inheritance): the
 * settings were written when the older id still did this rule's check. Other severities of the older id
 * are not carried over: most checks were split off precisely because they deserve another severity (a
 * warning where the older id gives an error, a hint for an estimate), so "error" on the older id would
 * bring back the false errors the split removed.
 */
export function ruleSeverity(settings: Settings, meta: RuleMeta): RuleSeverity {
  const own = settings.regeln[meta.id];
  if (own?.severity) return own.severity;
  const older = !own && meta.splitFrom ? RULES_BY_ID.get(meta.splitFrom) : undefined;
  // Recursion follows splitFrom down to a rule without it; test/core/settings.test.ts keeps that chain acyclic.
  if (older && ruleSeverity(settings, older) === "off") return "off";
  return meta.severity;
}

/** A rule's parameters: its declared defaults, overridden by settings. */
export function ruleParams(settings: Settings, meta: RuleMeta): Record<string, number> {
  const params: Record<string, number> = {};
  // Most rules have no parameters and no settings: one empty object, not three, for each rule of each check.
  if (meta.params) for (const [key, p] of Object.entries(meta.params)) params[key] = p.default;
  const own = settings.regeln[meta.id]?.params;
  return own ? { ...params, ...own } : params;
}
