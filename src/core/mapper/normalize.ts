// Label normalisation: the same label typed by different controllers ("Verwaltungshaushalt¹",
// "VERWALTUNGSHAUSHALT in €", "Verwaltungs-Haushalt:") becomes one comparable text. Lower case, umlauts
// folded to ae/oe/ue/ss (so "Maenner" = "Männer"), footnote marks and trailing units dropped,
// punctuation turned into single spaces. Parenthesised parts are dropped from the core text, since they
// hold units and remarks ("(JDW)", "(inkl. BEZ)", "(Bund)"); they stay in `full`.
import { withFullYears } from "./monthSpan";
import { withRoleYears } from "./twoDigitYear";
import { withoutOutlineNumber } from "./outlineNumber";
import { withAgeLimits } from "./lessThanAge";
import { identifierWords } from "./identifierWords";
import { readAgencyWords } from "./agencyWords";

const FOLD: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", é: "e", è: "e", à: "a" };

/**
 * A word broken over lines where it continues in lower case is one word: "administra-⏎tives",
 * "Integrations-⏎quote" (a soft hyphen too). "Frauen-⏎und Männer" keeps its hyphen: the continuation is a
 * conjunction, so the hyphen stands for a word left out.
 */
export function joinBrokenWords(text: string): string {
  if (!text.includes("\n") && !text.includes("\u00ad")) return text;
  return text.replace(/(\p{L})(?:-[ \t]*\r?\n|\u00ad\s*)\s*(?!(?:und|oder|bzw|sowie|als|bis)\b)(\p{Ll})/gu, "$1$2");
}

/**
 * A pure function of a text that remembers its answers (bounded): the finders ask about the same header or
 * label once per row or candidate that reads it, on every sheet of a workbook.
 */
export function rememberText<T>(fn: (text: string) => T, limit = 50_000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let out = answers.get(text);
    if (out === undefined && !answers.has(text)) {
      if (answers.size > limit) answers.clear();
      answers.set(text, (out = fn(text)));
    }
    return out as T;
  };
}

const folded = new Map<string, string>();

/** Lower case, umlauts folded, every run of non-letters/digits a single space, trimmed. */
export function fold(text: string): string {
  // The same header or title is folded once per cell that asks about it: remember the answers (bounded).
  let out = folded.get(text);
  if (out === undefined) {
    if (folded.size > 50_000) folded.clear();
    folded.set(text, (out = foldText(text)));
  }
  return out;
}

function foldText(text: string): string {
  // "2025er Ziel": the year with the adjective ending is that year.
  const out = joinBrokenWords(withRoleYears(withFullYears(withAgeLimits(identifierWords(text)))))
    .replace(/(?<!\d)((?:19|20)\d\d)er\b/gi, "$1")
    .toLowerCase()
    .replace(/[äöüßéèà]/g, (ch) => FOLD[ch])
    .replace(/[δ∆]/g, " delta ") // "Δ vs PY" is a change column (Δ lower-cased is δ)
    .replace(/[\u00b9\u00b2\u00b3\u2070-\u2079]/g, " ") // footnote marks ¹ ² ³ ⁴ …
    .replace(/[^a-z0-9%€+]+/g, " ")
    .trim()
    .replace(/\s+/g, " ");
  // The Agentur's words as the Jobcenter's: "Plan-AK" are the planned VZÄ (./agencyWords.ts).
  return readAgencyWords(out).trim();
}

// Trailing units and remarks: "in €", "in Euro", "in %", "in Prozent", "EUR", "€", "%", "VZÄ" after a number word.
const TRAILING_UNIT = /(?:\s+(?:in\s+)?(?:€|euro|eur|tsd €|tsd euro|%|prozent|v h))+$/;

export interface NormalizedLabel {
  /** Everything folded, parentheses included: "integrationsquote gesamt jfw in %". */
  full: string;
  /** Without parenthesised parts, footnote marks and trailing units: "integrationsquote gesamt". */
  core: string;
}

/** Normalise a label cell's text; see the file comment. */
export function normalizeLabel(text: string): NormalizedLabel {
  // Big sheets repeat their labels on every block and sheet: remembered per text, handed out as a copy.
  return { ...rememberedLabels(text) };
}

const rememberedLabels = rememberText(normalizeOnce);

function normalizeOnce(text: string): NormalizedLabel {
  const full = fold(text);
  let bare = withoutOutlineNumber(joinBrokenWords(text)).replace(/\([^()]*\)|\[[^\]]*\]/g, " ");
  // A footnote mark glued to the end of a word: "Verwaltungshaushalt*", "Neubewilligungen 1)" (the ")" is gone).
  bare = bare.replace(/\*+/g, " ").replace(/(\p{L})\d\s*$/u, "$1").replace(/\s\d\)\s*$/, " ");
  let core = fold(bare).replace(/\s*:\s*$/, "");
  for (let i = 0; i < 3; i++) core = core.replace(TRAILING_UNIT, "").trim();
  return { full, core };
}

/** A whole number that can be a year (1990–2100). */
export const isYearNumber = (v: number | undefined): v is number => v !== undefined && Number.isInteger(v) && v >= 1990 && v <= 2100;

/** Years written in a header or label: "Ist 2023" → [2023], "IST 23" / "Soll 24" / "Actual 24" → [2023] / [2024] / [2024], "2023/2024" → both. */
export function yearsIn(folded: string): number[] {
  // Headers are read again by each finder on each row: remembered, handed out as a copy the caller may change.
  return [...rememberedYears(folded)];
}

const rememberedYears = rememberText((folded: string): number[] => {
  const years: number[] = [];
  for (const m of folded.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)) years.push(Number(m[1]));
  // Two-digit years only after a word that makes them a year (Ist 23, Plan 24, Soll 24, Ziel 24, VJ 23).
  // Not when another number follows: "Ist 01–09/2024" names the months 01 to 09, not the year 2001.
  for (const m of folded.matchAll(/\b(?:ist|plan|soll|ziel|vj|jahr|actual|py|target)\s?(\d\d)\b(?! ?\d)/g)) years.push(2000 + Number(m[1]));
  return years;
});

/** Remove years from a folded text, so "verwaltungshaushalt 2024" compares as "verwaltungshaushalt". */
export const withoutYears = rememberText((folded: string): string =>
  folded
    .replace(/\b(19[5-9]\d|20\d\d)\b/g, " ")
    .replace(/\b(ist|plan|soll|ziel|vj|actual|py|target)\s?\d\d\b/g, "$1")
    .replace(/\s+/g, " ")
    .trim(),
);

// Words controllers add around a figure's label that do not change which figure it is: "Anzahl eLb",
// "eLb gesamt", "eLb Jahresdurchschnitt", "Ø eLb" (Ø folds away), "EGT inkl. BEZ" (the budget including
// the Bundesentlastungszuschuss, as "(inkl. BEZ)" in brackets). Only tried when the label as written
// matches nothing (./findCells.ts labelKey), so they never change a label that already has its figure.
const FILLER_LEAD = /^(?:(?:anzahl|zahl|summe|gesamt|gesamtzahl)(?: (?:der|an|von))? |(?:jahres)?durchschnitt(?:lich)?e?[rs]? )+/;
const FILLER_TAIL =
  /(?: (?:gesamt|insgesamt|summe|anzahl|jahresdurchschnitt|jahresdurchschnittswert|jahres ?durchschnitt|durchschnitt|durchschnittlich|jd|jdw|jfw|(?:inkl|inklusive|einschl|einschliesslich|mit|incl) bez))+$/;

/** The label key without filler words ("anzahl elb gesamt" → "elb"); see above. */
export function withoutFillers(key: string): string {
  return key.replace(FILLER_LEAD, "").replace(FILLER_TAIL, "").trim();
}

/**
 * A code rather than words: a Haushaltsstelle, Kapitel/Titel or running number ("1.312.01", "680 11", "0.1.1",
 * "Kap. 1101", "Kst. 4711", "Pos. 3a"). Such a column stands left of the label and names nothing: the label is the text beside it.
 */
export function isCodeText(text: string): boolean {
  const t = text.trim();
  // A letter or roman numeral closed by a bracket numbers a list item ("a)", "(b)", "iv)"), as "1." does; a
  // section letter before an outline number ("A.1", "B.2.3", "E1.2") numbers a Finanzplan's or form's row.
  return (
    /^((kap|kapitel|tit|titel|hst|pos|nr|lfd\.? ?nr|produkt|kst|kostenstelle|konto|sachkonto)\.?\s*)?\d+([.\s/-]\d+)*\.?[a-z]?$/i.test(t) ||
    /^\(?([a-z]|[ivx]{1,4})\)$/i.test(t) ||
    /^[A-Z]\d{0,2}(\.\d{1,2}){1,3}\.?$/.test(t)
  );
}
