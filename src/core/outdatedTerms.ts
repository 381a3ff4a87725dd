// Outdated names of SGB II instruments and benefits, as data: what a text may still say, what it is called
// now, since when and by which provision. Pure, so the rule hinweis/instrument-veraltet checks every text
// cell of the named ranges with it and the mapper can run it on the labels it finds.

export interface OutdatedTerm {
  id: string;
  /** The outdated term as people write it, for the docs. */
  old: string;
  /** Each matches the outdated term in a text (abbreviations case-sensitive, so "Fav" in a word is no hit). */
  patterns: readonly RegExp[];
  /**
   * "renamed": the law's old name; "replaced": a provision re-enacted with new content under a new name (not a
   * renaming); "colloquial": never a legal name, a common word for `formerly`.
   */
  kind: "renamed" | "replaced" | "colloquial";
  /** For a replaced term: what else the act added beside the successor. */
  added?: string;
  /** For a colloquial term: the legal name it stood for. */
  formerly?: string;
  /** The current legal name (with its usual abbreviation). */
  current: string;
  /** The provision that holds the current name. */
  basis: string;
  /** Day the current name took effect, ISO (yyyy-mm-dd). */
  since: string;
  /** The act that brought the change, for the docs. */
  act: string;
}

export const OUTDATED_TERMS: readonly OutdatedTerm[] = [
  {
    id: "fav",
    old: "Förderung von Arbeitsverhältnissen (FAV)",
    patterns: [/F(?:ö|oe)rderung\s+von\s+Arbeitsverh(?:ä|ae)ltnissen/i, /\bFAV\b/],
    // The Teilhabechancengesetz re-enacted § 16e with new eligibility and added § 16i: a new instrument, not a new name.
    kind: "replaced",
    added: "§ 16i SGB II (Teilhabe am Arbeitsmarkt)",
    current: "Eingliederung von Langzeitarbeitslosen (EvL)",
    basis: "§ 16e SGB II",
    since: "2019-01-01",
    act: "Teilhabechancengesetz",
  },
  {
    id: "alg2",
    old: "Arbeitslosengeld II (ALG II)",
    patterns: [/Arbeitslosengeld[\s-]*(?:II|2)(?![\dI])/i, /\bAlg[\s-]*(?:II|2)(?![\dI])/i],
    kind: "renamed",
    current: "Bürgergeld",
    basis: "§ 19 SGB II",
    since: "2023-01-01",
    act: "Bürgergeld-Gesetz",
  },
  {
    id: "hartz4",
    old: "Hartz IV",
    patterns: [/\bHartz[\s-]*(?:IV|4)(?![\dIV])/i],
    kind: "colloquial",
    formerly: "Arbeitslosengeld II",
    current: "Bürgergeld",
    basis: "§ 19 SGB II",
    since: "2023-01-01",
    act: "Bürgergeld-Gesetz",
  },
  {
    id: "egv",
    old: "Eingliederungsvereinbarung (EGV)",
    patterns: [/Eingliederungsvereinbarung/i, /\bEGV\b/],
    kind: "renamed",
    current: "Kooperationsplan",
    basis: "§ 15 SGB II",
    since: "2023-07-01",
    act: "Bürgergeld-Gesetz",
  },
  {
    id: "arge",
    old: "ARGE (Arbeitsgemeinschaft)",
    patterns: [/\bARGE\b/],
    kind: "renamed",
    current: "gemeinsame Einrichtung (Jobcenter)",
    basis: "§ 44b, § 6d SGB II",
    since: "2011-01-01",
    act: "Gesetz zur Weiterentwicklung der Organisation der Grundsicherung für Arbeitsuchende",
  },
];

export interface OutdatedTermHit {
  term: OutdatedTerm;
  /** The text as found ("Förderung von Arbeitsverhältnissen", "ALG II"). */
  found: string;
  /** Position of the first hit in the text. */
  index: number;
}

// Each pattern without the g flag, compiled once (lastIndex reset, so exec searches from the start as a fresh one would): the rule
// runs this on every text cell of every workbook.
let nonGlobal: readonly (readonly RegExp[])[] | undefined;
const firstMatchPatterns = () => (nonGlobal ??= OUTDATED_TERMS.map((t) => t.patterns.map((p) => new RegExp(p.source, p.flags.replace("g", "")))));

/** Every outdated term in a text, once per term (its first occurrence), in the order they appear. */
export function findOutdatedTerms(text: string): OutdatedTermHit[] {
  const hits: OutdatedTermHit[] = [];
  if (!text) return hits;
  const patterns = firstMatchPatterns();
  // Index loops: this runs on every text cell of every workbook, and entries()/for-of allocate per step in cold code.
  for (let t = 0; t < OUTDATED_TERMS.length; t++) {
    const term = OUTDATED_TERMS[t];
    let best: RegExpExecArray | null = null;
    const termPatterns = patterns[t];
    for (let k = 0; k < termPatterns.length; k++) {
      const p = termPatterns[k];
      p.lastIndex = 0;
      const m = p.exec(text);
      if (m && (!best || m.index < best.index)) best = m;
    }
    if (best) hits.push({ term, found: best[0].replace(/\s+/g, " ").trim(), index: best.index });
  }
  return hits.sort((a, b) => a.index - b.index);
}
