// The one matcher: a label matches a figure's description (./labels.ts) when every required concept group
// is present in its tokens (./tokens.ts) and no excluding concept is. Words the description does not know
// lower the score but do not veto; words that belong to other figures lower it more. Among the figures a
// label matches, only those within MARGIN of the best stay (several left: the label is ambiguous).

import { isNeutralLegalArea } from "./legalArea";
import type { Token } from "./tokens";
import { isFillerConcept } from "./tokens";

export interface FigureDescription {
  /** Required concept groups: each needs one of its concepts in the label. */
  all: string[][];
  /** Concepts that belong to the figure without being required (a word of them costs nothing). */
  optional?: string[];
  /** Concepts that rule the figure out ("Frauen" for a total, another base population for a share). */
  none?: string[];
  /** No word outside the description at all (short generic labels: "Jobcenter", "Stand", "Jahr"). */
  strict?: boolean;
}

/** Cost of a word the vocabulary does not know, and of a word that names another figure's concept. */
export const UNKNOWN_COST = 0.15;
export const FOREIGN_COST = 0.3;
/** Below this a label is too far from the figure to count at all. */
export const MIN_SCORE = 0.4;
/** A proposal needs this score to be "high" (more than two unknown words or a foreign one: "zu prüfen"). */
export const SURE_SCORE = 0.69;
/** The best figure must clear the second best by this much to be the only reading. */
export const MARGIN = 0.2;

export interface Score {
  score: number;
  /** Words the description does not know, for reasons. */
  unknown: string[];
  /** Words that name other figures' concepts. */
  foreign: string[];
}

/**
 * Score tokens against one description; undefined when a required group is missing or an excluded concept is there.
 * `isContent` tells which concepts could name another figure inside a longer label (see ./labels.ts
 * CONTENT_CONCEPTS): a word of such a concept is foreign; a word whose concepts only generic stand-alone labels
 * use ("Jahr", "Jobcenter", "Stand") names nothing else inside a sentence and costs like an unknown word.
 */
/**
 * Concepts that split a figure into its funders' parts: a label naming both ("Verwaltungshaushalt (Bund und
 * Kommune)", "Personal BA und Kommune") names their sum — the total, not either part. For a part's description
 * such a label is none; for the total the pair costs nothing and excludes nothing.
 */
const BOTH_PARTS: ReadonlyArray<readonly [string, string]> = [
  ["bund", "kommunal"],
  ["ba", "kommunal"],
];

export function scoreTokens(tokens: readonly Token[], d: FigureDescription, isContent: (concept: string) => boolean = () => true): Score | undefined {
  const present = new Set(tokens.flatMap((t) => t.concepts));
  if (!d.all.every((group) => group.some((c) => present.has(c)))) return undefined;
  const own = new Set([...d.all.flat(), ...(d.optional ?? [])]);
  const both = BOTH_PARTS.filter(([a, b]) => present.has(a) && present.has(b));
  if (both.some(([a, b]) => own.has(a) !== own.has(b))) return undefined;
  const neutral = new Set(both.flat());
  if (d.none?.some((c) => present.has(c) && !neutral.has(c))) return undefined;
  const unknown: string[] = [];
  const foreign: string[] = [];
  for (const t of tokens) {
    if (t.concepts.length === 0) unknown.push(t.text);
    else {
      const other = t.concepts.filter((c) => !own.has(c) && !isFillerConcept(c) && !neutral.has(c) && !isNeutralLegalArea(c, present));
      if (other.some(isContent)) foreign.push(t.text);
      else if (other.length > 0) unknown.push(t.text);
    }
  }
  if (d.strict && (unknown.length || foreign.length)) return undefined;
  const score = Math.max(0, 1 - UNKNOWN_COST * unknown.length - FOREIGN_COST * foreign.length);
  return score < MIN_SCORE ? undefined : { score, unknown, foreign };
}
