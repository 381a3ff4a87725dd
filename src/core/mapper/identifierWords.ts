// Identifiers as labels: data and IT people name a figure as a program would ("Personal_VZAE", "VH_Umsch_EGT",
// "iqZielMaenner", "kundenAnteilLzb2024", "eintrittePlan2025"). A reader sees the words the identifier is made of:
// underscores and case changes separate them, a year glued to a word is still a year. Within an identifier a
// word cannot carry the period of an abbreviation ("Umsch", "Vorb", "weibl"), and its parts stand together as in
// a hyphenated compound ("Stand_VJ_Werte" = "Stand VJ-Werte"), so ./tokens.ts reads them that way.

/** Marks a word that came from an identifier (invisible; survives folding as a non-word character). */
export const IDENTIFIER_MARK = "\u2063";

// lowerCamelCase: two lower-case letters at least, then a capital and another letter ("iqZiel", "lzbVJ"; not
// "eLb", "FbW", "zkT").
const LOWER_CAMEL = /^\p{Ll}{2,}[\p{Ll}\d]*\p{Lu}\p{L}/u;
// A year glued to a word ("Lzb2024", "Plan2025"); "U25", "K2" keep their digits.
const GLUED_YEAR = /(\p{L})((?:19|20)\d\d)(?!\d)/gu;
// A word of a case-joined run: capitals followed by lower case, a capital run before the next word, lower case, digits.
const CAMEL_PART = /\p{Lu}?\p{Ll}+\d*|\p{Lu}+\d*(?!\p{Ll})|\d+/gu;
const QUICK = /[_\p{Ll}]\p{Lu}|\p{L}(?:19|20)\d\d/u;

/** Whether a space-free token is written as an identifier: joined by underscores or in lowerCamelCase. */
function isIdentifier(token: string): boolean {
  if (!/^[\p{L}\d_]+$/u.test(token) || !/\p{L}/u.test(token)) return false;
  return /[\p{L}\d]_[\p{L}\d]/u.test(token) || LOWER_CAMEL.test(token) || /^\p{L}+(?:19|20)\d\d$/u.test(token);
}

/** The words of one identifier token: underscores, lowerCamel case changes and glued years separate them. */
function identifierParts(token: string): string[] {
  return token
    .split(/_+/)
    .filter(Boolean)
    .flatMap((part) => (LOWER_CAMEL.test(part) ? part.match(CAMEL_PART) ?? [part] : [part]))
    .flatMap((part) => part.replace(GLUED_YEAR, "$1 $2").split(" "));
}

function rewrite(text: string, marked: boolean): string {
  if (!text.includes("_") && !QUICK.test(text)) return text;
  return text.replace(/[\p{L}\d_]+/gu, (token) => {
    if (!isIdentifier(token)) return token;
    const parts = identifierParts(token);
    // Marked: each word flagged, joined by hyphens as a compound's parts are ("stand⁣-vj⁣-werte⁣").
    return marked ? parts.map((p) => (/^\d+$/.test(p) ? p : p + IDENTIFIER_MARK)).join("-").replace(/-(\d+)/g, " $1") : parts.join(" ");
  });
}

const plainCache = new Map<string, string>();

/** An identifier-written text as words ("iqZielMaenner" → "iq Ziel Maenner"); other texts unchanged. */
export function identifierWords(text: string): string {
  let out = plainCache.get(text);
  if (out === undefined) {
    if (plainCache.size > 50_000) plainCache.clear();
    plainCache.set(text, (out = rewrite(text, false)));
  }
  return out;
}

/** As identifierWords, each word of an identifier marked (IDENTIFIER_MARK) and joined by hyphens, for the tokeniser. */
export function markedIdentifierWords(text: string): string {
  return rewrite(text, true);
}

/** Concepts of an area word that may lead an identifier as its namespace ("kunden…", "struktur…"). */
const AREA_PREFIX = new Set(["kunde", "struktur"]);

interface Tok {
  text: string;
  concepts: string[];
  filler: boolean;
}

/**
 * "kundenElbJdw2024", "Kunden_ELB": an identifier led by the customers' area word names the customers' figure of
 * context twins (the customer stock, not the targets' ELB), whatever the sheet's area; undefined otherwise.
 */
export function identifierNamespace(text: string | undefined): "kunden" | undefined {
  const first = text === undefined ? undefined : /^\s*([\p{L}\d_]+)/u.exec(text)?.[1];
  if (!first || !isIdentifier(first)) return undefined;
  const parts = identifierParts(first);
  return parts.length >= 2 && /^(kunden?|struktur)$/i.test(parts[0]) ? "kunden" : undefined;
}

/**
 * "kundenAnteilLzb2024", "kunden_anteil_u25": an identifier led by its area's word, then naming a figure of its own,
 * is that figure in the area (the area word a filler, as a section title); "kundenBestand" stays the customers.
 */
export function readAreaPrefix<T extends Tok>(tokens: T[], fromIdentifier: (i: number) => boolean): T[] {
  const first = tokens[0];
  if (tokens.length < 2 || !fromIdentifier(0) || !fromIdentifier(1) || !first.concepts.length || !first.concepts.every((c) => AREA_PREFIX.has(c))) return tokens;
  if (!tokens.slice(1).some((t) => !t.filler && t.concepts.length > 0 && !t.concepts.some((c) => AREA_PREFIX.has(c)))) return tokens;
  return [{ ...first, concepts: ["namensraum"], filler: true }, ...tokens.slice(1)];
}
