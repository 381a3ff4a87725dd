// The tokeniser: a label as a reader sees it, a list of words each carrying its concepts
// (./vocabulary.ts). Case, umlauts and ß are folded; footnote marks, digits and bracket punctuation go,
// but bracket contents stay as words ("(LZB)", "(U25)", "(JFW in %)" are evidence). Compounds are split
// against the vocabulary (Langzeitleistungsbezieher → lzb, Ausländeranteil → auslaender + anteil),
// inflections are endings after a stem (arbeitslos|en, jugendlich|er), and a word cut short with a period
// matches the words it begins ("Ausl.", "weibl.", "komm.", "Alleinerz.").
import { COMPOSITES, CONCEPTS, ENDINGS, LINKS } from "./vocabulary";
import { headWordConcepts } from "./headWord";
import { joinBrokenWords } from "./normalize";
import { germanTerms } from "./englishTerms";
import { typoConcepts } from "./typos";
import { compoundTypoConcepts } from "./compoundTypo";
import { swappedLetterConcepts } from "./swappedLetters";
import { readVhWord } from "./vhWord";
import { readVkWord } from "./vkWord";
import { readAgencyWords } from "./agencyWords";
import { readPopulationWords } from "./populationWords";
import { readSeparableVerb } from "./separableVerb";
import { readGenderLetter } from "./genderLetter";
import { readGenderSyllable } from "./genderSyllable";
import { IDENTIFIER_MARK, markedIdentifierWords, readAreaPrefix } from "./identifierWords";

export interface Token {
  /** The folded word ("auslaenderanteil"). */
  text: string;
  /** Concept ids it carries (empty: a word the vocabulary does not know). */
  concepts: string[];
  /** Only filler or role words (Anzahl, gesamt, Vorjahr, in, %…). */
  filler: boolean;
}

const MONTH = "(jan|feb|maer|mrz|apr|mai|jun|jul|aug|sep|okt|nov|dez)[a-z]*";

const FOLD: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", é: "e", è: "e", à: "a" };

interface Form {
  form: string;
  concepts: string[];
  whole: boolean;
}

const FORMS: Form[] = [
  ...CONCEPTS.flatMap((c) => [
    ...(c.stems ?? []).map((s) => ({ form: s, concepts: [c.id], whole: false })),
    ...(c.words ?? []).map((w) => ({ form: w, concepts: [c.id], whole: true })),
  ]),
  ...COMPOSITES.map((c) => ({ form: c.form, concepts: c.concepts, whole: c.whole === true })),
].sort((a, b) => b.form.length - a.form.length);

const FILLER = new Set(CONCEPTS.filter((c) => c.filler).map((c) => c.id));
const WHOLE = new Map<string, string[]>();
for (const f of FORMS) if (!WHOLE.has(f.form)) WHOLE.set(f.form, f.concepts);
const PARTS = FORMS.filter((f) => !f.whole);
const ENDING_SET = new Set(ENDINGS);

export const isFillerConcept = (id: string) => FILLER.has(id);

const decompCache = new Map<string, string[] | null>();

/** Concepts of a word split into vocabulary parts, or null when it does not split completely. */
function decompose(word: string): string[] | null {
  const cached = decompCache.get(word);
  if (cached !== undefined) return cached;
  const whole = WHOLE.get(word);
  const result = whole ? [...whole] : splitFrom(word, 0, 0);
  if (decompCache.size > 20_000) decompCache.clear();
  decompCache.set(word, result);
  return result;
}

function splitFrom(word: string, at: number, depth: number): string[] | null {
  if (depth > 4) return null;
  for (const f of PARTS) {
    if (!word.startsWith(f.form, at)) continue;
    const end = at + f.form.length;
    if (ENDING_SET.has(word.slice(end))) return [...f.concepts];
    for (const link of LINKS) {
      if (end + link.length >= word.length || (link && !word.startsWith(link, end))) continue;
      const rest = splitFrom(word, end + link.length, depth + 1);
      if (rest) return [...f.concepts, ...rest];
    }
  }
  // A whole-token abbreviation of at least three letters may lead a compound ("ELB-Bestand" typed "ELBBestand").
  return null;
}

/** Abbreviations that count only with their period ("Fr."). */
const CUT = new Map<string, string[]>();
for (const c of CONCEPTS) for (const w of c.cut ?? []) CUT.set(w, [...(CUT.get(w) ?? []), c.id]);

/** Concepts of a word cut short with a period: every form it begins. */
function abbreviated(word: string): string[] | null {
  const exact = decompose(word) ?? CUT.get(word);
  if (exact) return exact;
  if (word.length < 3) return null;
  const hits = new Set<string>();
  // The shortest words it begins stand for it ("ges." = gesamt, not Gesamtverwaltung).
  const begun = FORMS.filter((f) => f.form.length > word.length && f.form.startsWith(word));
  const shortest = Math.min(...begun.map((f) => f.form.length));
  for (const f of begun) if (f.form.length === shortest) f.concepts.forEach((c) => hits.add(c));
  // A stem cut inside its ending ("männl." = männ|lich, "weibl." = weib|lich): the longest stem it starts with.
  if (hits.size === 0) {
    const stem = PARTS.find((f) => f.form.length >= 4 && word.startsWith(f.form) && word.length - f.form.length <= 3);
    stem?.concepts.forEach((c) => hits.add(c));
  }
  // The office's "-g." for "-ung" ("Zuteilg.", "Verwaltg.", "Umschichtg."): the word with its ending written out.
  if (hits.size === 0 && word.length >= 5 && word.endsWith("g")) return decompose(`${word.slice(0, -1)}ung`);
  return hits.size ? [...hits] : null;
}

/** Stems of each concept, to read an abbreviation inside a compound ("VO" → verordnung). */
const STEMS = new Map(CONCEPTS.map((c) => [c.id, c.stems ?? []]));

/** Concepts of "first-second" read as one word, when that differs from the parts; else null. */
function joinedCompound(first: string, second: string, firstConcepts: string[]): string[] | null {
  const secondConcepts = decompose(second);
  if (!secondConcepts) return null;
  const apart = new Set([...firstConcepts, ...secondConcepts]);
  const spellings = [second, ...secondConcepts.flatMap((c) => (second.length <= 4 ? STEMS.get(c) ?? [] : []))];
  for (const s of spellings) {
    const joined = decompose(first + s);
    if (joined && (joined.length !== apart.size || joined.some((c) => !apart.has(c)))) return joined;
  }
  return null;
}

const ABBREVIATIONS = new Set(FORMS.filter((f) => f.whole).map((f) => f.form));

/** Whether two words, one an abbreviation or no word alone, are one vocabulary form (with an ending) written together. */
function joinsAsOneForm(first: string, second: string): boolean {
  const word = first + second;
  // Two full words stay apart ("Personal_Anteil"); a compound's head with its linking "s" does not ("integrationsQuote").
  if (!ABBREVIATIONS.has(first) && !ABBREVIATIONS.has(second) && WHOLE.has(first)) return false;
  return WHOLE.has(word) || PARTS.some((f) => word.startsWith(f.form) && ENDING_SET.has(word.slice(f.form.length)));
}

const tokenCache = new Map<string, Token[]>();

/** Tokenise a label text (raw, as in the cell). */
export function tokenize(raw: string): Token[] {
  const cached = tokenCache.get(raw);
  if (cached) return cached;
  // Identifiers ("VH_Umsch_EGT", "iqZielMaenner") as their words, each marked (./identifierWords.ts).
  let t = joinBrokenWords(markedIdentifierWords(raw))
    .toLowerCase()
    .replace(/[äöüßéèà]/g, (ch) => FOLD[ch])
    .replace(/[\u00b9\u00b2\u00b3\u2070-\u2079*]/g, " ")
    .replace(/\b1[58]\s*-?\s*bis\s*(unter\s*)?2[45]\b(\s*-?\s*jaehrige\w*|\s+jahr(e|en)?\b)?/g, " u25 ")
    .replace(/(\bunter|\bjuenger als|<)\s*25\b(\s*-?\s*jaehrige\w*|\s+jahr(e|en)?\b)?/g, " u25 ")
    .replace(/\bu\.?\s*-?\s*25\b/g, " u25 ") // "U25", "U-25", "u. 25" (unter 25)
    .replace(/\bue\s*-?\s*(50|55)\b(\s*-?\s*jaehrige\w*)?/g, " ue$1 ") // "Ü 50", "Ü-50-Jährige" (the older, not "UE" = unemployed)
    .replace(/\bsgb\s*-?\s*ii\b/g, " sgb ")
    .replace(/\balg\s*-?\s*ii\b/g, " alg ");
  // English terms of several words read as their German word ("integration rate" = Integrationsquote).
  t = germanTerms(t);
  // The Agentur's words: "arbeitslose Kunden" are the unemployed, "Plan-AK" the planned VZÄ (./agencyWords.ts).
  t = readAgencyWords(t, true);
  // "nicht Erwerbsfähige" are no eLb; "Integrationen von eLb" are the integrations (./populationWords.ts).
  t = readPopulationWords(t);
  // "Wir schichten … um": the split verb is the move, "Umschichtung" (./separableVerb.ts).
  t = readSeparableVerb(t);
  // A period of months ("Jan–Dez", "Dez 2023 – Nov 2024", "Januar bis Dezember") is the year it spans (its
  // years are read elsewhere), not words of the label; a single month stays a word.
  t = t.replace(new RegExp(`\\b${MONTH}\\.?\\s*(\\d{2,4})?\\s*(-|–|—|bis)\\s*${MONTH}\\.?\\s*(\\d{2,4})?`, "g"), " ");
  // "Eingliederungsbudget nach Umschichtung" is the budget as it stands after the move, not the amount moved; so is
  // the short "EGT (n. Umsch.)", "EGT n. Umschichtg." (a lone "n" before the move's word only ever abbreviates "nach").
  t = t.replace(/\b(nach|n)\.?\s+(der |den )?(umschicht\w*|umsch)\b\.?/g, " ");
  // So is a budget including its carry-overs ("EGT inkl. Ausgabereste", "zzgl. Restmittel"): the budget as it stands,
  // not the remainder (a remainder alone or "ohne/abzgl. Ausgabereste" keeps its excluding word).
  t = t.replace(/\b(inkl|inklusive|incl|einschl|einschliesslich|zzgl|zuzueglich|plus)\b\.?\s*(der |den |aller )?(ausgaberest\w*|restmittel\w*)/g, " ");
  // Gender pairs name one group: "Mitarbeiterinnen und Mitarbeiter", "Mitarbeiter/-innen".
  t = t.replace(/\b([a-z]+)innen\s+und\s+\1\b/g, "$1").replace(/\b([a-z]+)\s*\/\s*-?\s*innen\b/g, "$1");
  // "Arbeitslose (SGB II)", "Arbeitslosen im Rechtskreis SGB II", "des Rechtskreises SGB II": the legal scope of the unemployed, the base the
  // programme's shares mean; no word of its own (the SGB II alone stays Bürgergeld: "Ausländeranteil im SGB II").
  // So is "(am Alo-Bestand SGB II)", "Arbeitslosenbestand SGB II": the stock of those unemployed.
  // Written as an identifier ("Anteil_Auslaender_Alo_SGBII") the words stand apart by the identifier's marks and hyphens.
  t = t.replace(/\b(arbeitslos\w*|alo)(\s*-?\s*bestand\w*)?[\s\u2063-]*\(?\s*(?:im\s+|des\s+|nach\s+dem\s+|aus\s+dem\s+)?(?:rechtskreis(?:es)?\s+)?sgb\s*\)?/g, "$1$2 ");
  // Initials joined by "&", "+" or "u." name one thing ("M&I", "M + I": Markt und Integration), not two
  // abbreviations: its "M" is no "männlich".
  t = t.replace(/(^|[^a-z0-9])([a-z])\s*(?:&|\+|\bu\.|\bund\b)\s*([a-z])(?![a-z0-9])/g, "$1$2$3");
  const words: Array<{ w: string; cut: boolean; hyphenNext: boolean; ident: boolean }> = [];
  for (const m of t.matchAll(/[a-z0-9%€]+(\.)?(\u2063)?(-)?/g)) {
    const w = m[0].replace(/[.\u2063-]/g, "");
    if (/^\d+$/.test(w)) continue; // years, values, footnote numbers
    words.push({ w: w.replace(/^\d+(?=[a-z])/, "") || w, cut: m[1] === ".", hyphenNext: m[3] === "-", ident: m[2] === IDENTIFIER_MARK });
  }
  t = t.replaceAll(IDENTIFIER_MARK, "");
  let out: Token[] = [];
  const cuts: boolean[] = [];
  const idents: boolean[] = [];
  for (let i = 0; i < words.length; i++) {
    const { w, cut } = words[i];
    // An identifier's word cannot carry an abbreviation's period ("VH_Umsch_EGT", "Anteil_weibl"): read as one when unknown.
    let concepts = cut ? abbreviated(w) : decompose(w) ?? (words[i].ident ? abbreviated(w) : null);
    let text = w;
    // A hyphenated compound that means more than its parts ("Eingliederungsmittel-VO" = EinglMV, VO read as
    // Verordnung): the joined word wins when it carries other concepts than the two parts side by side.
    // An identifier's words join so only when together they spell one vocabulary word ("Stand_VJ_Werte": Vorjahreswerte,
    // "vhEinglMv", "integrationsQuote"); never a unit glued on ("EB_Vorbindungen_EUR" is no "Vorbindungen-eur") nor
    // two full words ("Personal_Anteil" stays Personal and Anteil).
    if (words[i].ident && words[i].hyphenNext && i + 1 < words.length && joinsAsOneForm(w, words[i + 1].w)) {
      concepts = decompose(w + words[i + 1].w);
      text = w + words[i + 1].w;
      i++;
    } else if (concepts && words[i].hyphenNext && i + 1 < words.length && !words[i].ident) {
      const joined = joinedCompound(w, words[i + 1].w, concepts);
      if (joined) {
        concepts = joined;
        text = w + words[i + 1].w;
        i++;
      }
    }
    // A compound written apart ("Langzeit-Leistungsbeziehende", "Langzeit Leistungsbezieher"): joined when the part alone is unknown.
    if (!concepts && i + 1 < words.length) {
      const joined = w + words[i + 1].w;
      const j = words[i + 1].cut ? abbreviated(joined) : decompose(joined);
      if (j) {
        concepts = j;
        text = joined;
        i++;
      }
    }
    // A long word one typo away from a single vocabulary stem ("Integrationsqoute"): that stem's concepts.
    if (!concepts && !cut) concepts = typoConcepts(w, PARTS, ENDINGS) ?? compoundTypoConcepts(w, decompose, PARTS, ENDINGS) ?? swappedLetterConcepts(w, decompose) ?? headWordConcepts(w);
    const cs = [...new Set(concepts ?? [])];
    out.push({ text, concepts: cs, filler: cs.length > 0 && cs.every((c) => FILLER.has(c)) });
    cuts.push(words[i].cut);
    idents.push(words[i].ident);
  }
  out = readAreaPrefix(readVkWord(readVhWord(t, out, (i) => cuts[i])), (i) => idents[i]);
  // "IQ Fr" without its period: beside a figure's word it is still the part ("IQ Fr." = IQ Frauen); alone
  // ("Fr" as a weekday head) it names nothing.
  if (out.some((x) => x.concepts.length > 0 && !x.filler)) {
    for (let i = 0; i < out.length; i++) {
      const cut = out[i].concepts.length === 0 ? CUT.get(out[i].text) : undefined;
      if (cut) out[i] = { text: out[i].text, concepts: cut, filler: false };
    }
  }
  // "IQ F", "LZB F": a lone F after a figure's word is the women's part (./genderLetter.ts).
  // "IQ Mä": the first syllable of Männer likewise the men's part (./genderSyllable.ts).
  out = readGenderSyllable(raw, readGenderLetter(t, out));
  if (tokenCache.size > 50_000) tokenCache.clear();
  tokenCache.set(raw, out);
  return out;
}
