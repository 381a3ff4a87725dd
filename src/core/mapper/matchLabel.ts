// What a label text names, by meaning: the figures whose description (./labels.ts) its tokens match (./match.ts),
// after the parts of a label that name no part of the figure are set aside (parts listed as summed, "überwiegend
// Frauen", a remark in parentheses beside a stand-alone label). Cached per text.
import { withRoleYears } from "./twoDigitYear";
import { withoutInclusionAside } from "./inclusionAside";
import { withoutSourceAside } from "./sourceAside";
import { withoutStaffingPlanSource } from "./staffingPlanSource";
import { withoutQuotaBasis } from "./quotaBasis";
import { readBeforeReallocation } from "./beforeReallocation";
import { withoutDeductedMoveSign } from "./deductedMove";
import { withoutPlaceName } from "./placeName";
import { readFundingMoney } from "./fundingMoney";
import { readStaffAreaName } from "./staffAreaName";
import { withoutBudgetTitleNumbers } from "./budgetTitleNumber";
import { LABELS, isContentConcept, type LabelSpec } from "./labels";
import { MARGIN, scoreTokens, type Score } from "./match";
import { isFillerConcept, tokenize } from "./tokens";
import { glossOf, glossScore } from "./germanGloss";
import { withFullYears } from "./monthSpan";
import { withAgeLimits } from "./lessThanAge";
import { withoutLabelAsOf } from "./labelAsOf";
import { YEAR_SPECS, yearPhraseAfterFor } from "./forTheYear";
import { describeWithPlanWord } from "./planWordTarget";
import { withoutStatisticsWording } from "./statisticsWording";
import { asDateWord, DATE_SPEC_IDS } from "./trailingDateWord";
import { withoutVersionQualifier } from "./versionWording";
import { withoutStatedAmount } from "./statedAmount";
import { withoutOutlineNumber } from "./outlineNumber";
import { withDataAsOfWord } from "./dataAsOfPhrase";
import { withoutRemainderAside } from "./remainderAside";
import { withoutLegalReferences } from "./legalReference";
import { withoutGrantOrigin } from "./grantOrigin";
import { groupTitleWords } from "./targetGroupHead";

export interface LabelMatch {
  /** Figures the label names on its own, best first (all within MARGIN of the best: several = ambiguous). */
  standalone: LabelSpec[];
  /** Figures it names as a row-group member ("darunter Männer"). */
  member: LabelSpec[];
  /** Score per spec id of `standalone`. */
  scores: Map<string, Score>;
}

export const NONE: LabelMatch = { standalone: [], member: [], scores: new Map() };
const matchCache = new Map<string, LabelMatch>();

/**
 * A label with a bare running number ("Integrationen 3", "Zugänge 12" in a monthly report) names a numbered
 * item, not the figure: years, two-digit years after Ist/Plan/Soll/Ziel/VJ, numbers in brackets, footnotes
 * ("Neubewilligungen 1)"), percentages and "unter 25" do not count.
 */
function numberedItem(text: string): boolean {
  const bare = withAgeLimits(withoutBudgetTitleNumbers(text))
    .replace(/\([^()]*\)|\[[^\]]*\]/g, " ")
    .replace(/\s\d\)\s*$/, " ")
    .replace(/\b(19|20)\d\d\b/g, " ")
    .replace(/\b(ist|plan|soll|ziel|vj|jahr|u\.?|unter|ue|über|ueber|§)\s?\d{1,3}\b/gi, " ") // "u. 25": unter 25
    // An age ("jünger als 25 Jahre", "15- bis 24-Jährige") is no running number either.
    .replace(/\b\d{1,3}\s*-?\s*(jahre?n?|j(ä|ae)hrige\w*)\b/gi, " ")
    // … and an age bound by a comparison ("jünger als 25", "älter als 50").
    .replace(/\b(j(ü|ue)nger|(ä|ae)lter)\s+als\s+\d{1,3}\b/gi, " ")
    // … or by a sign ("Anteil Alo < 25", "≥ 55"): a bound, as the tokeniser reads "< 25" as U25.
    .replace(/(<=?|>=?|≤|≥)\s*\d{1,3}\b/g, " ")
    .replace(/\b\d{1,3}\s*-?\s*bis\b/gi, " ");
  return /(^|\s)\d{1,3}(\s|$)/.test(bare) && !/\d\s*%/.test(bare);
}

/**
 * Parts listed in parentheses as summed, a word or two each ("Gesamtverwaltungskosten (Bund + Kommune)",
 * "Integrationen (Frauen und Männer)", "(Bundesmittel und kommunaler Finanzierungsanteil)"): the label names their
 * whole, so the listing's words name no part of it.
 */
export const PARTS_SUMMED = /\(\s*[\p{L}.-]+(?:\s+[\p{L}.-]+)?\s*(?:\+|&|\bund\b)\s*[\p{L}.-]+(?:\s+[\p{L}.-]+)?\s*\)/gu;

/**
 * A word qualified as the usual case ("überwiegend Frauen", "meist Jüngere", "vor allem Ausländer") describes who
 * the figure's people mostly are; it does not restrict the figure to them, so it names no part.
 */
const MOSTLY = /(?<!\p{L})(?:überwiegend|ueberwiegend|vorwiegend|mehrheitlich|meistens|meist|hauptsächlich|hauptsaechlich|vor allem)\s+[\p{L}.-]+/giu;

/**
 * A remark in parentheses ("Stand der Fassung (Vorlage an den Kreisausschuss)"): two words or more, none of which
 * carries a concept other than a filler. A label matching nothing with it is read without it as a strict label
 * ("Stand" allows no unknown word); the remark holds no word that could name or exclude a figure.
 */
function withoutRemarks(text: string): string {
  return text.replace(/\(([^()]*)\)/g, (all, inner: string) => {
    const tokens = tokenize(inner);
    return tokens.length >= 2 && tokens.every((t) => t.concepts.every(isFillerConcept)) ? " " : all;
  });
}

/**
 * The one figure an English label's German gloss names, when the label itself names no other (it matches nothing
 * or that figure among others) and the words outside do not rule it out; undefined otherwise.
 */
function glossedMatch(text: string, standalone: Array<{ spec: LabelSpec; score: Score }>): { spec: LabelSpec; score: Score } | undefined {
  const g = glossOf(text);
  if (!g) return undefined;
  const glossed = matchLabel(g.gloss);
  if (glossed.standalone.length !== 1) return undefined;
  const spec = glossed.standalone[0];
  if (standalone.length > 0 && !standalone.some((s) => s.spec.id === spec.id)) return undefined;
  const score = glossScore(spec, glossed.scores.get(spec.id)!, g.outside, isContentConcept);
  return score ? { spec, score } : undefined;
}

/** The label specs a label text matches, by meaning (./match.ts), standalone and as a row-group member. */
export function matchLabel(raw: string): LabelMatch {
  let m = matchCache.get(raw);
  if (m) return m;
  // "Dez 23–Nov 24": the two-digit years of a month span are years, not running numbers (./monthSpan.ts).
  // "eLb 25 JDW", "Integr. 25 (HR)": a two-digit year before a year's role word (./twoDigitYear.ts).
  // "(Stand BA 01/2026)": when and whence the figure was taken, no word of it (./labelAsOf.ts).
  // "gleitende Jahressumme", "BM 12/2025", "K2 Nenner": statistics wording that names no part (./statisticsWording.ts).
  // "rd. 930", "Kap. 3.3": an amount the sentence states, a chapter it points to: no numbered item (./statedAmount.ts).
  // "E1.2 Männer", "B1.1 davon EinglMV": an outline code names no word of the figure (./outlineNumber.ts).
  // "Stand der Daten" is the compound "Datenstand" spelled out (./dataAsOfPhrase.ts).
  // "(§ 44g Abs. 1 SGB II)", "nach § 1 EinglMV 2026": a legal reference names no number, year or other figure (./legalReference.ts).
  // "Basis IQ 2025: Integrationen": the quota's operand, no IQ (./quotaBasis.ts).
  const text = withoutQuotaBasis(withoutStatedAmount(withoutStatisticsWording(withoutLabelAsOf(withRoleYears(withFullYears(withDataAsOfWord(withoutOutlineNumber(withoutLegalReferences(raw)))))))));
  // "Personengruppe: alle eLb – Planung 2028" titles a group's rows, no figure (./targetGroupHead.ts).
  if (text.length > 120 || numberedItem(text) || groupTitleWords(text) !== undefined) {
    // Remembered too: a monthly report repeats its numbered rows ("Zugänge 12") on every sheet and block.
    if (matchCache.size > 50_000) matchCache.clear();
    matchCache.set(raw, NONE);
    return NONE;
  }
  // "VZÄ (inkl. Erziehungszeit, Befristete)": what the figure includes names no part of it (./inclusionAside.ts).
  // "Neubewilligungen (Rest)": how the row is computed, no exclusion (./remainderAside.ts).
  // "Integrationen (XSozial-BA-SGB II)": the data's source names no part of the figure (./sourceAside.ts).
  // "gebunden durch Bewilligungen der Vorjahre": the earlier grants are the binding's origin (./grantOrigin.ts).
  // "Beschäftigte lt. Stellenplan": the staffing plan is the count's source, no "Stellen" (./staffingPlanSource.ts).
  // "vom Landkreis Weimarer Land": the place's proper name is no word of the figure (./placeName.ts).
  // "abzüglich Umschichtung in den VH": the deduction word is the block's arithmetic, the row the move (./deductedMove.ts).
  const whole = readStaffAreaName(readFundingMoney(readBeforeReallocation(withoutInclusionAside(withoutSourceAside(withoutStaffingPlanSource(withoutRemainderAside(withoutGrantOrigin(withoutPlaceName(withoutDeductedMoveSign(text)).replace(PARTS_SUMMED, " ").replace(MOSTLY, " ")))))))));
  // "Mittelzuteilung vom", "Zuteilung per": the date of what it names, when that reads as a date figure (./trailingDateWord.ts).
  const dated = asDateWord(whole);
  const date = dated ? matchLabel(dated) : NONE;
  if (date.standalone.length > 0 && date.standalone.every((s) => DATE_SPEC_IDS.has(s.id))) {
    matchCache.set(raw, date);
    return date;
  }
  const tokens = tokenize(whole.trim() === "" ? text : whole);
  const scored: Array<{ spec: LabelSpec; score: Score }> = [];
  for (const spec of LABELS) {
    const sc = scoreTokens(tokens, describeWithPlanWord(spec), isContentConcept);
    if (sc) scored.push({ spec, score: sc });
  }
  if (scored.length === 0) {
    // "Fassung nach Zielvereinbarung, Stand", "abgestimmt am": the date of a version is the date word (./versionWording.ts).
    const unversioned = withoutVersionQualifier(whole);
    const version = unversioned ? matchLabel(unversioned) : NONE;
    if (version.standalone.length > 0 && version.standalone.every((s) => DATE_SPEC_IDS.has(s.id))) return version;
    const plain = withoutRemarks(whole);
    const read = plain !== whole && plain.trim() !== "" ? matchLabel(plain) : NONE;
    // Only for the strict, stand-alone labels: elsewhere the remark may be what keeps a part ("Sonstiges operatives
    // Personal (Eingangszone, …)") from reading as the whole.
    if (read.standalone.length > 0 && read.standalone.every((s) => s.describe.strict)) return read;
    const phrase = yearPhraseAfterFor(whole);
    const year = phrase ? matchLabel(phrase) : NONE;
    if (year.standalone.length > 0 && year.standalone.every((s) => YEAR_SPECS.has(s.id))) return year;
  }
  scored.sort((a, b) => b.score.score - a.score.score);
  const best = scored[0]?.score.score ?? 0;
  const standalone = scored.filter((s) => s.score.score >= best - MARGIN + 1e-9);
  // "thereof transfer from integration budget (Umschichtung)": the German gloss names the figure (./germanGloss.ts).
  const glossed = glossedMatch(text, standalone);
  if (glossed) standalone.splice(0, standalone.length, glossed);
  m = {
    standalone: standalone.map((s) => s.spec),
    member: LABELS.filter((s) => s.member && scoreTokens(tokens, s.member, isContentConcept)),
    scores: new Map(standalone.map((s) => [s.spec.id, s.score])),
  };
  if (matchCache.size > 50_000) matchCache.clear();
  matchCache.set(raw, m);
  return m;
}
