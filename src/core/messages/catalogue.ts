// The message catalogues of the whole engine, by language: every rule's meta.messages and the engine's
// own (engine/regelfehler). Renders a finding's message from its message id and data, so a finding stored
// as data (the last check status, the CLI's JSON) reads in each reader's language.
import type { Finding } from "../finding";
import type { Lang } from "../format";
import { RULES } from "../rules";
import type { Rule } from "../rules/types";
import { MessageError, renderMessage, type MessageCatalogue } from "./render";

/** Rule id of the finding that replaces a rule which failed, or a workbook that could not be resolved. */
export const ENGINE_RULE_ERROR = "engine/regelfehler";

/** The messages of engine/regelfehler. */
export const ENGINE_MESSAGES: MessageCatalogue = {
  mappeNichtAuswertbar: {
    de: "Die Mappe konnte nicht ausgewertet werden: {detail}",
    en: "The workbook could not be evaluated: {detail}",
  },
  regelAbgebrochen: {
    de: "Die Regel {rule} ist mit einem Fehler abgebrochen und hat nichts geprüft: {detail}",
    en: "Rule {rule} stopped with an error and checked nothing: {detail}",
  },
};

/** The catalogue of a rule id: the rule's meta.messages, or the engine's for engine/regelfehler. */
export function catalogueOf(ruleId: string, rules: readonly Rule[] = RULES): MessageCatalogue | undefined {
  if (ruleId === ENGINE_RULE_ERROR) return ENGINE_MESSAGES;
  return rules.find((r) => r.meta.id === ruleId)?.meta.messages;
}

/** All message templates of a language: rule id → message id → template (for docs and tests). */
export function catalogue(lang: Lang, rules: readonly Rule[] = RULES): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  const add = (id: string, messages: MessageCatalogue) => {
    out[id] = Object.fromEntries(Object.entries(messages).map(([k, t]) => [k, t[lang]]));
  };
  for (const r of rules) add(r.meta.id, r.meta.messages);
  add(ENGINE_RULE_ERROR, ENGINE_MESSAGES);
  return out;
}

/** A finding's message in `lang`, from its message id and data. Throws MessageError if it cannot be rendered. */
export function renderFinding(finding: Pick<Finding, "rule" | "messageId" | "data">, lang: Lang, rules: readonly Rule[] = RULES): string {
  const messages = catalogueOf(finding.rule, rules);
  if (!messages) throw new MessageError(`Unbekannte Regel ${finding.rule}`);
  return renderMessage(messages, finding.messageId, finding.data, lang);
}

/** The findings with their messages rendered in `lang` (a new array; the input stays as it is). */
export function renderFindings(findings: readonly Finding[], lang: Lang, rules: readonly Rule[] = RULES): Finding[] {
  return findings.map((f) => ({ ...f, message: renderFinding(f, lang, rules) }));
}
