// The shape of a rule module (as ESLint keeps lib/rules/*): meta data that the docs, the settings
// schema and the engine read, and a pure check over the resolved view of the workbook.
import type { Family } from "../contract";
import type { Severity } from "../finding";
import type { Settings } from "../settings";
import type { View } from "./view";

export interface RuleParam {
  default: number;
  /** German, shown in docs/rules.md. */
  description: string;
}

export interface RuleMeta {
  /** Stable, kebab-case, family prefix ("hinweis/" for rules that only ever give hints). */
  id: string;
  family: Family;
  /** Default severity; settings may override it or turn the rule off. */
  severity: Severity;
  /** German title, one line. */
  title: string;
  /** German explanation: what is checked, how it is rounded, why it may fire on the 2024 figures. */
  description: string;
  /** Contract names the rule reads (for the docs, and for an engine error inside the rule). */
  names?: readonly string[];
  params?: Readonly<Record<string, RuleParam>>;
}

/** What a rule hands the engine; the engine adds rule id and severity. */
export interface RuleReport {
  message: string;
  /** Contract names concerned, at least one. */
  names: string[];
  /** Existing cells as "Sheet!A1". */
  cells: string[];
}

export interface RuleContext {
  readonly view: View;
  readonly settings: Settings;
  /** The rule's parameters: defaults from meta, overridden by settings. */
  readonly params: Readonly<Record<string, number>>;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): RuleReport[];
}
