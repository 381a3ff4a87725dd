// Rule titles for the findings list, from the engine's registry (one source of truth with docs/rules.md).
import { RULES } from "../core/rules";

const TITLES = new Map(RULES.map((r) => [r.meta.id, r.meta.title]));

export const RULE_METAS = RULES.map((r) => r.meta);

/** German title of a rule, or its id when the engine reports under an id outside the registry. */
export function ruleTitle(id: string): string {
  return TITLES.get(id) ?? id;
}
