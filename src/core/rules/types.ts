// The shape of a rule module (as ESLint keeps lib/rules/*): meta data that the docs, the settings
// schema and the engine read, and a pure check over the resolved view of the workbook.
import type { Family } from "../contract";
import type { Severity } from "../finding";
import type { MessageCatalogue, MessageData } from "../messages/render";
import type { View } from "../resolve/view";
import type { Settings } from "../ruleSettings";

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
  /** The same title in English (the English task pane and messages show it). */
  titleEn: string;
  /** German explanation: what is checked, how it is rounded, why it may fire on the 2024 figures. */
  description: string;
  /** Contract names the rule reads (for the docs, and for an engine error inside the rule). */
  names?: readonly string[];
  /**
   * The rule checks each of its names on its own (e.g. outdated terms in every text cell), so it runs as long
   * as one of them is usable; for coverage (src/core/coverage.ts) it is skipped only when none is.
   */
  eachNameAlone?: boolean;
  /**
   * The check needs every one of its names (it returns nothing when one, even an optional one, is missing),
   * so coverage counts it as skipped then (src/core/coverage.ts).
   */
  needsAllNames?: boolean;
  /**
   * The check works on groups of names (total, men, women) and needs each group whole: coverage counts it as
   * run when at least one group is usable, else as skipped.
   */
  nameGroups?: readonly (readonly string[])[];
  params?: Readonly<Record<string, RuleParam>>;
  /**
   * False on a view where the rule has nothing to check although its names are usable (FOE_Tabelle without
   * one Gesamt row: no total to compare); coverage then counts it as skipped (src/core/coverage.ts).
   */
  applies?: (view: View) => boolean;
  /**
   * For a rule over an optional input a workbook may simply not have (an allocation, money or location columns
   * of the Förderung table, ZIE_ELB, ZIE_Weitere): false where the workbook lacks it, and the rule then neither
   * runs nor counts in the coverage, as the Verlauf family without MON_ names (src/core/coverage.ts). A
   * workbook that defines the name but breaks it still counts the rule, as skipped.
   */
  countsOnlyWith?: (view: View) => boolean;
  /**
   * The id of an older rule this one was split off (part of what that id used to check now lives here).
   * Settings that turn the older id off turn this one off too, unless they name this id themselves
   * (see ruleSeverity in src/core/settings.ts), so an old settings file keeps its effect.
   */
  splitFrom?: string;
  /**
   * The rule's messages by id, each in German and English, with placeholders for its data
   * (`{sum, euro}`; see src/core/messages/render.ts). Both texts have the same placeholders.
   */
  messages: MessageCatalogue;
}

/** What a rule hands the engine; the engine adds rule id and severity and renders the message. */
export interface RuleReport {
  /** A key of the rule's meta.messages. */
  messageId: string;
  /** The values of the message's placeholders, raw (numbers unformatted, names as names). */
  data: MessageData;
  /** Contract names concerned, at least one. */
  names: string[];
  /** Existing cells as "Sheet!A1". */
  cells: string[];
  /**
   * One step below the rule's severity (error → warning → info), for the milder of two cases one rule tells
   * apart (abstimmung/foe-mittel: money above the budget is an error, below it a warning); settings that
   * change the rule's severity move both.
   */
  milder?: boolean;
}

export interface RuleContext {
  readonly view: View;
  readonly settings: Settings;
  /** The rule's parameters: defaults from meta, overridden by settings. */
  readonly params: Readonly<Record<string, number>>;
  /** The rules of this check that are not turned off, in run order (namen/bereich-fehlt names those an area takes away). */
  readonly activeRules?: readonly RuleMeta[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): RuleReport[];
}
