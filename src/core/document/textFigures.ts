// The figures a programme's running text states and which contract figure each one is: "458 Förderungen"
// → the planned entries, "750 Integrationen bei durchschnittlich 4.560 erwerbsfähigen Leistungsberechtigten"
// → ZIE_Integrationen_VJ and ZIE_ELB_VJ, "Die damit erzielte Integrationsquote (IQ) beträgt 16,4 %" →
// ZIE_IQ_VJ, "Anstieg der LZB von +6,3 %" → ZIE_LZB_Veraenderung. A figure is read together with the words
// right after it (its noun: "123 Mitarbeiter") and the words before it in its sentence (its subject: "die
// IQ beträgt"); the sentence tells the year ("erzielt", "VJ", "von … auf"). Document-specific phrasing is
// here; label-like phrases go through the mapper's label matching (./figureNames.ts).
import type { Role } from "../mapper/labels";
import { fold } from "../mapper/normalize";
import { figureNamesFor, isPercentKind, kindOf, nameForRole } from "./figureNames";
import { findNumbers, type PrintedNumber } from "./numbers";
import type { DocParagraph } from "./types";

/** What a stated figure is compared with. */
export type FigureTarget =
  | { kind: "name"; name: string }
  /** The planned entries: the Gesamt row's Plan of FOE_Tabelle, and FOE_Eintritte_Plan where it exists. */
  | { kind: "foePlanTotal" }
  | { kind: "foeCell"; instrument: string; column: "ist" | "plan" }
  | { kind: "vzaeArea"; area: string }
  /** A row of KUN_BG_Groesse by household size (1, 2, 3 = "3 und mehr"). */
  | { kind: "bgSize"; size: 1 | 2 | 3 };

export type FigurePlace =
  | { kind: "paragraph"; paragraph: number; part: DocParagraph["part"] }
  | { kind: "table"; table: number; row: number; column: number; rowLabel: string; columnLabel: string };

export interface StatedFigure {
  printed: PrintedNumber;
  place: FigurePlace;
  /** The sentence (text) or the row's cells joined (table) the figure stands in. */
  quote: string;
  /** Undefined: the figure denotes no contract figure ("nicht geprüft"). */
  target?: FigureTarget;
}

export interface TextContext {
  planYear?: number;
}

// Abbreviations, ordinals and day/month numbers ("2. Phase", "01.01.") whose period does not end a
// sentence; after a longer number ("im Herbst 2019.") it does.
const ABBREVIATION = /(?:\b(?:ca|lt|bzw|inkl|ggü|ggf|lfd|vgl|z|d|u|a|o|s|bspw|zzgl|rd|Nr|Abs|Tsd|Mio|Mrd|sog|evtl|max|min|ff)|(?<!\d)\d{1,2})\.$/i;

/** Sentences of a paragraph (a period after an abbreviation or a digit does not end one). */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?](?=\s+[„"(A-ZÄÖÜ])/g)) {
    const end = (m.index ?? 0) + 1;
    if (ABBREVIATION.test(text.slice(Math.max(start, end - 8), end))) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

interface Segments {
  /** Folded words right after the figure, up to the next figure (at most 8 words). */
  after: string;
  /** Folded words between the previous figure (or the sentence start) and this one. */
  between: string;
  /** Folded sentence up to this figure. */
  before: string;
  /** Folded whole sentence. */
  sentence: string;
  /** Folded whole paragraph (the subject of a list of shares may stand in an earlier sentence). */
  paragraph: string;
  /** "auf" follows before the next figure ("von 7,5 % auf 7,6 %"): this one is the old value. */
  followedByAuf: boolean;
}

const PAST = /\b(erzielt\w*|erreicht\w*|vorjahr\w*|vj|voraussichtlich|ist ?wert|im jahr (\d{4}) werden)\b/;

/** The year a figure belongs to, from its sentence and the words just before it. */
function roleOf(seg: Segments, ctx: TextContext): Role {
  if (/\b(vj|vorjahr\w*|im vj)\s*$/.test(seg.between) || /^\s*\(?\s*(im )?vj\b/.test(seg.between)) return "previous";
  if (/\bvon\s*$/.test(seg.between) && seg.followedByAuf) return "previous";
  // "von 7,5 % auf 7,6 %": the figure after "auf" is the new one, whatever the sentence says before.
  if (/\bauf\s*$/.test(seg.between) && /\bvon\b/.test(seg.before)) return "current";
  if (ctx.planYear !== undefined && new RegExp(`\\b${ctx.planYear - 1}\\b`).test(seg.sentence) && !new RegExp(`\\b${ctx.planYear}\\b`).test(seg.sentence)) return "previous";
  if (PAST.test(seg.before)) return "previous";
  return "current";
}

const CHANGE_WORDS = /\b(anstieg\w*|rueckgang\w*|zunahme|abnahme|abbau|veraenderung\w*|steigerung|senkung|minderung|aufwuchs|wachstum)\b/;

type Rule = (n: PrintedNumber, seg: Segments, ctx: TextContext) => FigureTarget | undefined;

const LZB = /\b(lzb|langzeitleistungsbezieh\w*|langzeit leistungsbezieh\w*)\b/;

/** "_Frauen" / "_Maenner" when the words name one gender, as the contract's target names do. */
function gender(folded: string): "" | "_Frauen" | "_Maenner" {
  const women = /\b(frauen|weiblich\w*)\b/.test(folded);
  const men = /\b(maenner|maennlich\w*)\b/.test(folded);
  return women === men ? "" : women ? "_Frauen" : "_Maenner";
}

const name = (n: string | undefined): FigureTarget | undefined => (n && kindOf(n) !== undefined ? { kind: "name", name: n } : undefined);

/** The phrasing rules, most specific first. */
const RULES: Rule[] = [
  // "458 Förderungen", "869 Eintritte", "Eintrittsplanung … 458 Förderungen vor"
  (n, s) =>
    !n.percent && !n.euro && /^(geplante\w* )?(foerderungen|eintritte|foerderfaelle|teilnehmereintritte)\b/.test(s.after) && /eintritt|plan|vorgesehen|sieht|geplant/.test(s.sentence)
      ? { kind: "foePlanTotal" }
      : undefined,
  (n, s) => (!n.percent && !n.euro && /^integrationen\b/.test(s.after) ? name("ZIE_Integrationen_VJ") : undefined),
  (n, s) =>
    !n.percent && !n.euro && /^(erwerbsfaehige\w* leistungsberechtigte\w*|elb|e lb)\b/.test(s.after)
      ? name(/integration/.test(s.sentence) ? "ZIE_ELB_VJ" : "KUN_ELB")
      : undefined,
  // Staff: "123 Mitarbeiter", "115,0 Vollzeitäquivalenten", "78 % seitens der Bundesagentur", "86 % … weiblich"
  (n, s) => (!n.percent && !n.euro && /^(mitarbeite\w*|beschaeftigte\w*|koepfe)\b/.test(s.after) ? name("PER_Beschaeftigte") : undefined),
  (n, s) => (!n.percent && !n.euro && /^(vollzeitaequivalent\w*|vzae|vollzeitstellen)\b/.test(s.after) && !/^\w+ (in|im) /.test(s.after) ? name("PER_VZAE_Gesamt") : undefined),
  (n, s) => (n.percent && /^(seitens |von |durch )?(der )?(bundesagentur|agentur fuer arbeit|ba)\b/.test(s.after) ? name("PER_Anteil_BA") : undefined),
  (n, s) => (n.percent && /^(seitens |von |durch )?(des |der |dem )?(landratsamt\w*|kommune|landkreis\w*|kreis)\b/.test(s.after) ? name("PER_Anteil_Kommune") : undefined),
  (n, s) =>
    n.percent && /beschaeftigt|mitarbeit|personal/.test(s.sentence) && /^((der )?(beschaeftigten|mitarbeitenden) )?(weiblich|frauen)\b/.test(s.after) ? name("PER_Anteil_Frauen") : undefined,
  (n, s) =>
    n.percent && /beschaeftigt|mitarbeit|personal/.test(s.sentence) && /^((der )?(beschaeftigten|mitarbeitenden) )?(maennlich|maenner)\b/.test(s.after) ? name("PER_Anteil_Maenner") : undefined,
  // Targets: "Integrationsquote (IQ) beträgt 16,4 %", "die IQ der Frauen soll 12,7 % erreichen", "Anstieg der LZB von +6,3 %"
  (n, s, ctx) => {
    if (!n.percent || !/\b(integrationsquote\w*|iq)\b/.test(s.before)) return undefined;
    const g = gender(s.between);
    if (CHANGE_WORDS.test(s.between)) return name(`ZIE_IQ${g}_Veraenderung`);
    return name(roleOf(s, ctx) === "previous" ? `ZIE_IQ${g}_VJ` : `ZIE_IQ${g}`);
  },
  (n, s) => (n.percent && CHANGE_WORDS.test(s.between) && LZB.test(s.between) ? name(`ZIE_LZB${gender(s.between)}_Veraenderung`) : undefined),
  (n, s, ctx) => {
    if (n.percent || n.euro) return undefined;
    const subject = /^(lzb|langzeitleistungsbezieh\w*)\b/.test(s.after) ? s.after : /\bbestand\w* (der |an )?(lzb|langzeitleistungsbezieh\w*)\b/.test(s.between) ? s.between : undefined;
    if (subject === undefined) return undefined;
    const g = gender(subject === s.after ? s.after.split(" ").slice(0, 4).join(" ") : s.between);
    return name(roleOf(s, ctx) === "previous" ? `ZIE_LZB${g}_VJ` : `ZIE_LZB${g}`);
  },
  // Customers: "Der Anteil der Langzeitleistungsbezieher … auf 56,1 % (VJ: 69,8 %)", "von 7,5 % auf 7,6 %"
  (n, s, ctx) => {
    if (!n.percent) return undefined;
    const prev = roleOf(s, ctx) === "previous";
    if (/\banteil (\w+ )*?(der )?(langzeitleistungsbezieh\w*|lzb)\b/.test(s.before)) return name(prev ? "KUN_Anteil_LZB_VJ" : "KUN_Anteil_LZB");
    if (/\banteil (\w+ )*?(auslaendische\w*|nichtdeutsche\w*)\b/.test(s.before)) return prev ? undefined : name("KUN_Anteil_Auslaender");
    if (/\banteil (\w+ )*?(jugendliche\w*|u ?25)\b/.test(s.before)) return name(prev ? "KUN_Anteil_Jugendliche_VJ" : "KUN_Anteil_Jugendliche");
    return undefined;
  },
  // "In circa 60 % der BGen lebt nur eine Person. In weiteren 20 % leben zwei Personen …"
  (n, s) => {
    if (!n.percent || !/\b(bgen|bg|bedarfsgemeinschaft\w*)\b/.test(s.paragraph)) return undefined;
    const m = /^(der (bgen|bg|bedarfsgemeinschaften) )?(lebt|leben|mit)? ?(nur )?(eine|einer|ein|1|zwei|2|drei|3)( und mehr| oder mehr| mehr)? person/.exec(s.after);
    if (!m) return undefined;
    const size = /^(eine|einer|ein|1)$/.test(m[5]) ? 1 : /^(zwei|2)$/.test(m[5]) ? 2 : 3;
    return size === 3 && !m[6] ? undefined : { kind: "bgSize", size };
  },
  (n, s, ctx) =>
    !n.percent && !n.euro && /\balleinerziehende\w*\b/.test(s.before) && /\b(zahl|anzahl)\b/.test(s.before)
      ? name(roleOf(s, ctx) === "previous" ? "KUN_Alleinerziehende_VJ" : "KUN_Alleinerziehende")
      : undefined,
];

// Words around a subject that say nothing about which figure it is ("Der Verwaltungshaushalt beträgt …").
const FILLER = new Set(
  "der die das des dem den ein eine einer eines einem einen im in ins fuer von vom mit bei auf zu zum zur und sich sind ist wird werden wurde wurden betraegt betragen belaeuft belaufen liegt liegen umfasst umfassen insgesamt rund ca circa etwa knapp fast jahr jahres euro eur €"
    .split(" "),
);

/** Label matching on the words before a figure: "Der Verwaltungshaushalt beträgt 9.994.076 €" → BUD_VH_Gesamt. */
function byLabel(n: PrintedNumber, seg: Segments, ctx: TextContext): FigureTarget | undefined {
  // Shares in running text are read by the rules above only: a lone word before a percentage ("im Kreis um
  // 25 %") matches a share's label far too easily without the sheet's context the mapper has.
  if (n.percent) return undefined;
  const words = seg.between.split(" ").filter((w) => w && !FILLER.has(w) && !/^\d/.test(w));
  for (let k = Math.min(4, words.length); k >= 1; k--) {
    const phrase = words.slice(words.length - k).join(" ");
    const hits = figureNamesFor(phrase, { planYear: ctx.planYear }).filter((h) => h.score >= 1);
    const names = hits.map((h) => h.name);
    const role: Role = CHANGE_WORDS.test(seg.between) ? "change" : roleOf(seg, ctx);
    const picked = nameForRole(names, role) ?? (names.length === 1 ? names[0] : undefined);
    if (picked && unitFits(n, picked)) return name(picked);
  }
  return undefined;
}

/** A percent figure denotes a share or change, a euro figure money, a plain one a count, stock, VZÄ or money. */
export function unitFits(n: PrintedNumber, name: string): boolean {
  const kind = kindOf(name);
  if (kind === undefined) return false;
  if (n.points) return false;
  if (n.percent) return isPercentKind(kind);
  if (n.euro) return kind === "money" || kind === "moneySigned";
  return !isPercentKind(kind) && kind !== "text" && kind !== "date" && kind !== "year";
}

/** The figures stated in a paragraph, each with what it denotes (or nothing). Headings state none. */
export function textFigures(p: DocParagraph, ctx: TextContext): StatedFigure[] {
  if (p.heading) return [];
  const out: StatedFigure[] = [];
  const paragraph = fold(p.text);
  for (const sentence of sentences(p.text)) {
    const numbers = findNumbers(sentence);
    const folded = fold(sentence);
    numbers.forEach((n, i) => {
      const prevEnd = i > 0 ? numbers[i - 1].end : 0;
      const nextStart = i + 1 < numbers.length ? numbers[i + 1].start : sentence.length;
      const seg: Segments = {
        after: fold(sentence.slice(n.end, nextStart)).split(" ").slice(0, 8).join(" "),
        between: fold(sentence.slice(prevEnd, n.start)),
        before: fold(sentence.slice(0, n.start)),
        sentence: folded,
        paragraph,
        followedByAuf: /\bauf\s*$/.test(fold(sentence.slice(n.end, nextStart))),
      };
      let target: FigureTarget | undefined;
      if (!n.points) {
        for (const rule of RULES) {
          target = rule(n, seg, ctx);
          if (target) break;
        }
        target ??= byLabel(n, seg, ctx);
        if (target?.kind === "name" && !unitFits(n, target.name)) target = undefined;
      }
      out.push({ printed: n, place: { kind: "paragraph", paragraph: p.number, part: p.part }, quote: sentence, ...(target ? { target } : {}) });
    });
  }
  return out;
}
