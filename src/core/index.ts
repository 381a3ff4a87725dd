// Public API of the core: the engine, its settings, the rule catalogue and the data types the hosts
// (CLI, xlsx reader, Excel task pane) build and show. Hosts import from here only.
export * from "./contract";
export * from "./snapshot";
export * from "./finding";
export * from "./address";
export * from "./workbookModel";
export * from "./example";
export { check, checkWithCoverage, ENGINE_RULE_ERROR, type CheckOptions, type CheckResult, type Coverage, type SkippedRule } from "./engine";
export { ENGINE_MESSAGES, catalogue, renderFinding, renderFindings } from "./messages/catalogue";
export {
  MessageError,
  renderMessage,
  renderTemplate,
  type MessageCatalogue,
  type MessageData,
  type MessageText,
  type MessageValue,
} from "./messages/render";
export {
  DEFAULT_SETTINGS,
  TOLERANCE_DESCRIPTIONS,
  parseSettings,
  type ParseSettingsResult,
  type RuleSetting,
  type RuleSeverity,
  type Settings,
  type Tolerances,
} from "./settings";
export { RULES, ruleById, type Rule, type RuleContext, type RuleMeta, type RuleParam, type RuleReport } from "./rules";
export { rulesMarkdown, FAMILY_TITLE_DE } from "./rulesDoc";
export * from "./format";
