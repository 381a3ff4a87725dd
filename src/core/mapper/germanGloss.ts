// An English label with the German term in parentheses ("thereof transfer from integration budget
// (Umschichtung)"): the term in parentheses is the gloss that names the figure; the English words around it only
// describe it. Words the German vocabulary does not know cost nothing then, and one word that reads as another
// figure's German concept ("integration" = Integrationen) is forgiven; a word the figure excludes ("women" for a
// total) still rules it out, and two or more other figures' words say the label is about something else.
import type { LabelSpec } from "./labels";
import type { Score } from "./match";
import { fold } from "./normalize";
import { isFillerConcept, tokenize } from "./tokens";

/** English function words that mark the text outside the parentheses as English. */
const ENGLISH = /\b(the|of|from|thereof|which|including|incl|among|for|by|with|and|total|share|number|planned|acc|according|out)\b/;

/** The German term in parentheses of an English label: one or two words, nothing else in parentheses. */
export function glossOf(text: string): { gloss: string; outside: string } | undefined {
  const inner = [...text.matchAll(/\(([^()]*)\)/g)].map((m) => m[1].trim());
  if (inner.length !== 1 || !/^[\p{L}-]+( [\p{L}-]+)?$/u.test(inner[0])) return undefined;
  const outside = text.replace(/\([^()]*\)/g, " ");
  return ENGLISH.test(fold(outside)) ? { gloss: inner[0], outside } : undefined;
}

/** The score of a glossed label for the gloss's figure, or undefined when the words outside rule it out. */
export function glossScore(spec: LabelSpec, glossed: Score, outside: string, isContent: (concept: string) => boolean): Score | undefined {
  const d = spec.describe;
  const own = new Set([...d.all.flat(), ...(d.optional ?? [])]);
  const tokens = tokenize(outside);
  if (tokens.some((t) => t.concepts.some((c) => d.none?.includes(c)))) return undefined;
  const foreign = tokens.filter((t) => t.concepts.some((c) => !own.has(c) && !isFillerConcept(c) && isContent(c))).map((t) => t.text);
  if (foreign.length > 1) return undefined;
  return { score: glossed.score, unknown: glossed.unknown, foreign: [] };
}
